-- Demo data of the reference case: the instructor of the KAF's workshop guides the carriage restoration (AGH Kutsche).
INSERT INTO project_instructor (id, project_id, instructor_id, assigned_on, assigned_by) VALUES
	('019a0000-0000-7000-8000-000000006001', '019a0000-0000-7000-8000-000000005005', '019a0000-0000-7000-8000-000000003003',
	 '2021-03-01', 'controlling')
ON CONFLICT DO NOTHING;
