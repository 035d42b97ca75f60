-- Every change of the office's structure with who made it, when and why: a unit created or
-- renamed, a counsellor moved to another team with the choice made for the caseload. Rows
-- are only ever added.
CREATE TABLE organisational_unit_change (
	id UUID PRIMARY KEY,
	unit_id UUID NOT NULL REFERENCES organisational_unit (id),
	kind VARCHAR(30) NOT NULL,
	-- the unit's code and name before and after a change, as they read then
	before_text VARCHAR(300),
	after_text VARCHAR(300),
	-- for a move: who moved, from which team, what happened to the caseload and to whom it went
	staff_account_id UUID REFERENCES staff_account (id),
	from_unit_id UUID REFERENCES organisational_unit (id),
	caseload VARCHAR(30),
	handed_over_to_id UUID REFERENCES staff_account (id),
	reason VARCHAR(500) NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT organisational_unit_change_kind CHECK (kind IN ('CREATED', 'CHANGED', 'COUNSELLOR_MOVED')),
	CONSTRAINT organisational_unit_change_caseload CHECK (caseload IS NULL
		OR caseload IN ('FOLLOWS_COUNSELLOR', 'STAYS_WITH_TEAM')),
	CONSTRAINT organisational_unit_change_reason_given CHECK (length(btrim(reason)) > 0)
);

CREATE INDEX organisational_unit_change_by_unit ON organisational_unit_change (unit_id, changed_at);
CREATE INDEX organisational_unit_change_by_from_unit ON organisational_unit_change (from_unit_id, changed_at)
	WHERE from_unit_id IS NOT NULL;
