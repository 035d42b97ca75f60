-- What the person changed in the own plan (Mein Bereich): the own words next to a goal,
-- an own step done, and the agreement to a version of the plan. The responsible team sees
-- each change with its date; a change stays new until somebody of the team marks it seen.
CREATE TABLE plan_own_change (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	kind VARCHAR(20) NOT NULL CHECK (kind IN ('OWN_WORDS', 'STEP_DONE', 'AGREED')),
	-- The goal or step it was about; no reference, so the change stays when the team
	-- removes the goal or step.
	goal_id UUID,
	step_id UUID,
	-- For an agreement: the version of the plan agreed to (a fingerprint of its content).
	plan_version VARCHAR(32),
	happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
	seen_at TIMESTAMP WITH TIME ZONE,
	seen_by VARCHAR(100),
	CHECK (kind <> 'AGREED' OR plan_version IS NOT NULL),
	CHECK (kind <> 'OWN_WORDS' OR goal_id IS NOT NULL),
	CHECK (kind <> 'STEP_DONE' OR step_id IS NOT NULL)
);

CREATE INDEX plan_own_change_by_participant ON plan_own_change (participant_id, happened_at DESC);

CREATE INDEX plan_own_change_unseen ON plan_own_change (participant_id) WHERE seen_at IS NULL;
