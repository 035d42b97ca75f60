-- The strategy goals an idea serves, held by their identifiers.
CREATE TABLE dialogue_idea_goal (
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	goal_id UUID NOT NULL,
	PRIMARY KEY (idea_id, goal_id)
);
CREATE INDEX dialogue_idea_goal_goal ON dialogue_idea_goal (goal_id);
