-- Referral lists (Zuweisungslisten) imported from CSV files, as the Jobcenter sends them. The job
-- and how far it got are stored, so an import interrupted by a stop of the process resumes where
-- it was: the rows of a chunk and the new position are committed in one transaction.
CREATE TABLE referral_import (
	id UUID PRIMARY KEY,
	-- The key of the PostgreSQL advisory lock held by the instance that works on the job.
	lock_number INTEGER GENERATED ALWAYS AS IDENTITY UNIQUE,
	unit_id UUID NOT NULL,
	importer_id UUID NOT NULL,
	importer_username VARCHAR(100) NOT NULL,
	importer_role VARCHAR(40) NOT NULL,
	importer_name VARCHAR(200) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	file_sha256 CHAR(64) NOT NULL,
	file_size BIGINT NOT NULL CHECK (file_size > 0),
	charset VARCHAR(20) NOT NULL,
	separator CHAR(1) NOT NULL,
	-- Lines before the header (Excel's "sep=;"), so row numbers match the spreadsheet.
	header_row INTEGER NOT NULL,
	-- The file itself holds everybody's data: it is kept only until the import has finished.
	content BYTEA,
	status VARCHAR(20) NOT NULL,
	total_rows INTEGER NOT NULL CHECK (total_rows >= 0),
	processed_rows INTEGER NOT NULL DEFAULT 0,
	created_rows INTEGER NOT NULL DEFAULT 0,
	already_imported_rows INTEGER NOT NULL DEFAULT 0,
	duplicate_rows INTEGER NOT NULL DEFAULT 0,
	invalid_rows INTEGER NOT NULL DEFAULT 0,
	failures INTEGER NOT NULL DEFAULT 0,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE,
	progressed_at TIMESTAMP WITH TIME ZONE,
	finished_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT referral_import_position CHECK (processed_rows BETWEEN 0 AND total_rows),
	CONSTRAINT referral_import_counts CHECK (
		created_rows + already_imported_rows + duplicate_rows + invalid_rows <= processed_rows),
	CONSTRAINT referral_import_content_until_finished CHECK (finished_at IS NULL OR content IS NULL)
);

CREATE INDEX referral_import_by_unit ON referral_import (unit_id, uploaded_at DESC);
CREATE INDEX referral_import_unfinished ON referral_import (uploaded_at) WHERE finished_at IS NULL;

-- The report: what was wrong with a row, or why it was not imported. Several findings per row.
CREATE TABLE referral_import_finding (
	import_id UUID NOT NULL REFERENCES referral_import (id) ON DELETE CASCADE,
	row_number INTEGER NOT NULL,
	position SMALLINT NOT NULL,
	customer_number VARCHAR(20),
	outcome VARCHAR(20) NOT NULL,
	column_code VARCHAR(40),
	message_key VARCHAR(100) NOT NULL,
	arguments TEXT[] NOT NULL DEFAULT '{}',
	-- The case the row matched, only when the importing team holds it.
	participant_id UUID REFERENCES participant (id) ON DELETE SET NULL,
	PRIMARY KEY (import_id, row_number, position)
);

CREATE INDEX referral_import_finding_by_participant ON referral_import_finding (participant_id)
	WHERE participant_id IS NOT NULL;

-- The Jobcenter's customer number (§ 51a SGB II) of a referred person: the stable key that makes a
-- second import of the same list create nobody twice.
CREATE TABLE participant_referral (
	participant_id UUID PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
	customer_number VARCHAR(20) NOT NULL UNIQUE,
	referred_on DATE,
	-- No foreign key: the import's report is erased long before the case.
	import_id UUID,
	row_number INTEGER,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
