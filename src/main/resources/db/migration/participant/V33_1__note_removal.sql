-- A counselling note is never changed, but its author can remove it (a note on the wrong
-- case, something that must not be kept): its text is gone, a trace of who removed it when
-- and why stays in the case file and in the audit trail.
ALTER TABLE case_note ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_note ADD COLUMN removed_by VARCHAR(100);
ALTER TABLE case_note ADD COLUMN removal_reason VARCHAR(500);
ALTER TABLE case_note ALTER COLUMN text DROP NOT NULL;
ALTER TABLE case_note ADD CONSTRAINT case_note_text_until_removed
	CHECK ((removed_at IS NULL) = (text IS NOT NULL) AND (removed_at IS NULL) = (removed_by IS NULL)
		AND (removed_at IS NULL) = (removal_reason IS NULL));
