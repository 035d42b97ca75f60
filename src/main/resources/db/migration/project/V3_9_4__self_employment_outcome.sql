-- Self-employment is an outcome of its own: the ESF Plus counts it as employment (EECR04, EECR05).
ALTER TABLE enrolment_outcome DROP CONSTRAINT enrolment_outcome_exit;
ALTER TABLE enrolment_outcome ADD CONSTRAINT enrolment_outcome_exit CHECK (exit_outcome IN ('EMPLOYMENT',
	'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING', 'RECOGNITION_ACHIEVED', 'OTHER', 'UNKNOWN'));
ALTER TABLE enrolment_outcome DROP CONSTRAINT enrolment_outcome_follow_up;
ALTER TABLE enrolment_outcome ADD CONSTRAINT enrolment_outcome_follow_up CHECK (follow_up_status IS NULL
	OR follow_up_status IN ('EMPLOYMENT', 'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING',
		'RECOGNITION_ACHIEVED', 'OTHER', 'UNKNOWN', 'NOT_REACHABLE'));
