-- The award "Unternehmen mit Weitblick": one round per dialogue edition, with its
-- criteria, jury, nominations, the jurors' scores and the winners with their citation.
-- Employers, editions and accounts are held by identifier only.
CREATE TABLE award_round (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	edition_id UUID NOT NULL UNIQUE,
	year INTEGER NOT NULL,
	title VARCHAR(200) NOT NULL,
	nominations_close_on DATE NOT NULL,
	status VARCHAR(20) NOT NULL CHECK (status IN ('NOMINATING', 'JUDGING', 'DECIDED')),
	created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE award_criterion (
	id UUID PRIMARY KEY,
	round_id UUID NOT NULL REFERENCES award_round (id),
	position INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10),
	UNIQUE (round_id, name)
);

CREATE TABLE award_juror (
	round_id UUID NOT NULL REFERENCES award_round (id),
	account_id UUID NOT NULL,
	name VARCHAR(200) NOT NULL,
	PRIMARY KEY (round_id, account_id)
);

CREATE TABLE award_nomination (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	round_id UUID NOT NULL REFERENCES award_round (id),
	employer_id UUID NOT NULL,
	source VARCHAR(20) NOT NULL CHECK (source IN ('STAFF', 'PARTNER', 'PUBLIC', 'ENGAGEMENT')),
	nominated_by VARCHAR(320) NOT NULL,
	nominated_by_account UUID,
	reasons TEXT NOT NULL,
	winner BOOLEAN NOT NULL DEFAULT FALSE,
	citation TEXT,
	created_at TIMESTAMPTZ NOT NULL,
	UNIQUE (round_id, employer_id),
	CHECK (NOT winner OR citation IS NOT NULL)
);

CREATE INDEX award_nomination_employer ON award_nomination (employer_id);

CREATE TABLE award_score (
	nomination_id UUID NOT NULL REFERENCES award_nomination (id),
	criterion_id UUID NOT NULL REFERENCES award_criterion (id),
	account_id UUID NOT NULL,
	score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
	scored_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (nomination_id, criterion_id, account_id)
);
