-- A project is described, not only read: its lead, who may take part, the strategy goals it serves.
ALTER TABLE project
	ADD COLUMN lead_id UUID,
	ADD COLUMN minimum_age INTEGER,
	ADD COLUMN maximum_age INTEGER,
	ADD COLUMN requires_city_residence BOOLEAN NOT NULL DEFAULT FALSE,
	ADD COLUMN minimum_german_level VARCHAR(10),
	ADD CONSTRAINT project_age_range CHECK (
		(minimum_age IS NULL OR minimum_age BETWEEN 0 AND 120)
		AND (maximum_age IS NULL OR maximum_age BETWEEN 0 AND 120)
		AND (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age));

-- Only people in at least one of these focus groups may take part (none listed: anybody).
CREATE TABLE project_eligible_focus_group (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	focus_group_code VARCHAR(40) NOT NULL,
	PRIMARY KEY (project_id, focus_group_code)
);

-- Only people with one of these benefit bases may take part (none listed: anybody).
CREATE TABLE project_benefit_basis (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	benefit_basis VARCHAR(40) NOT NULL,
	PRIMARY KEY (project_id, benefit_basis)
);

-- Strategy goals are named by free references until the strategy module exists.
CREATE TABLE project_strategy_goal (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	reference VARCHAR(200) NOT NULL,
	PRIMARY KEY (project_id, reference)
);

CREATE INDEX project_by_lead ON project (lead_id);
