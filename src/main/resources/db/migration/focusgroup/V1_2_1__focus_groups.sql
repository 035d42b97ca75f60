-- The focus groups of the labour-market strategy. Names and explanations are shown from the
-- message bundles by code; the rules are dated data so that a change in law is a new row.
CREATE TABLE focus_group (
	code VARCHAR(40) PRIMARY KEY,
	sort_order INTEGER NOT NULL
);

CREATE TABLE focus_group_rule (
	id UUID PRIMARY KEY,
	focus_group_code VARCHAR(40) NOT NULL REFERENCES focus_group (code),
	valid_from DATE NOT NULL,
	valid_to DATE,
	criterion VARCHAR(60) NOT NULL,
	threshold INTEGER,
	legal_basis VARCHAR(200) NOT NULL,
	CONSTRAINT focus_group_rule_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO focus_group (code, sort_order) VALUES
	('YOUNG_PEOPLE', 1),
	('MIGRATION_HISTORY', 2),
	('WOMEN', 3),
	('LONG_TERM_UNEMPLOYED', 4),
	('SGB_XII', 5);

INSERT INTO focus_group_rule (id, focus_group_code, valid_from, valid_to, criterion, threshold, legal_basis) VALUES
	('019a0000-0000-7000-8000-000000000101', 'YOUNG_PEOPLE', '2005-01-01', NULL, 'AGE_BELOW', 25, '§ 7 SGB II (U25)'),
	('019a0000-0000-7000-8000-000000000201', 'MIGRATION_HISTORY', '2005-01-01', NULL, 'MIGRATION_BACKGROUND', NULL, 'Destatis, Mikrozensus: Migrationshintergrund'),
	('019a0000-0000-7000-8000-000000000202', 'MIGRATION_HISTORY', '2023-01-01', NULL, 'IMMIGRATION_HISTORY', 1950, 'Destatis, Mikrozensus: Einwanderungsgeschichte'),
	('019a0000-0000-7000-8000-000000000301', 'WOMEN', '2005-01-01', NULL, 'FEMALE_SINGLE_PARENT_FLAG', NULL, '§ 21 Abs. 3 SGB II'),
	('019a0000-0000-7000-8000-000000000401', 'LONG_TERM_UNEMPLOYED', '1998-01-01', NULL, 'UNEMPLOYED_MONTHS_AT_LEAST', 12, '§ 18 SGB III'),
	('019a0000-0000-7000-8000-000000000501', 'SGB_XII', '2005-01-01', NULL, 'SGB_XII_CHAPTER_3_OR_4', NULL, '§§ 27 ff., 41 ff. SGB XII');
