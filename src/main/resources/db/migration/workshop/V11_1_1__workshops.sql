-- Work opportunities under § 16d SGB II (Arbeitsgelegenheiten): a workshop belongs to one project, whose
-- attendance gives the hours; the allowance (Mehraufwandsentschädigung) is a rate per hour per period.
CREATE TABLE workshop (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	project_id UUID NOT NULL UNIQUE,
	name VARCHAR(200) NOT NULL,
	tasks VARCHAR(2000) NOT NULL,
	places INTEGER NOT NULL CHECK (places > 0),
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE workshop_allowance_rate (
	id UUID PRIMARY KEY,
	workshop_id UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	valid_from DATE NOT NULL,
	valid_until DATE,
	cents_per_hour INTEGER NOT NULL CHECK (cents_per_hour > 0 AND cents_per_hour <= 1000),
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT workshop_allowance_rate_order CHECK (valid_until IS NULL OR valid_until >= valid_from),
	UNIQUE (workshop_id, valid_from)
);

-- The catalogue of skills a person can gain; entries are switched off, never deleted, once used.
CREATE TABLE workshop_skill (
	code VARCHAR(40) PRIMARY KEY,
	name_de VARCHAR(200) NOT NULL,
	name_en VARCHAR(200) NOT NULL,
	active BOOLEAN NOT NULL DEFAULT TRUE
);

-- The Jobcenter's assignment (Zuweisung) of a person to a workshop for a period and weekly hours.
CREATE TABLE work_assignment (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	workshop_id UUID NOT NULL REFERENCES workshop (id),
	participant_id UUID NOT NULL,
	responsible_unit_id UUID,
	assigning_partner_id UUID,
	starts_on DATE NOT NULL,
	ends_on DATE NOT NULL,
	weekly_hours NUMERIC(4, 1) NOT NULL CHECK (weekly_hours > 0 AND weekly_hours <= 30),
	further_months_confirmed_by VARCHAR(100),
	further_months_reason VARCHAR(1000),
	assigned_by VARCHAR(100) NOT NULL,
	assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
	next_step VARCHAR(40),
	next_step_note VARCHAR(1000),
	next_step_recorded_by VARCHAR(100),
	CONSTRAINT work_assignment_order CHECK (ends_on >= starts_on),
	CONSTRAINT work_assignment_confirmation CHECK ((further_months_confirmed_by IS NULL) = (further_months_reason IS NULL))
);

CREATE INDEX work_assignment_person ON work_assignment (participant_id, starts_on);
CREATE INDEX work_assignment_workshop ON work_assignment (workshop_id, starts_on);

-- Days a person was away, with the reason (no allowance is paid for them).
CREATE TABLE work_assignment_absence (
	id UUID PRIMARY KEY,
	assignment_id UUID NOT NULL REFERENCES work_assignment (id) ON DELETE CASCADE,
	absent_on DATE NOT NULL,
	reason VARCHAR(30) NOT NULL,
	note VARCHAR(500),
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	UNIQUE (assignment_id, absent_on)
);

CREATE TABLE work_assignment_skill (
	assignment_id UUID NOT NULL REFERENCES work_assignment (id) ON DELETE CASCADE,
	skill_code VARCHAR(40) NOT NULL REFERENCES workshop_skill (code),
	gained_on DATE NOT NULL,
	recorded_by VARCHAR(100) NOT NULL,
	PRIMARY KEY (assignment_id, skill_code)
);

INSERT INTO workshop_skill (code, name_de, name_en) VALUES
	('PUNCTUALITY', 'Pünktlichkeit und Verlässlichkeit', 'Punctuality and reliability'),
	('TEAMWORK', 'Arbeiten im Team', 'Working in a team'),
	('WOODWORK', 'Holzbearbeitung', 'Woodworking'),
	('METALWORK', 'Metallbearbeitung', 'Metalworking'),
	('PAINTING', 'Lackier- und Malerarbeiten', 'Painting and varnishing'),
	('SAFETY', 'Arbeitssicherheit', 'Occupational safety'),
	('MACHINES', 'Umgang mit Maschinen', 'Handling machines');
