CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The city's districts (Stadtteile); an address outside them has no district.
CREATE TABLE city_district (
	code VARCHAR(10) PRIMARY KEY,
	name VARCHAR(100) NOT NULL UNIQUE
);

INSERT INTO city_district (code, name) VALUES
	('01', 'Mitte'), ('02', 'Südstadt'), ('03', 'Vorderer Westen'), ('04', 'Wehlheiden'),
	('05', 'Bad Wilhelmshöhe'), ('06', 'Brasselsberg'), ('07', 'Süsterfeld/Helleböhn'), ('08', 'Harleshausen'),
	('09', 'Kirchditmold'), ('10', 'Rothenditmold'), ('11', 'Nord (Holland)'), ('12', 'Philippinenhof/Warteberg'),
	('13', 'Fasanenhof'), ('14', 'Wesertor'), ('15', 'Wolfsanger/Hasenhecke'), ('16', 'Bettenhausen'),
	('17', 'Forstfeld'), ('18', 'Waldau'), ('19', 'Niederzwehren'), ('20', 'Oberzwehren'),
	('21', 'Nordshausen'), ('22', 'Jungfernkopf'), ('23', 'Unterneustadt');

CREATE TABLE participant (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	family_name VARCHAR(100) NOT NULL,
	given_names VARCHAR(100) NOT NULL,
	-- Lower case with umlauts and accents folded, for typo-tolerant search.
	search_name VARCHAR(210) NOT NULL,
	birth_date DATE NOT NULL,
	gender VARCHAR(20) NOT NULL,
	street VARCHAR(200),
	postal_code VARCHAR(5),
	city VARCHAR(100),
	district_code VARCHAR(10) REFERENCES city_district (code),
	phone VARCHAR(40),
	email VARCHAR(200),
	born_with_german_citizenship BOOLEAN,
	country_of_birth VARCHAR(2),
	immigration_year INTEGER,
	-- Only with consent to the purpose PARENTS_ORIGIN.
	mother_country_of_birth VARCHAR(2),
	father_country_of_birth VARCHAR(2),
	parent_born_without_german_citizenship BOOLEAN,
	both_parents_immigrated BOOLEAN,
	single_parent BOOLEAN NOT NULL DEFAULT FALSE,
	benefit_basis VARCHAR(20) NOT NULL,
	unemployed_since DATE,
	referral_source VARCHAR(20) NOT NULL,
	counsellor_id UUID NOT NULL,
	responsible_unit_id UUID NOT NULL,
	status VARCHAR(20) NOT NULL,
	registered_on DATE NOT NULL,
	closed_on DATE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT participant_birth_date_plausible CHECK (birth_date >= DATE '1900-01-01'),
	CONSTRAINT participant_immigration_year_plausible CHECK (immigration_year IS NULL OR immigration_year >= 1900),
	CONSTRAINT participant_closed_after_registered CHECK (closed_on IS NULL OR closed_on >= registered_on)
);

CREATE INDEX participant_search_name_trgm ON participant USING gin (search_name gin_trgm_ops);
CREATE INDEX participant_by_unit_name ON participant (responsible_unit_id, search_name);
CREATE INDEX participant_by_counsellor_name ON participant (counsellor_id, search_name);
CREATE INDEX participant_by_birth_date ON participant (birth_date);

CREATE TABLE participant_language (
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	language_code VARCHAR(3) NOT NULL,
	level VARCHAR(10) NOT NULL,
	PRIMARY KEY (participant_id, language_code)
);

CREATE TABLE participant_citizenship (
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	country_code VARCHAR(2) NOT NULL,
	PRIMARY KEY (participant_id, country_code)
);

CREATE TABLE participant_child (
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	birth_year INTEGER NOT NULL,
	PRIMARY KEY (participant_id, position)
);

-- The focus groups a participant belongs to, with the days from and until which: a group that
-- depends on time changes on the right day without a write. Recomputed when the record or a
-- rule changes.
CREATE TABLE participant_focus_group (
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	focus_group_code VARCHAR(40) NOT NULL,
	valid_from DATE NOT NULL,
	-- The first day the membership no longer holds, or null while nothing in sight ends it.
	valid_until DATE,
	PRIMARY KEY (participant_id, focus_group_code, valid_from)
);

CREATE INDEX participant_focus_group_by_code ON participant_focus_group (focus_group_code, valid_from);
