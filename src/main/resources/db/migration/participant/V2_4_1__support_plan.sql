-- The support plan (Förderplan) a counsellor keeps with the participant: goals, and steps
-- towards them with who does what by when. The participant's own words stand beside the
-- counsellor's.
CREATE TABLE plan_goal (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	title VARCHAR(200) NOT NULL,
	counsellor_view TEXT,
	participant_words TEXT,
	status VARCHAR(20) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX plan_goal_by_participant ON plan_goal (participant_id, created_at);

CREATE TABLE plan_step (
	id UUID PRIMARY KEY,
	goal_id UUID NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
	description VARCHAR(500) NOT NULL,
	responsible VARCHAR(20) NOT NULL,
	due_on DATE,
	status VARCHAR(20) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX plan_step_by_goal ON plan_step (goal_id, created_at);
