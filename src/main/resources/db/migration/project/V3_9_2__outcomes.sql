-- What became of a person on leaving a project, and six months later (Verbleib bei Austritt, Nachbefragung).
-- One row per enrolment that ended with an exit; the ESF Plus result indicators are counted from it.
CREATE TABLE enrolment_outcome (
	enrolment_id UUID PRIMARY KEY REFERENCES enrolment (id) ON DELETE CASCADE,
	version INTEGER NOT NULL,
	exit_outcome VARCHAR(30) NOT NULL,
	job_searching BOOLEAN NOT NULL DEFAULT FALSE,
	qualification_gained BOOLEAN NOT NULL DEFAULT FALSE,
	exit_note VARCHAR(1000),
	exit_recorded_by VARCHAR(100) NOT NULL,
	exit_recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	follow_up_due_on DATE NOT NULL,
	follow_up_status VARCHAR(30),
	follow_up_on DATE,
	follow_up_note VARCHAR(1000),
	follow_up_recorded_by VARCHAR(100),
	follow_up_recorded_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT enrolment_outcome_exit CHECK (exit_outcome IN ('EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL',
		'FURTHER_TRAINING', 'RECOGNITION_ACHIEVED', 'OTHER', 'UNKNOWN')),
	CONSTRAINT enrolment_outcome_follow_up CHECK (follow_up_status IS NULL OR follow_up_status IN ('EMPLOYMENT',
		'APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING', 'RECOGNITION_ACHIEVED', 'OTHER', 'UNKNOWN', 'NOT_REACHABLE')),
	CONSTRAINT enrolment_outcome_follow_up_complete CHECK ((follow_up_status IS NULL) = (follow_up_on IS NULL)
		AND (follow_up_status IS NULL) = (follow_up_recorded_by IS NULL))
);

-- The lead's list of follow-ups due.
CREATE INDEX enrolment_outcome_follow_up_due ON enrolment_outcome (follow_up_due_on) WHERE follow_up_status IS NULL;
