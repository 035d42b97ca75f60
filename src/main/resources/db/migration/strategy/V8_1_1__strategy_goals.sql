-- The key points of the labour-market strategy (Eckpunkte) as goals with a measurable target,
-- the projects that serve them (held by the project's identifier) and the figures recorded by
-- hand for indicators Weitblick does not count itself.
CREATE TABLE strategy_goal (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	title VARCHAR(200) NOT NULL,
	description VARCHAR(4000),
	plain_summary VARCHAR(2000),
	focus_group VARCHAR(40),
	indicator VARCHAR(30) NOT NULL,
	baseline_year INTEGER,
	baseline_value NUMERIC(12, 2),
	target_year INTEGER,
	target_value NUMERIC(12, 2),
	-- the free text a project named the goal by before goals were records of their own
	source_reference VARCHAR(200) UNIQUE,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT strategy_goal_indicator CHECK (indicator IN ('PEOPLE_REACHED', 'EXITS_INTO_WORK', 'RECORDED_RATE',
		'RECORDED_COUNT')),
	CONSTRAINT strategy_goal_baseline CHECK ((baseline_year IS NULL) = (baseline_value IS NULL)),
	CONSTRAINT strategy_goal_target CHECK ((target_year IS NULL) = (target_value IS NULL)
		AND (target_year IS NULL OR (baseline_year IS NOT NULL AND target_year > baseline_year)))
);

CREATE TABLE strategy_goal_measurement (
	goal_id UUID NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
	year INTEGER NOT NULL,
	value NUMERIC(12, 2) NOT NULL CHECK (value >= 0),
	source VARCHAR(300),
	PRIMARY KEY (goal_id, year)
);

CREATE TABLE strategy_goal_project (
	goal_id UUID NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
	project_id UUID NOT NULL,
	PRIMARY KEY (goal_id, project_id)
);

CREATE INDEX strategy_goal_project_by_project ON strategy_goal_project (project_id);
