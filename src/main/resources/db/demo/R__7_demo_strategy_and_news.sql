-- Demo data of the reference case: the key points of Kassel's labour-market strategy (2019) as goals
-- with measurable targets. The targets and the figures recorded from official statistics are
-- illustrative. Only goals still as the conversion of the projects' texts left them are filled, so
-- nothing the head of department changed later is overwritten.

-- The projects' free-text goals become goals linked to their projects (as V8_1_2 does for the texts
-- that existed before it ran).
INSERT INTO strategy_goal (id, version, title, indicator, source_reference, changed_by, changed_at)
SELECT gen_random_uuid(), 0, reference, 'PEOPLE_REACHED', reference, 'migration', now()
FROM (SELECT DISTINCT reference FROM project_strategy_goal) AS named
ON CONFLICT (source_reference) DO NOTHING;

INSERT INTO strategy_goal_project (goal_id, project_id)
SELECT goal.id, named.project_id
FROM project_strategy_goal named
JOIN strategy_goal goal ON goal.source_reference = named.reference
ON CONFLICT DO NOTHING;

UPDATE strategy_goal SET
	title = 'Langzeitarbeitslosigkeit in Kassel bis 2027 um 20 % senken',
	description = 'Eckpunkt der Arbeitsmarktstrategie von 2019: neue Wege, um Langzeitarbeitslosigkeit abzubauen. Gemessen an der Zahl der Langzeitarbeitslosen in Kassel (Statistik der Bundesagentur für Arbeit).',
	plain_summary = 'Manche Menschen sind schon lange ohne Arbeit. Die Stadt Kassel will, dass weniger Menschen so lange ohne Arbeit sind.',
	focus_group = 'LONG_TERM_UNEMPLOYED', indicator = 'RECORDED_COUNT',
	baseline_year = 2019, baseline_value = 3900, target_year = 2027, target_value = 3120,
	changed_by = 'demo'
WHERE source_reference = 'Eckpunkt Langzeitarbeitslosigkeit abbauen' AND changed_by = 'migration';

UPDATE strategy_goal SET
	title = 'Bis 2026 jährlich 80 junge Menschen am Übergang Schule–Beruf erreichen',
	description = 'Eckpunkt Übergang Schule–Beruf: mehr Jugendliche in duale Ausbildung. Gezählt werden junge Menschen, die in einem der zugeordneten Projekte begonnen haben.',
	plain_summary = 'Junge Menschen sollen nach der Schule eine Ausbildung finden. Die Projekte helfen ihnen dabei.',
	focus_group = 'YOUNG_PEOPLE', indicator = 'PEOPLE_REACHED',
	baseline_year = 2022, baseline_value = 40, target_year = 2026, target_value = 80,
	changed_by = 'demo'
WHERE source_reference = 'Eckpunkt Übergang Schule–Beruf: mehr Jugendliche in duale Ausbildung' AND changed_by = 'migration';

UPDATE strategy_goal SET
	title = 'Bis 2026 jährlich 30 Menschen mit Migrationsgeschichte in Arbeit oder Ausbildung',
	description = 'Eckpunkt Integration: Menschen mit Migrationsgeschichte in Arbeit. Gezählt werden Austritte aus den zugeordneten Projekten in Arbeit oder Ausbildung.',
	focus_group = 'MIGRATION_HISTORY', indicator = 'EXITS_INTO_WORK',
	baseline_year = 2022, baseline_value = 10, target_year = 2026, target_value = 30,
	changed_by = 'demo'
WHERE source_reference = 'Eckpunkt Integration: Menschen mit Migrationsgeschichte in Arbeit' AND changed_by = 'migration';

UPDATE strategy_goal SET
	title = 'Bis 2027 jährlich 40 Menschen auf dem Weg zur Anerkennung ihres ausländischen Abschlusses begleiten',
	description = 'Eckpunkt Fachkräftesicherung: Anerkennung ausländischer Abschlüsse über modulare Praktika, auch in Unternehmen außerhalb des Stadtkonzerns.',
	focus_group = 'MIGRATION_HISTORY', indicator = 'PEOPLE_REACHED',
	baseline_year = 2022, baseline_value = 20, target_year = 2027, target_value = 40,
	changed_by = 'demo'
WHERE source_reference = 'Eckpunkt Fachkräftesicherung: Anerkennung ausländischer Abschlüsse' AND changed_by = 'migration';

