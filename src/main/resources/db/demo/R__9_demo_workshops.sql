-- Demo data of the reference case: the carriage workshop (AGH Kutsche) as the work opportunity of its project,
-- with the allowance per hour attended (the amount in Kassel is not known; the commonly cited range is 1 to 2.50 euros).
INSERT INTO workshop (id, version, project_id, name, tasks, places, created_by, created_at) VALUES
	('019a0000-0000-7000-8000-000000011001', 0, '019a0000-0000-7000-8000-000000005005', 'Kutschenwerkstatt',
	 'Restaurierung eines rund 200 Jahre alten Kremsers: Holz- und Metallarbeiten, Polstern, Lackieren, unter Anleitung von zwei Fachanleitungen.',
	 16, 'controlling', '2021-03-01T08:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO workshop_allowance_rate (id, workshop_id, valid_from, valid_until, cents_per_hour, recorded_by, recorded_at) VALUES
	('019a0000-0000-7000-8000-000000011101', '019a0000-0000-7000-8000-000000011001', '2021-03-01', '2025-12-31', 150,
	 'controlling', '2021-03-01T08:00:00Z'),
	('019a0000-0000-7000-8000-000000011102', '019a0000-0000-7000-8000-000000011001', '2026-01-01', NULL, 180,
	 'controlling', '2025-12-01T08:00:00Z')
ON CONFLICT DO NOTHING;
