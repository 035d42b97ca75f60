-- Which rules the stored focus-group periods were computed with; when the rules or the chosen
-- migration definition change, the periods are computed again at the next start.
CREATE TABLE focus_group_projection (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	fingerprint TEXT NOT NULL,
	computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