UPDATE strategy_goal SET
	title = 'Bis 2026 jährlich 25 Fachkräfte für Pflege, Hauswirtschaft und Erziehung gewinnen',
	description = 'Eckpunkt Fachkräftesicherung: Pflege, Hauswirtschaft und Erziehung. Gezählt werden Austritte aus den zugeordneten Projekten in Arbeit oder Ausbildung.',
	indicator = 'EXITS_INTO_WORK',
	baseline_year = 2022, baseline_value = 12, target_year = 2026, target_value = 25,
	changed_by = 'demo'
WHERE source_reference = 'Eckpunkt Fachkräftesicherung: Pflege, Hauswirtschaft und Erziehung' AND changed_by = 'migration';

INSERT INTO strategy_goal (id, version, title, description, plain_summary, focus_group, indicator, baseline_year,
	baseline_value, target_year, target_value, changed_by, changed_at) VALUES
	('019a0000-0000-7000-8000-000000008001', 0, 'Arbeitslosenquote in Kassel bis 2027 auf 6,0 % senken',
	 'Übergreifendes Ziel der Arbeitsmarktstrategie; gemessen an der Arbeitslosenquote aller zivilen Erwerbspersonen (Statistik der Bundesagentur für Arbeit, Jahresdurchschnitt).',
	 'In Kassel sollen weniger Menschen ohne Arbeit sein.',
	 NULL, 'RECORDED_RATE', 2019, 7.4, 2027, 6.0, 'demo', TIMESTAMP WITH TIME ZONE '2022-07-29 10:00:00+02')
ON CONFLICT DO NOTHING;

INSERT INTO strategy_goal_measurement (goal_id, year, value, source)
SELECT '019a0000-0000-7000-8000-000000008001', year, value, 'Statistik der Bundesagentur für Arbeit (Demowert)'
FROM (VALUES (2019, 7.4), (2020, 8.3), (2021, 8.0), (2022, 7.2), (2023, 7.0), (2024, 6.9), (2025, 6.7)) AS figures (year, value)
WHERE EXISTS (SELECT 1 FROM strategy_goal WHERE id = '019a0000-0000-7000-8000-000000008001')
ON CONFLICT DO NOTHING;

INSERT INTO strategy_goal_measurement (goal_id, year, value, source)
SELECT goal.id, figures.year, figures.value, 'Statistik der Bundesagentur für Arbeit (Demowert)'
FROM strategy_goal goal,
	(VALUES (2019, 3900), (2020, 4350), (2021, 4600), (2022, 4200), (2023, 4050), (2024, 3980), (2025, 3890)) AS figures (year, value)
WHERE goal.source_reference = 'Eckpunkt Langzeitarbeitslosigkeit abbauen' AND goal.changed_by = 'demo'
ON CONFLICT DO NOTHING;

-- The three editions of the dialogue with plausible details: times, agenda, tables per focus group,
-- invitations by role (addresses of the reserved example domain), attendance and minutes. Only
-- what is still empty is filled.
UPDATE dialogue_edition SET starts_at = '10:00', ends_at = '15:00', registration_closes_on = '2019-05-24'
WHERE id = '019a0000-0000-7000-8000-000000006001' AND starts_at IS NULL;
UPDATE dialogue_edition SET starts_at = '09:30', ends_at = '13:00', registration_closes_on = '2021-05-25'
WHERE id = '019a0000-0000-7000-8000-000000006002' AND starts_at IS NULL;
UPDATE dialogue_edition SET starts_at = '10:00', ends_at = '14:30', registration_closes_on = '2022-07-20',
	minutes = 'Begrüßung durch die Bürgermeisterin. Die Abteilungsleitung KAF berichtet über die Umsetzung der Arbeitsmarktstrategie seit 2019, darunter die Erhöhung der Plätze in InMigra um 40 % zum neuen Schuljahr.' || chr(10) || chr(10)
		|| 'An fünf Tischen, einem je Fokusgruppe, wurden zehn neue Projektansätze vorgestellt und diskutiert, darunter aufsuchende Arbeit für Langzeitarbeitslose, digitale Qualifizierung für Beschäftigte im Gesundheitswesen und ein Projekt für Geflüchtete aus der Ukraine.' || chr(10) || chr(10)
		|| 'Die Ansätze werden weiterentwickelt, dokumentiert und geprüft; bei positiver Prüfung folgt die Umsetzung.',
	minutes_by = 'moderation', minutes_at = TIMESTAMP WITH TIME ZONE '2022-08-05 12:00:00+02'
WHERE id = '019a0000-0000-7000-8000-000000006003' AND starts_at IS NULL;

