-- The strategy goals projects named by free text become goals of their own, each linked to the
-- projects that named it; its indicator counts the people those projects reached until the head
-- of department states a target.
INSERT INTO strategy_goal (id, version, title, indicator, source_reference, changed_by, changed_at)
SELECT gen_random_uuid(), 0, reference, 'PEOPLE_REACHED', reference, 'migration', now()
FROM (SELECT DISTINCT reference FROM project_strategy_goal) AS named
ON CONFLICT (source_reference) DO NOTHING;

INSERT INTO strategy_goal_project (goal_id, project_id)
SELECT goal.id, named.project_id
FROM project_strategy_goal named
JOIN strategy_goal goal ON goal.source_reference = named.reference
ON CONFLICT DO NOTHING;
