-- Demo data of the reference case (City of Kassel). Loaded only when demo data is switched on.
-- Role names only, never the names of real people; every account here is for demonstration.
INSERT INTO organisational_unit (id, version, code, name, parent_id, description) VALUES
	('019a0000-0000-7000-8000-000000001050', 0, '50', 'Sozialamt', NULL, 'Dezernat IV, Stadt Kassel'),
	('019a0000-0000-7000-8000-000000001505', 0, '505', 'Kommunale Arbeitsförderung', '019a0000-0000-7000-8000-000000001050',
	 'Zweiter Arbeitsmarkt der Stadt Kassel: Arbeitsgelegenheiten, Sprach- und Migrationsprojekte, Ausbildungsvorbereitung, Arbeitserprobung nach SGB XII'),
	('019a0000-0000-7000-8000-000000001506', 0, '505.2', 'Fallmanagement Team Nord', '019a0000-0000-7000-8000-000000001505',
	 'Zweites Team des Fallmanagements mit eigenen Fällen: Fachkräfte sehen nur die Fallakten ihres eigenen Teams')
ON CONFLICT (id) DO NOTHING;

INSERT INTO partner_organisation (id, version, name, kind, street, postal_code, city, description) VALUES
	('019a0000-0000-7000-8000-000000002001', 0, 'Jobcenter Stadt Kassel', 'JOBCENTER', 'Lewinskistraße 4', NULL, 'Kassel',
	 'Gemeinsame Einrichtung (§ 44b SGB II) der Agentur für Arbeit Kassel und der Stadt Kassel; weist Menschen im SGB II zu'),
	('019a0000-0000-7000-8000-000000002002', 0, 'Agentur für Arbeit Kassel', 'EMPLOYMENT_AGENCY', NULL, NULL, 'Kassel', NULL),
	('019a0000-0000-7000-8000-000000002003', 0, 'Kreishandwerkerschaft Kassel', 'CHAMBER', NULL, NULL, 'Kassel',
	 'Kooperationspartner von „Handwerk live“: Handwerksbetriebe bieten Schnupperplätze für Schülerinnen und Schüler'),
	('019a0000-0000-7000-8000-000000002004', 0, 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales', 'FUNDING_BODY', NULL, NULL, 'Wiesbaden',
	 'Fördergeber des Ausbildungs- und Qualifizierungsbudgets (AQB)'),
	('019a0000-0000-7000-8000-000000002005', 0, 'Regierungspräsidium Kassel', 'FUNDING_BODY', NULL, NULL, 'Kassel',
	 'Bewilligt und prüft die Landesmittel in Nordhessen'),
	('019a0000-0000-7000-8000-000000002006', 0, 'Staatliches Schulamt für den Landkreis und die Stadt Kassel', 'SCHOOL', NULL, NULL, 'Kassel',
	 'Partner an der Schnittstelle Schule–Beruf'),
	('019a0000-0000-7000-8000-000000002007', 0, 'Bildungsträger Nordhessen (Beispiel)', 'EDUCATION_PROVIDER', NULL, NULL, 'Kassel',
	 'Synthetischer Bildungsträger der Demodaten'),
	('019a0000-0000-7000-8000-000000002008', 0, 'Städtische Pflege- und Betreuungsgesellschaft (Beispiel)', 'CITY_COMPANY', NULL, NULL, 'Kassel',
	 'Synthetisches Unternehmen des Stadtkonzerns in den Demodaten')
ON CONFLICT (id) DO NOTHING;

INSERT INTO staff_account (id, version, username, display_name, password_hash, role, organisational_unit_id, partner_organisation_id, demo) VALUES
	('019a0000-0000-7000-8000-000000003001', 0, 'fachkraft', 'Fachkraft Fallmanagement', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'COUNSELLOR', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003002', 0, 'projektleitung', 'Projektleitung InMigra', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'PROJECT_LEAD', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003003', 0, 'fachanleitung', 'Fachanleitung Werkstatt', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'INSTRUCTOR', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003004', 0, 'arbeitgeberservice', 'Arbeitgeberservice', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'EMPLOYER_SERVICE', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003005', 0, 'controlling', 'Abteilungsleitung KAF', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'CONTROLLING', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003006', 0, 'moderation', 'Moderation Arbeitsmarktdialog', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'MODERATION', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003007', 0, 'jobcenter', 'Jobcenter Stadt Kassel (Partnerzugang)', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'PARTNER', NULL, '019a0000-0000-7000-8000-000000002001', TRUE),
	('019a0000-0000-7000-8000-000000003008', 0, 'arbeitgeber', 'Arbeitgeber (Beispielbetrieb)', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'EMPLOYER', NULL, NULL, TRUE),
	('019a0000-0000-7000-8000-000000003009', 0, 'teilnehmende', 'Teilnehmende (synthetisch)', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'PARTICIPANT', NULL, NULL, TRUE),
	('019a0000-0000-7000-8000-000000003010', 0, 'admin', 'Administration', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'ADMINISTRATOR', '019a0000-0000-7000-8000-000000001505', NULL, TRUE),
	('019a0000-0000-7000-8000-000000003011', 0, 'fachkraft2', 'Fachkraft Fallmanagement Team Nord', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'COUNSELLOR', '019a0000-0000-7000-8000-000000001506', NULL, TRUE)
ON CONFLICT (id) DO NOTHING;
