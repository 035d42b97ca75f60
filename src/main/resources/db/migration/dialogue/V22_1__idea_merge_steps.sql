-- A merge is a step on the public timelines of both ideas: their status stays, the step
-- names the other idea. Merges made before are added to the timelines as they happened.
ALTER TABLE dialogue_idea_step ADD COLUMN merged_idea_id UUID REFERENCES dialogue_idea (id);

INSERT INTO dialogue_idea_step (id, idea_id, from_status, to_status, taken_at, taken_by, merged_idea_id)
SELECT gen_random_uuid(), i.id, i.status, i.status, m.merged_at, m.merged_by, m.into_id
FROM dialogue_idea_merge m JOIN dialogue_idea i ON i.id = m.merged_id
UNION ALL
SELECT gen_random_uuid(), i.id, i.status, i.status, m.merged_at, m.merged_by, m.merged_id
FROM dialogue_idea_merge m JOIN dialogue_idea i ON i.id = m.into_id;
