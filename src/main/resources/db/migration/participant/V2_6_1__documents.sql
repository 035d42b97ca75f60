-- Documents of a case file (PDF and images). The content is kept in the database, so a backup
-- holds the whole case and erasure removes it with the case.
CREATE TABLE participant_document (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	title VARCHAR(200) NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	media_type VARCHAR(50) NOT NULL,
	size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
	content BYTEA NOT NULL,
	uploaded_by VARCHAR(100) NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX participant_document_by_participant ON participant_document (participant_id, uploaded_at DESC);
