-- Demo data of the reference case: the ten ideas (Projektansätze) of the 3rd Kassel labour-market dialogue
-- of 2022, among them the three named in the press release, in plausible states of the pipeline.
-- Dates after the dialogue are illustrative. The 2022 edition takes further ideas, also from the public.
INSERT INTO dialogue_idea_call (edition_id, submissions_open, public_participation) VALUES
	('019a0000-0000-7000-8000-000000006003', TRUE, TRUE),
	('019a0000-0000-7000-8000-000000006002', FALSE, FALSE)
ON CONFLICT (edition_id) DO NOTHING;

INSERT INTO dialogue_idea (id, version, edition_id, title, problem, approach, target_group, partners, rough_cost_euros,
	focus_groups, status, status_since, submitted_at, author_name, plain_summary, decision_reasons, project_id) VALUES
	('019a0000-0000-7000-8000-000000007101', 0, '019a0000-0000-7000-8000-000000006003', 'Aufsuchende Arbeit für langzeitarbeitslose Menschen', 'Viele langzeitarbeitslose Menschen erreichen Beratungsangebote nicht mehr; Termine im Amt werden nicht wahrgenommen.', 'Fachkräfte gehen in die Stadtteile, zu Tafeln und Treffpunkten, bauen Vertrauen auf und begleiten in passende Angebote.', 'Langzeitarbeitslose Menschen ohne Kontakt zu Beratung', 'Jobcenter Stadt Kassel, Wohlfahrtsverbände, Stadtteilzentren', 180000, 'LONG_TERM_UNEMPLOYED', 'BEING_IMPLEMENTED', '2023-06-01 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Langzeitarbeitslose', 'Manche Menschen haben lange keine Arbeit. Sie kommen nicht mehr zum Amt. Deshalb gehen Beraterinnen und Berater zu ihnen. Sie helfen beim Weg in Arbeit.', 'Die Prüfung ergab eine hohe Passung zur Arbeitsmarktstrategie und eine Finanzierung über das AQB.', '019a0000-0000-7000-8000-000000005011'),
	('019a0000-0000-7000-8000-000000007102', 0, '019a0000-0000-7000-8000-000000006003', 'Digitale Qualifizierung für Beschäftigte im Gesundheitswesen', 'Pflege- und Gesundheitsberufe werden digitaler; gering qualifizierte Beschäftigte drohen abgehängt zu werden.', 'Modulare Kurse zu Pflegedokumentation, Telemedizin und Datenschutz, berufsbegleitend und in einfacher Sprache.', 'Beschäftigte in Pflege und Gesundheit mit geringer Qualifikation', 'Klinikum Kassel, Pflegeschulen, Bildungsträger', 95000, 'MIGRATION_HISTORY,WOMEN', 'UNDER_REVIEW', '2023-01-16 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL, NULL, NULL),
	('019a0000-0000-7000-8000-000000007103', 0, '019a0000-0000-7000-8000-000000006003', 'Projekt für Geflüchtete aus der Ukraine', 'Geflüchtete aus der Ukraine sind oft gut qualifiziert, viele sind Frauen mit Kindern, und ihre Zukunft ist ungewiss.', 'Sprachkurse mit Kinderbetreuung, schnelle Anerkennung von Abschlüssen und befristete Einstiege, die eine Rückkehr nicht ausschließen.', 'Geflüchtete aus der Ukraine', 'Ausländerbehörde, Jobcenter, Anerkennungsberatung', 120000, 'MIGRATION_HISTORY,WOMEN', 'APPROVED', '2023-03-20 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Menschen mit Migrationsgeschichte', NULL, 'Befürwortet: Der Ansatz achtet die besondere Lage der Geflüchteten und lässt sich mit bestehenden Anerkennungsangeboten verbinden.', NULL),
	('019a0000-0000-7000-8000-000000007104', 0, '019a0000-0000-7000-8000-000000006003', 'Teilzeitausbildung für Alleinerziehende', 'Alleinerziehende Frauen brechen Vollzeitausbildungen häufig ab, weil Betreuung und Ausbildung nicht zusammenpassen.', 'Betriebe für Teilzeitausbildung gewinnen, mit Lotsin für Betreuung und Finanzierung.', 'Alleinerziehende Frauen ohne Berufsabschluss', 'Handwerkskammer, IHK, Kindertagesstätten', 60000, 'WOMEN', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL, NULL, NULL),
	('019a0000-0000-7000-8000-000000007105', 0, '019a0000-0000-7000-8000-000000006003', 'Mentoring von der Schule in den Beruf', 'Jugendliche ohne Vorbilder im Berufsleben finden schwer den Weg in eine Ausbildung.', 'Ehrenamtliche Mentorinnen und Mentoren aus Betrieben begleiten Jugendliche ab der 8. Klasse bis in die Ausbildung.', 'Schülerinnen und Schüler der Haupt- und Gesamtschulen', 'Schulen, Unternehmen, Bürgerstiftung', 40000, 'YOUNG_PEOPLE', 'DOCUMENTED', '2022-11-30 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe junge Menschen', NULL, NULL, NULL),
	('019a0000-0000-7000-8000-000000007106', 0, '019a0000-0000-7000-8000-000000006003', 'Sprachcafé im Betrieb', 'Beschäftigte mit wenig Deutschkenntnissen lernen die Fachsprache ihres Betriebs kaum.', 'Wöchentliche Sprachcafés in der Arbeitszeit, gestaltet mit Kolleginnen und Kollegen.', 'Beschäftigte mit Migrationsgeschichte', 'Betriebe der Stadtgruppe, Volkshochschule', 25000, 'MIGRATION_HISTORY', 'PRESENTED', '2022-07-28 15:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Menschen mit Migrationsgeschichte', NULL, NULL, NULL),
	('019a0000-0000-7000-8000-000000007107', 0, '019a0000-0000-7000-8000-000000006003', 'Kinderbetreuung zu Randzeiten', 'Schichtarbeit scheitert für Mütter oft an fehlender Betreuung früh morgens und abends.', 'Ein Netz von Tagespflegepersonen für Randzeiten, vermittelt über eine zentrale Stelle.', 'Mütter in Schichtarbeit', 'Jugendamt, Tagespflegebörse', 80000, 'WOMEN', 'REJECTED', '2023-03-20 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL, 'Abgelehnt: Die Stadt baut Randzeitenbetreuung bereits im Kita-Bedarfsplan aus; ein eigenes Projekt würde doppeln.', NULL),
	('019a0000-0000-7000-8000-000000007108', 0, '019a0000-0000-7000-8000-000000006003', 'Sozialkaufhaus als Arbeitsgelegenheit', 'Menschen mit eingeschränkter Erwerbsfähigkeit fehlt eine sinnvolle, feste Tagesstruktur.', 'Ein Sozialkaufhaus bietet Arbeitsgelegenheiten in Annahme, Aufbereitung und Verkauf gebrauchter Waren.', 'Leistungsberechtigte nach SGB XII und Langzeitarbeitslose', 'Sozialamt, Wohlfahrtsverbände', 150000, 'SGB_XII,LONG_TERM_UNEMPLOYED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe SGB XII', NULL, NULL, NULL),
	('019a0000-0000-7000-8000-000000007109', 0, '019a0000-0000-7000-8000-000000006003', 'Berufsorientierung in Jugendzentren', 'Jugendliche, die Schule meiden, erreicht die schulische Berufsorientierung nicht.', 'Berufsorientierung dort, wo Jugendliche ihre Freizeit verbringen.', 'Schulmüde Jugendliche', 'Jugendzentren, Jugendberufsagentur', 30000, 'YOUNG_PEOPLE', 'WITHDRAWN', '2022-11-30 09:00+02', '2022-07-28 10:00+02', 'Fokusgruppe junge Menschen', NULL, 'Zurückgezogen: Der Ansatz geht im Mentoring von der Schule in den Beruf auf.', NULL),
	('019a0000-0000-7000-8000-000000007110', 0, '019a0000-0000-7000-8000-000000006003', 'Gesundheitsförderung für Langzeitarbeitslose', 'Gesundheitliche Einschränkungen sind ein häufiges Hindernis auf dem Weg in Arbeit.', 'Bewegungs- und Präventionsangebote, verbunden mit Beratung zu Arbeit und Reha.', 'Langzeitarbeitslose Menschen mit gesundheitlichen Einschränkungen', 'Krankenkassen, Sportvereine, Jobcenter', 70000, 'LONG_TERM_UNEMPLOYED', 'PRESENTED', '2022-07-28 15:00+02', '2022-07-28 10:00+02', 'Fokusgruppe Langzeitarbeitslose', NULL, NULL, NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO dialogue_idea_step (id, idea_id, from_status, to_status, taken_at, taken_by, reasons) VALUES
	('019a0000-0000-7000-8000-000000007201', '019a0000-0000-7000-8000-000000007101', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Langzeitarbeitslose', NULL),
	('019a0000-0000-7000-8000-000000007202', '019a0000-0000-7000-8000-000000007101', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007203', '019a0000-0000-7000-8000-000000007101', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007204', '019a0000-0000-7000-8000-000000007101', 'IN_DEVELOPMENT', 'DOCUMENTED', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007205', '019a0000-0000-7000-8000-000000007101', 'DOCUMENTED', 'UNDER_REVIEW', '2023-01-16 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007206', '019a0000-0000-7000-8000-000000007101', 'UNDER_REVIEW', 'APPROVED', '2023-03-20 09:00+02', 'Moderation Arbeitsmarktdialog', 'Befürwortet: hohe Passung zur Arbeitsmarktstrategie, Finanzierung über das AQB möglich.'),
	('019a0000-0000-7000-8000-000000007207', '019a0000-0000-7000-8000-000000007101', 'APPROVED', 'BEING_IMPLEMENTED', '2023-06-01 09:00+02', 'Abteilungsleitung KAF', NULL),
	('019a0000-0000-7000-8000-000000007208', '019a0000-0000-7000-8000-000000007102', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL),
	('019a0000-0000-7000-8000-000000007209', '019a0000-0000-7000-8000-000000007102', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007210', '019a0000-0000-7000-8000-000000007102', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007211', '019a0000-0000-7000-8000-000000007102', 'IN_DEVELOPMENT', 'DOCUMENTED', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007212', '019a0000-0000-7000-8000-000000007102', 'DOCUMENTED', 'UNDER_REVIEW', '2023-01-16 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007213', '019a0000-0000-7000-8000-000000007103', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Menschen mit Migrationsgeschichte', NULL),
	('019a0000-0000-7000-8000-000000007214', '019a0000-0000-7000-8000-000000007103', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007215', '019a0000-0000-7000-8000-000000007103', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007216', '019a0000-0000-7000-8000-000000007103', 'IN_DEVELOPMENT', 'DOCUMENTED', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007217', '019a0000-0000-7000-8000-000000007103', 'DOCUMENTED', 'UNDER_REVIEW', '2023-01-16 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007218', '019a0000-0000-7000-8000-000000007103', 'UNDER_REVIEW', 'APPROVED', '2023-03-20 09:00+02', 'Moderation Arbeitsmarktdialog', 'Befürwortet: Der Ansatz achtet die besondere Lage der Geflüchteten und lässt sich mit bestehenden Anerkennungsangeboten verbinden.'),
	('019a0000-0000-7000-8000-000000007219', '019a0000-0000-7000-8000-000000007104', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL),
	('019a0000-0000-7000-8000-000000007220', '019a0000-0000-7000-8000-000000007104', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007221', '019a0000-0000-7000-8000-000000007104', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007222', '019a0000-0000-7000-8000-000000007105', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe junge Menschen', NULL),
	('019a0000-0000-7000-8000-000000007223', '019a0000-0000-7000-8000-000000007105', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007224', '019a0000-0000-7000-8000-000000007105', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007225', '019a0000-0000-7000-8000-000000007105', 'IN_DEVELOPMENT', 'DOCUMENTED', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007226', '019a0000-0000-7000-8000-000000007106', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Menschen mit Migrationsgeschichte', NULL),
	('019a0000-0000-7000-8000-000000007227', '019a0000-0000-7000-8000-000000007106', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007228', '019a0000-0000-7000-8000-000000007107', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Frauen', NULL),
	('019a0000-0000-7000-8000-000000007229', '019a0000-0000-7000-8000-000000007107', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007230', '019a0000-0000-7000-8000-000000007107', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007231', '019a0000-0000-7000-8000-000000007107', 'IN_DEVELOPMENT', 'DOCUMENTED', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007232', '019a0000-0000-7000-8000-000000007107', 'DOCUMENTED', 'UNDER_REVIEW', '2023-01-16 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007233', '019a0000-0000-7000-8000-000000007107', 'UNDER_REVIEW', 'REJECTED', '2023-03-20 09:00+02', 'Moderation Arbeitsmarktdialog', 'Abgelehnt: Die Stadt baut Randzeitenbetreuung bereits im Kita-Bedarfsplan aus; ein eigenes Projekt würde doppeln.'),
	('019a0000-0000-7000-8000-000000007234', '019a0000-0000-7000-8000-000000007108', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe SGB XII', NULL),
	('019a0000-0000-7000-8000-000000007235', '019a0000-0000-7000-8000-000000007108', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007236', '019a0000-0000-7000-8000-000000007108', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007237', '019a0000-0000-7000-8000-000000007109', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe junge Menschen', NULL),
	('019a0000-0000-7000-8000-000000007238', '019a0000-0000-7000-8000-000000007109', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007239', '019a0000-0000-7000-8000-000000007109', 'PRESENTED', 'IN_DEVELOPMENT', '2022-09-15 09:00+02', 'Moderation Arbeitsmarktdialog', NULL),
	('019a0000-0000-7000-8000-000000007240', '019a0000-0000-7000-8000-000000007109', 'IN_DEVELOPMENT', 'WITHDRAWN', '2022-11-30 09:00+02', 'Moderation Arbeitsmarktdialog', 'Zurückgezogen: Der Ansatz geht im Mentoring von der Schule in den Beruf auf.'),
	('019a0000-0000-7000-8000-000000007241', '019a0000-0000-7000-8000-000000007110', NULL, 'SUBMITTED', '2022-07-28 10:00+02', 'Fokusgruppe Langzeitarbeitslose', NULL),
	('019a0000-0000-7000-8000-000000007242', '019a0000-0000-7000-8000-000000007110', 'SUBMITTED', 'PRESENTED', '2022-07-28 15:00+02', 'Moderation Arbeitsmarktdialog', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO dialogue_comment (id, idea_id, parent_id, author_name, text, written_at) VALUES
	('019a0000-0000-7000-8000-000000007301', '019a0000-0000-7000-8000-000000007101', NULL, 'Jobcenter Stadt Kassel', 'Wir bringen gern unsere Erfahrungen aus der aufsuchenden Beratung in zwei Stadtteilen ein.', '2022-08-10 09:30+02'),
	('019a0000-0000-7000-8000-000000007302', '019a0000-0000-7000-8000-000000007101', '019a0000-0000-7000-8000-000000007301', 'Moderation Arbeitsmarktdialog', 'Danke! Wir laden Sie zur nächsten Werkstatt ein.', '2022-08-11 14:00+02'),
	('019a0000-0000-7000-8000-000000007303', '019a0000-0000-7000-8000-000000007102', NULL, 'Klinikum Kassel', 'Die Kurse sollten auch im Schichtdienst erreichbar sein, etwa als Lernangebot am Arbeitsplatz.', '2022-10-04 11:00+02'),
	('019a0000-0000-7000-8000-000000007304', '019a0000-0000-7000-8000-000000007103', NULL, '', 'Bitte auch an Kinderbetreuung während der Sprachkurse denken.', '2022-08-02 19:15+02')
ON CONFLICT (id) DO NOTHING;

-- Supports of the demo: stakeholders known by an example address of the reserved domain.
INSERT INTO dialogue_support (idea_id, supporter, stakeholder_group, supported_at) VALUES
	('019a0000-0000-7000-8000-000000007101', 'mail:unterstuetzung0@example.org', 'POLITICS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007101', 'mail:unterstuetzung1@example.org', 'JOBCENTER', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007101', 'mail:unterstuetzung2@example.org', 'ADMINISTRATION', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007101', 'mail:unterstuetzung3@example.org', 'PUBLIC', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007101', 'mail:unterstuetzung4@example.org', 'PUBLIC', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007102', 'mail:unterstuetzung5@example.org', 'BUSINESS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007102', 'mail:unterstuetzung6@example.org', 'EDUCATION_PROVIDERS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007103', 'mail:unterstuetzung7@example.org', 'PUBLIC', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007103', 'mail:unterstuetzung8@example.org', 'POLITICS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007103', 'mail:unterstuetzung9@example.org', 'ADMINISTRATION', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007104', 'mail:unterstuetzung10@example.org', 'BUSINESS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007105', 'mail:unterstuetzung11@example.org', 'EDUCATION_PROVIDERS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007106', 'mail:unterstuetzung12@example.org', 'BUSINESS', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007108', 'mail:unterstuetzung13@example.org', 'ADMINISTRATION', '2022-08-01 12:00+02'),
	('019a0000-0000-7000-8000-000000007110', 'mail:unterstuetzung14@example.org', 'PUBLIC', '2022-08-01 12:00+02')
ON CONFLICT DO NOTHING;
