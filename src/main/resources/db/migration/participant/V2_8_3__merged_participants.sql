-- Two records of one person merged into one. The record that was merged in is gone from
-- participant; this row is its tombstone: it points to the surviving record (always the current
-- one: when a survivor is merged again, its tombstones move on), so an old link or another
-- module's reference can follow it. The values that were not chosen are kept with the merge, so
-- nothing either record held is lost, and the person's subject access shows them.
CREATE TABLE participant_merge (
	id UUID PRIMARY KEY,
	survivor_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	merged_id UUID NOT NULL UNIQUE,
	merged_at TIMESTAMP WITH TIME ZONE NOT NULL,
	merged_by VARCHAR(100) NOT NULL,
	merged_by_name VARCHAR(200) NOT NULL,
	-- The merged record's registration day and the values not chosen, as "field: value" lines.
	merged_registered_on DATE NOT NULL,
	replaced_values TEXT,
	CONSTRAINT participant_merge_not_itself CHECK (survivor_id <> merged_id)
);

CREATE INDEX participant_merge_by_survivor ON participant_merge (survivor_id);
