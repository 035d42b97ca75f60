-- The sections (A-U) and divisions (01-99) of the German classification of economic
-- activities, WZ 2008 (Destatis, Klassifikation der Wirtschaftszweige, Ausgabe 2008),
-- which are those of NACE Rev. 2. A sector code is valid when it is a section letter or
-- starts with a division listed here.
CREATE TABLE employer_sector (
	code VARCHAR(2) PRIMARY KEY,
	section CHAR(1) NOT NULL,
	title VARCHAR(200) NOT NULL
);

CREATE TABLE employer (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	search_name VARCHAR(200) NOT NULL,
	legal_form VARCHAR(60),
	sector_code VARCHAR(10) NOT NULL,
	size_class VARCHAR(20) NOT NULL,
	street VARCHAR(200),
	postal_code VARCHAR(10),
	city VARCHAR(100),
	district VARCHAR(100),
	city_group BOOLEAN NOT NULL,
	chamber VARCHAR(30) NOT NULL,
	public_naming_consent BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX employer_search_name_trgm ON employer USING gin (search_name gin_trgm_ops);
CREATE INDEX employer_name_ix ON employer (search_name, id);

-- An employer's contact persons; one of them may sign in with an employer account and
-- then reaches only this employer's data.
CREATE TABLE employer_contact (
	id UUID PRIMARY KEY,
	employer_id UUID NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	role VARCHAR(100),
	email VARCHAR(200),
	phone VARCHAR(60),
	account_id UUID UNIQUE
);

CREATE INDEX employer_contact_employer_ix ON employer_contact (employer_id, position);

CREATE TABLE offer (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	employer_id UUID NOT NULL REFERENCES employer (id),
	kind VARCHAR(30) NOT NULL,
	title VARCHAR(200) NOT NULL,
	search_title VARCHAR(200) NOT NULL,
	field VARCHAR(30) NOT NULL,
	occupation VARCHAR(200),
	competence_area VARCHAR(200),
	weeks INTEGER,
	trade VARCHAR(100),
	starts_on DATE NOT NULL,
	ends_on DATE,
	seats INTEGER NOT NULL CHECK (seats > 0),
	requirements TEXT,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX offer_employer_ix ON offer (employer_id, starts_on);
CREATE INDEX offer_kind_starts_ix ON offer (kind, starts_on);
CREATE INDEX offer_search_title_trgm ON offer USING gin (search_title gin_trgm_ops);
