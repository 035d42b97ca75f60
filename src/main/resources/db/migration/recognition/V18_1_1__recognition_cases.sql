-- A person's recognition of a foreign qualification: the notice of partial equivalence
-- with the gaps (substantial differences) it names, the plan of internship modules that
-- closes them, and the outcome. The case, its gaps and its modules are one aggregate with
-- one version.
CREATE TABLE recognition_case (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	participant_id UUID NOT NULL,
	unit_id UUID NOT NULL,
	qualification VARCHAR(300) NOT NULL,
	country VARCHAR(100) NOT NULL,
	reference_occupation VARCHAR(200) NOT NULL,
	competent_body VARCHAR(300) NOT NULL,
	notice_on DATE NOT NULL,
	opened_on DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	recognised_on DATE,
	CONSTRAINT recognition_case_outcome CHECK ((status = 'RECOGNISED') = (recognised_on IS NOT NULL))
);

CREATE INDEX recognition_case_unit_ix ON recognition_case (unit_id, status);
CREATE INDEX recognition_case_participant_ix ON recognition_case (participant_id);

CREATE TABLE recognition_gap (
	id UUID PRIMARY KEY,
	case_id UUID NOT NULL REFERENCES recognition_case (id),
	position INTEGER NOT NULL,
	competence_area VARCHAR(300) NOT NULL,
	UNIQUE (case_id, position)
);

CREATE TABLE recognition_module (
	id UUID PRIMARY KEY,
	case_id UUID NOT NULL REFERENCES recognition_case (id),
	gap_id UUID NOT NULL REFERENCES recognition_gap (id),
	employer_id UUID NOT NULL,
	offer_id UUID NOT NULL,
	city_group BOOLEAN NOT NULL,
	competence_area VARCHAR(300) NOT NULL,
	weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
	starts_on DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	started_on DATE,
	weeks_completed INTEGER NOT NULL DEFAULT 0 CHECK (weeks_completed >= 0),
	completed_on DATE
);

CREATE INDEX recognition_module_case_ix ON recognition_module (case_id);
CREATE INDEX recognition_module_employer_ix ON recognition_module (employer_id, started_on);
