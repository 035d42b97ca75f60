-- The moderators administer the review criteria: a criterion added on the page gets its
-- labels here (the first five keep theirs in the message bundles while these are empty),
-- a version against concurrent edits, and a weight from 1 to 100. Criteria are never
-- deleted, only deactivated, so the scores given on them stay.
ALTER TABLE dialogue_review_criterion
	ADD COLUMN label_de VARCHAR(200),
	ADD COLUMN label_en VARCHAR(200),
	ADD COLUMN version INTEGER NOT NULL DEFAULT 0,
	ADD CONSTRAINT dialogue_review_criterion_weight_range CHECK (weight BETWEEN 1 AND 100),
	ADD CONSTRAINT dialogue_review_criterion_position_range CHECK (position BETWEEN 1 AND 999);
