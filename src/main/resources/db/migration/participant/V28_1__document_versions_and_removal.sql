-- A document's title can be changed and a document removed, each based on the version read.
-- A removed document keeps a trace in the case file (what it was, who removed it when and
-- why); its content is gone.
ALTER TABLE participant_document ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participant_document ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant_document ADD COLUMN removed_by VARCHAR(100);
ALTER TABLE participant_document ADD COLUMN removal_reason VARCHAR(500);
ALTER TABLE participant_document ALTER COLUMN content DROP NOT NULL;
ALTER TABLE participant_document ADD CONSTRAINT participant_document_content_until_removed
	CHECK ((removed_at IS NULL) = (content IS NOT NULL) AND (removed_at IS NULL) = (removed_by IS NULL));
