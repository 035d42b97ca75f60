-- A report run is a background job of one of two kinds: a funder report (its XLSX and
-- PDF) or the export of a list people work with (one CSV or XLSX file, kept for a while).
ALTER TABLE report_run
	ALTER COLUMN programme_id DROP NOT NULL,
	ALTER COLUMN starts_on DROP NOT NULL,
	ALTER COLUMN ends_on DROP NOT NULL,
	ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'FUNDER_REPORT',
	ADD COLUMN list_name VARCHAR(30),
	ADD COLUMN list_filters JSONB,
	ADD COLUMN file_format VARCHAR(10),
	ADD COLUMN file BYTEA,
	ADD COLUMN row_count INTEGER,
	ADD COLUMN locale VARCHAR(20),
	ADD COLUMN keep_until TIMESTAMP WITH TIME ZONE;

ALTER TABLE report_run DROP CONSTRAINT report_run_files_only_when_done;

ALTER TABLE report_run ADD CONSTRAINT report_run_kind CHECK (
	(kind = 'FUNDER_REPORT' AND programme_id IS NOT NULL AND starts_on IS NOT NULL AND ends_on IS NOT NULL
		AND (status = 'DONE') = (xlsx IS NOT NULL AND pdf IS NOT NULL))
	OR (kind = 'LIST_EXPORT' AND list_name IS NOT NULL AND file_format IN ('CSV', 'XLSX') AND locale IS NOT NULL
		AND (status = 'DONE') = (file IS NOT NULL)));

CREATE INDEX report_run_keep_until ON report_run (keep_until) WHERE keep_until IS NOT NULL;
