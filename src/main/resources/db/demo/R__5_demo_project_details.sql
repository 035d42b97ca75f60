-- Demo data of the reference case: project leads, eligibility rules, strategy goals and the
-- history of InMigra's places. Only rows and fields still empty are filled, so a database that had
-- the demo projects before gets them too and nothing entered later is overwritten.

UPDATE project SET lead_id = '019a0000-0000-7000-8000-000000003002', minimum_age = 15, maximum_age = 26,
	requires_city_residence = TRUE, minimum_german_level = 'A2'
WHERE id = '019a0000-0000-7000-8000-000000005002' AND lead_id IS NULL;

UPDATE project SET lead_id = '019a0000-0000-7000-8000-000000003002', minimum_age = 18, maximum_age = 67,
	requires_city_residence = TRUE
WHERE id = '019a0000-0000-7000-8000-000000005005' AND lead_id IS NULL;

UPDATE project SET minimum_age = 14, maximum_age = 18, requires_city_residence = TRUE
WHERE id = '019a0000-0000-7000-8000-000000005001' AND minimum_age IS NULL;

UPDATE project SET minimum_age = 18, maximum_age = 67
WHERE id IN ('019a0000-0000-7000-8000-000000005003', '019a0000-0000-7000-8000-000000005004',
	'019a0000-0000-7000-8000-000000005006', '019a0000-0000-7000-8000-000000005008',
	'019a0000-0000-7000-8000-000000005009') AND minimum_age IS NULL;

INSERT INTO project_eligible_focus_group (project_id, focus_group_code) VALUES
	('019a0000-0000-7000-8000-000000005002', 'MIGRATION_HISTORY'),
	('019a0000-0000-7000-8000-000000005003', 'MIGRATION_HISTORY'),
	('019a0000-0000-7000-8000-000000005005', 'LONG_TERM_UNEMPLOYED'),
	('019a0000-0000-7000-8000-000000005008', 'SGB_XII')
ON CONFLICT DO NOTHING;

INSERT INTO project_benefit_basis (project_id, benefit_basis) VALUES
	('019a0000-0000-7000-8000-000000005005', 'SGB_II'),
	('019a0000-0000-7000-8000-000000005006', 'SGB_II'),
	('019a0000-0000-7000-8000-000000005008', 'SGB_XII_CHAPTER_3'),
	('019a0000-0000-7000-8000-000000005008', 'SGB_XII_CHAPTER_4')
ON CONFLICT DO NOTHING;

INSERT INTO project_strategy_goal (project_id, reference) VALUES
	('019a0000-0000-7000-8000-000000005001', 'Eckpunkt Übergang Schule–Beruf: mehr Jugendliche in duale Ausbildung'),
	('019a0000-0000-7000-8000-000000005002', 'Eckpunkt Übergang Schule–Beruf: mehr Jugendliche in duale Ausbildung'),
	('019a0000-0000-7000-8000-000000005002', 'Eckpunkt Integration: Menschen mit Migrationsgeschichte in Arbeit'),
	('019a0000-0000-7000-8000-000000005003', 'Eckpunkt Fachkräftesicherung: Anerkennung ausländischer Abschlüsse'),
	('019a0000-0000-7000-8000-000000005004', 'Eckpunkt Fachkräftesicherung: Pflege, Hauswirtschaft und Erziehung'),
	('019a0000-0000-7000-8000-000000005005', 'Eckpunkt Langzeitarbeitslosigkeit abbauen'),
	('019a0000-0000-7000-8000-000000005006', 'Eckpunkt Langzeitarbeitslosigkeit abbauen')
ON CONFLICT DO NOTHING;

-- InMigra's places were raised by 40 % from the school year 2022/23 (press release of 29 July 2022).
INSERT INTO capacity_change (id, place_period_id, places_before, places_after, effective_on, reason, changed_by, changed_at)
SELECT '019a0000-0000-7000-8000-000000006001', id, 25, 35, DATE '2022-08-01',
	'Erhöhung der Teilnehmendenplätze um 40 % zum neuen Schuljahr wegen der großen Nachfrage an der Schnittstelle Schule–Beruf (Beschluss zum 3. Kasseler Arbeitsmarktdialog)',
	'controlling', TIMESTAMP WITH TIME ZONE '2022-07-29 10:00:00+02'
FROM place_period WHERE project_id = '019a0000-0000-7000-8000-000000005002' AND label = '2022/23'
ON CONFLICT DO NOTHING;

-- Demo accounts get addresses of the reserved example domain; mail is sent only with spring.mail.host.
UPDATE staff_account SET email = username || '@weitblick.example' WHERE demo AND email IS NULL;
