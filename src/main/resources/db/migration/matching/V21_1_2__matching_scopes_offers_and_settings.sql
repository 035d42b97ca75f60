-- What a run works on (its scope): the team's people and the running projects' places,
-- the people of the team waiting on a project's list and the free places, or the team's
-- people and the employers' open offers. Places are project periods or offers.
ALTER TABLE matching_run ADD COLUMN scope text NOT NULL DEFAULT 'TEAM'
    CHECK (scope IN ('TEAM', 'WAITING_LIST', 'OFFERS'));
-- The side constraints the run was started with, kept as its input: the minimum share of
-- places per focus group ("CODE=percent;...") and whether open proposals of the scope's
-- run before are kept where that costs little.
ALTER TABLE matching_run ADD COLUMN quotas text NOT NULL DEFAULT '';
ALTER TABLE matching_run ADD COLUMN keep_earlier boolean NOT NULL DEFAULT true;
ALTER TABLE matching_run ADD COLUMN gap_permille integer;

ALTER TABLE matching_place ALTER COLUMN project_id DROP NOT NULL;
ALTER TABLE matching_place ALTER COLUMN place_period_id DROP NOT NULL;
ALTER TABLE matching_place ADD COLUMN offer_id uuid;
ALTER TABLE matching_place ADD COLUMN kind text NOT NULL DEFAULT 'PROJECT';
ALTER TABLE matching_place ADD CONSTRAINT matching_place_project_or_offer
    CHECK ((project_id IS NOT NULL AND place_period_id IS NOT NULL) OR offer_id IS NOT NULL);

-- The focus groups of each person on the day of the run, for the quotas.
ALTER TABLE matching_candidate ADD COLUMN focus_groups text NOT NULL DEFAULT '';

-- An accepted proposal of an offer becomes the employer service's placement proposal.
ALTER TABLE matching_proposal ADD COLUMN placement_id uuid;

-- The side constraints a team sets for its runs, per scope.
CREATE TABLE matching_setting (
    scope_key     text PRIMARY KEY,
    version       integer NOT NULL DEFAULT 0,
    keep_earlier  boolean NOT NULL DEFAULT true,
    updated_by    text NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE matching_quota (
    scope_key        text NOT NULL REFERENCES matching_setting (scope_key) ON DELETE CASCADE,
    focus_group      text NOT NULL,
    minimum_percent  integer NOT NULL CHECK (minimum_percent BETWEEN 1 AND 100),
    PRIMARY KEY (scope_key, focus_group)
);
