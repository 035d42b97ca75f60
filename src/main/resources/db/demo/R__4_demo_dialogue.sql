-- Demo data of the reference case: the three editions of the Kassel labour-market dialogue.
-- Exact dates are illustrative; the years, formats and venues follow the press release of 29 July 2022.
INSERT INTO dialogue_edition (id, version, number, title, held_on, format, venue, description) VALUES
	('019a0000-0000-7000-8000-000000006001', 0, 1, '1. Kasseler Arbeitsmarktdialog', '2019-06-01', 'ON_SITE', 'Kassel',
	 'Auftakt mit breiter Bürgerbeteiligung: Eckpunkte einer Arbeitsmarktstrategie für neue Wege gegen (Langzeit-)Arbeitslosigkeit.'),
	('019a0000-0000-7000-8000-000000006002', 0, 2, '2. Kasseler Arbeitsmarktdialog', '2021-06-01', 'DIGITAL', NULL,
	 'Digital durchgeführt; erstmals Auszeichnung „Unternehmen mit Weitblick“ für Unternehmen, die sich besonders für die Fokusgruppen engagieren.'),
	('019a0000-0000-7000-8000-000000006003', 0, 3, '3. Kasseler Arbeitsmarktdialog', '2022-07-28', 'ON_SITE', 'Werkhallen der Kommunalen Arbeitsförderung',
	 'Zehn neue Projektansätze, je Fokusgruppe vorgestellt und diskutiert – darunter aufsuchende Arbeit für Langzeitarbeitslose, digitale Qualifizierung für Beschäftigte im Gesundheitswesen und ein Projekt für Geflüchtete aus der Ukraine.')
ON CONFLICT (id) DO NOTHING;