INSERT INTO dialogue_agenda_item (id, edition_id, starts_at, title, description) VALUES
	('019a0000-0000-7000-8000-000000008101', '019a0000-0000-7000-8000-000000006001', '10:00', 'Auftakt', 'Warum Kassel eine Arbeitsmarktstrategie braucht'),
	('019a0000-0000-7000-8000-000000008102', '019a0000-0000-7000-8000-000000006001', '10:45', 'Werkstätten mit der Öffentlichkeit', 'Neue Wege gegen (Langzeit-)Arbeitslosigkeit'),
	('019a0000-0000-7000-8000-000000008103', '019a0000-0000-7000-8000-000000006001', '14:00', 'Eckpunkte der Arbeitsmarktstrategie', 'Zusammenführung der Ergebnisse'),
	('019a0000-0000-7000-8000-000000008111', '019a0000-0000-7000-8000-000000006002', '09:30', 'Begrüßung (digital)', NULL),
	('019a0000-0000-7000-8000-000000008112', '019a0000-0000-7000-8000-000000006002', '10:00', 'Stand der Arbeitsmarktstrategie', NULL),
	('019a0000-0000-7000-8000-000000008113', '019a0000-0000-7000-8000-000000006002', '12:00', 'Auszeichnung „Unternehmen mit Weitblick“', NULL),
	('019a0000-0000-7000-8000-000000008121', '019a0000-0000-7000-8000-000000006003', '10:00', 'Begrüßung durch die Bürgermeisterin', NULL),
	('019a0000-0000-7000-8000-000000008122', '019a0000-0000-7000-8000-000000006003', '10:20', 'Bericht der Abteilungsleitung KAF', 'Umsetzung der Arbeitsmarktstrategie seit 2019'),
	('019a0000-0000-7000-8000-000000008123', '019a0000-0000-7000-8000-000000006003', '11:00', 'Tische je Fokusgruppe', 'Vorstellung und Diskussion von zehn neuen Projektansätzen'),
	('019a0000-0000-7000-8000-000000008124', '019a0000-0000-7000-8000-000000006003', '13:30', 'Ergebnisse und nächste Schritte', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO dialogue_table (id, edition_id, focus_group, title, host) VALUES
	('019a0000-0000-7000-8000-000000008201', '019a0000-0000-7000-8000-000000006003', 'YOUNG_PEOPLE', 'Tisch 1: Junge Menschen', 'Projektleitung Übergang Schule–Beruf'),
	('019a0000-0000-7000-8000-000000008202', '019a0000-0000-7000-8000-000000006003', 'MIGRATION_HISTORY', 'Tisch 2: Menschen mit Migrationsgeschichte', 'Projektleitung InMigra'),
	('019a0000-0000-7000-8000-000000008203', '019a0000-0000-7000-8000-000000006003', 'WOMEN', 'Tisch 3: (Alleinerziehende) Frauen', 'Fachkraft Fallmanagement'),
	('019a0000-0000-7000-8000-000000008204', '019a0000-0000-7000-8000-000000006003', 'LONG_TERM_UNEMPLOYED', 'Tisch 4: Langzeitarbeitslose', 'Fachanleitung Werkstatt'),
	('019a0000-0000-7000-8000-000000008205', '019a0000-0000-7000-8000-000000006003', 'SGB_XII', 'Tisch 5: Leistungsberechtigte nach SGB XII', 'Abteilungsleitung KAF')
ON CONFLICT DO NOTHING;

INSERT INTO dialogue_invitation (id, version, edition_id, name, email, organisation, status, attended, table_id,
	invited_by, invited_at) VALUES
	('019a0000-0000-7000-8000-000000008301', 0, '019a0000-0000-7000-8000-000000006003', 'Geschäftsführung Jobcenter', 'geschaeftsfuehrung@jobcenter.example', 'Jobcenter Stadt Kassel', 'REGISTERED', TRUE, '019a0000-0000-7000-8000-000000008204', 'moderation', TIMESTAMP WITH TIME ZONE '2022-06-15 09:00:00+02'),
	('019a0000-0000-7000-8000-000000008302', 0, '019a0000-0000-7000-8000-000000006003', 'Geschäftsführung Kreishandwerkerschaft', 'info@kreishandwerkerschaft.example', 'Kreishandwerkerschaft Kassel', 'REGISTERED', TRUE, '019a0000-0000-7000-8000-000000008201', 'moderation', TIMESTAMP WITH TIME ZONE '2022-06-15 09:00:00+02'),
	('019a0000-0000-7000-8000-000000008303', 0, '019a0000-0000-7000-8000-000000006003', 'Vorsitz Sozialausschuss', 'sozialausschuss@stadtverordnete.example', 'Stadtverordnetenversammlung', 'REGISTERED', TRUE, '019a0000-0000-7000-8000-000000008205', 'moderation', TIMESTAMP WITH TIME ZONE '2022-06-15 09:00:00+02'),
	('019a0000-0000-7000-8000-000000008304', 0, '019a0000-0000-7000-8000-000000006003', 'Leitung Bildungsträger', 'leitung@bildungstraeger.example', 'Bildungsträger Nordhessen', 'REGISTERED', FALSE, '019a0000-0000-7000-8000-000000008202', 'moderation', TIMESTAMP WITH TIME ZONE '2022-06-15 09:00:00+02'),
	('019a0000-0000-7000-8000-000000008305', 0, '019a0000-0000-7000-8000-000000006003', 'Personalleitung Klinikum', 'personal@klinikum.example', 'Klinikum (Stadtkonzern)', 'DECLINED', FALSE, NULL, 'moderation', TIMESTAMP WITH TIME ZONE '2022-06-15 09:00:00+02')
ON CONFLICT DO NOTHING;

-- Some news of the reference case: published after review by a second person, and one in review.
INSERT INTO news_article (id, version, title, lead, body, publish_on, status, written_by, submitted_by, published_by,
	published_at, changed_by, changed_at) VALUES
	('019a0000-0000-7000-8000-000000008401', 0, '3. Kasseler Arbeitsmarktdialog: zehn neue Projektansätze',
	 'In den Werkhallen der Kommunalen Arbeitsförderung haben Politik, Wirtschaft, Verwaltung, Jobcenter und Bildungsträger zehn neue Projektansätze je Fokusgruppe diskutiert.',
	 'Darunter sind aufsuchende Arbeit für Langzeitarbeitslose, digitale Qualifizierung für Beschäftigte im Gesundheitswesen und ein Projekt für Geflüchtete aus der Ukraine, das ihre besondere Lage berücksichtigt. Die Ansätze werden nun weiterentwickelt, dokumentiert und geprüft; bei positiver Prüfung folgt die Umsetzung.',
	 '2022-07-29', 'PUBLISHED', 'moderation', 'moderation', 'controlling', TIMESTAMP WITH TIME ZONE '2022-07-29 10:00:00+02',
	 'controlling', TIMESTAMP WITH TIME ZONE '2022-07-29 10:00:00+02'),
	('019a0000-0000-7000-8000-000000008402', 0, 'InMigra: 40 % mehr Plätze zum neuen Schuljahr',
	 'Das Projekt an der Schnittstelle Schule–Beruf für junge Menschen mit Migrationsgeschichte erhöht seine Teilnehmendenplätze von 25 auf 35.',
	 'Wegen der großen Nachfrage stehen ab dem Schuljahr 2022/23 zehn zusätzliche Plätze zur Verfügung. Finanziert wird das Projekt unter anderem aus dem Ausbildungs- und Qualifizierungsbudget des Landes Hessen.',
	 '2022-07-29', 'PUBLISHED', 'moderation', 'moderation', 'controlling', TIMESTAMP WITH TIME ZONE '2022-07-29 10:05:00+02',
	 'controlling', TIMESTAMP WITH TIME ZONE '2022-07-29 10:05:00+02'),
	('019a0000-0000-7000-8000-000000008403', 0, '„Unternehmen mit Weitblick“ ausgezeichnet',
	 'Beim 2. Kasseler Arbeitsmarktdialog wurden erstmals Unternehmen geehrt, die sich besonders für die Fokusgruppen engagieren.',
	 'Die Auszeichnung würdigt Betriebe, die jungen Menschen, Menschen mit Migrationsgeschichte, Alleinerziehenden und Langzeitarbeitslosen eine Chance geben.',
	 '2021-06-02', 'PUBLISHED', 'moderation', 'moderation', 'controlling', TIMESTAMP WITH TIME ZONE '2021-06-02 09:00:00+02',
	 'controlling', TIMESTAMP WITH TIME ZONE '2021-06-02 09:00:00+02'),
	('019a0000-0000-7000-8000-000000008404', 0, 'Projektansätze des 3. Dialogs: Stand der Prüfung',
	 'Wie weit die zehn Projektansätze des 3. Kasseler Arbeitsmarktdialogs gekommen sind.',
	 'Entwurf: Die Moderation berichtet über den Stand der Prüfung der Projektansätze.',
	 '2022-10-01', 'IN_REVIEW', 'moderation', 'moderation', NULL, NULL,
	 'moderation', TIMESTAMP WITH TIME ZONE '2022-09-20 14:00:00+02')
ON CONFLICT DO NOTHING;
