-- Funder reports run in the background: the request, its progress and, when done, the
-- files. A run that fails keeps no file, so nothing half-written can be downloaded.
CREATE TABLE report_run (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	programme_id UUID NOT NULL,
	project_id UUID,
	starts_on DATE NOT NULL,
	ends_on DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	progress_percent INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
	requested_by UUID NOT NULL,
	requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
	finished_at TIMESTAMP WITH TIME ZONE,
	xlsx BYTEA,
	pdf BYTEA,
	CONSTRAINT report_run_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
	CONSTRAINT report_run_files_only_when_done CHECK ((status = 'DONE') = (xlsx IS NOT NULL AND pdf IS NOT NULL)),
	CONSTRAINT report_run_period CHECK (ends_on >= starts_on)
);

CREATE INDEX report_run_by_requester ON report_run (requested_by, requested_at DESC);
