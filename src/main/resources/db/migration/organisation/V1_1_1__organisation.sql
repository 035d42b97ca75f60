CREATE TABLE organisational_unit (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	code VARCHAR(20) NOT NULL UNIQUE,
	name VARCHAR(200) NOT NULL,
	parent_id UUID REFERENCES organisational_unit (id),
	description TEXT,
	CONSTRAINT organisational_unit_no_self_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE partner_organisation (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL UNIQUE,
	kind VARCHAR(40) NOT NULL,
	street VARCHAR(200),
	postal_code VARCHAR(10),
	city VARCHAR(100),
	description TEXT
);

CREATE TABLE staff_account (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	username VARCHAR(100) NOT NULL,
	display_name VARCHAR(200) NOT NULL,
	password_hash VARCHAR(200),
	role VARCHAR(40) NOT NULL,
	organisational_unit_id UUID REFERENCES organisational_unit (id),
	partner_organisation_id UUID REFERENCES partner_organisation (id),
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	demo BOOLEAN NOT NULL DEFAULT FALSE,
	failed_sign_ins INTEGER NOT NULL DEFAULT 0,
	locked_until TIMESTAMP WITH TIME ZONE,
	last_sign_in TIMESTAMP WITH TIME ZONE
);

-- User names are compared without regard to case, as people type them.
CREATE UNIQUE INDEX staff_account_username_ux ON staff_account (lower(username));
