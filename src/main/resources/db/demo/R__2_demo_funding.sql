-- Demo data of the reference case: the programmes that pay for the KAF's projects.
INSERT INTO funding_programme (id, version, code, name, funder, kind, description) VALUES
	('019a0000-0000-7000-8000-000000004001', 0, 'AQB', 'Ausbildungs- und Qualifizierungsbudget (AQB)',
	 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales', 'STATE',
	 'Jährlich mit dem Land in einer Zielvereinbarung vereinbart; finanziert u. a. Handwerk live, InMigra, Fachkräfte-Offensive und Sozialwirtschaft integriert'),
	('019a0000-0000-7000-8000-000000004002', 0, 'LAND-AMB', 'Arbeitsmarktbudget des Landes Hessen',
	 'Land Hessen', 'STATE', NULL),
	('019a0000-0000-7000-8000-000000004003', 0, 'ESF-PLUS', 'ESF Plus Hessen', 'Europäische Union / Land Hessen', 'EUROPEAN',
	 'Europäischer Sozialfonds Plus, Förderperiode 2021–2027'),
	('019a0000-0000-7000-8000-000000004004', 0, 'JC-KS', 'Eingliederungsmittel Jobcenter Stadt Kassel', 'Jobcenter Stadt Kassel',
	 'JOBCENTER', 'Arbeitsgelegenheiten nach § 16d SGB II und weitere Leistungen zur Eingliederung'),
	('019a0000-0000-7000-8000-000000004005', 0, 'KS-HH', 'Haushalt der Stadt Kassel', 'Stadt Kassel', 'MUNICIPAL',
	 'Kommunale Eigenmittel')
ON CONFLICT (id) DO NOTHING;
