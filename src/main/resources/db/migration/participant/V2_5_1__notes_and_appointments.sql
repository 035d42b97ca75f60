-- Counselling notes (Beratungsvermerke) with a visibility level, and appointments.
CREATE TABLE case_note (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	written_at TIMESTAMP WITH TIME ZONE NOT NULL,
	author VARCHAR(100) NOT NULL,
	author_name VARCHAR(200) NOT NULL,
	visibility VARCHAR(20) NOT NULL,
	text TEXT NOT NULL CHECK (length(text) <= 4000)
);

CREATE INDEX case_note_by_participant ON case_note (participant_id, written_at DESC);

CREATE TABLE appointment (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
	minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
	kind VARCHAR(20) NOT NULL,
	place VARCHAR(200),
	status VARCHAR(20) NOT NULL,
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX appointment_by_participant ON appointment (participant_id, starts_at);
