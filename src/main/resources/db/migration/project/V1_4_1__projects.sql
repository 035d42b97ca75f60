CREATE TABLE project (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	short_name VARCHAR(60),
	kind VARCHAR(40) NOT NULL,
	status VARCHAR(20) NOT NULL,
	description TEXT,
	organisational_unit_id UUID NOT NULL,
	starts_on DATE NOT NULL,
	ends_on DATE,
	location VARCHAR(200),
	CONSTRAINT project_running_time CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE project_partner (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	partner_organisation_id UUID NOT NULL,
	role VARCHAR(40) NOT NULL,
	PRIMARY KEY (project_id, partner_organisation_id, role)
);

CREATE TABLE project_focus_group (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	focus_group_code VARCHAR(40) NOT NULL,
	PRIMARY KEY (project_id, focus_group_code)
);

CREATE TABLE project_funding (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	funding_programme_id UUID NOT NULL,
	PRIMARY KEY (project_id, funding_programme_id)
);

-- Places are planned per period (a school year or a funding year).
CREATE TABLE place_period (
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	label VARCHAR(40) NOT NULL,
	starts_on DATE NOT NULL,
	ends_on DATE NOT NULL,
	places INTEGER NOT NULL CHECK (places >= 0),
	PRIMARY KEY (project_id, label),
	CONSTRAINT place_period_dates CHECK (ends_on >= starts_on)
);

CREATE INDEX project_by_name ON project (lower(name));
