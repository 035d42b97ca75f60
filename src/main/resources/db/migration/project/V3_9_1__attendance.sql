-- A project day or session (Projekttag, Termin): the date, an optional label and times, and the hours planned for it.
-- Several sessions on one day are told apart by their label; a day with one session has the empty label.
CREATE TABLE project_session (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	held_on DATE NOT NULL,
	label VARCHAR(60) NOT NULL DEFAULT '',
	starts_at TIME,
	ends_at TIME,
	planned_hours NUMERIC(4, 2) NOT NULL,
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT project_session_hours CHECK (planned_hours > 0 AND planned_hours <= 24),
	CONSTRAINT project_session_times CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
	CONSTRAINT project_session_once UNIQUE (project_id, held_on, label)
);

-- Whether one person was there on one day or session, and for how many hours. One row per enrolment and session:
-- two people entering the same day at once meet at this key and at the version, never overwrite each other unseen.
CREATE TABLE attendance (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	session_id UUID NOT NULL REFERENCES project_session (id) ON DELETE CASCADE,
	enrolment_id UUID NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
	status VARCHAR(20) NOT NULL,
	hours NUMERIC(4, 2) NOT NULL,
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT attendance_status CHECK (status IN ('PRESENT', 'EXCUSED', 'UNEXCUSED')),
	CONSTRAINT attendance_hours CHECK (hours >= 0 AND (status = 'PRESENT' OR hours = 0)),
	CONSTRAINT attendance_once UNIQUE (enrolment_id, session_id)
);

CREATE INDEX attendance_by_session ON attendance (session_id);
