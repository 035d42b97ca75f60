CREATE TABLE dialogue_edition (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	number INTEGER NOT NULL UNIQUE CHECK (number > 0),
	title VARCHAR(200) NOT NULL,
	held_on DATE NOT NULL,
	format VARCHAR(20) NOT NULL,
	venue VARCHAR(200),
	description TEXT
);
