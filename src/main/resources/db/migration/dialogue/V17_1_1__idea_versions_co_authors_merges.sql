-- Every version of an idea's text as it is developed further, with who wrote it and when.
CREATE TABLE dialogue_idea_version (
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	number INTEGER NOT NULL CHECK (number > 0),
	title VARCHAR(200) NOT NULL,
	problem VARCHAR(4000) NOT NULL,
	approach VARCHAR(4000) NOT NULL,
	target_group VARCHAR(1000),
	partners VARCHAR(1000),
	rough_cost_euros BIGINT,
	written_at TIMESTAMPTZ NOT NULL,
	written_by VARCHAR(200) NOT NULL,
	note VARCHAR(500),
	PRIMARY KEY (idea_id, number)
);
INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
	rough_cost_euros, written_at, written_by)
SELECT id, 1, title, problem, approach, target_group, partners, rough_cost_euros, submitted_at, author_name
FROM dialogue_idea;

-- Co-authors: invited by an author, by address ('mail:<address>') or account ('staff:<id>'),
-- and authors once they accepted. moved_from names the idea they came from by a merge.
CREATE TABLE dialogue_co_author (
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	co_author VARCHAR(330) NOT NULL,
	shown_name VARCHAR(200) NOT NULL,
	invited_at TIMESTAMPTZ NOT NULL,
	invited_by VARCHAR(200) NOT NULL,
	accepted_at TIMESTAMPTZ,
	moved_from UUID REFERENCES dialogue_idea (id),
	PRIMARY KEY (idea_id, co_author)
);
CREATE INDEX dialogue_co_author_key ON dialogue_co_author (co_author);

-- Merging a duplicate into another idea: the duplicate keeps its own history and shows
-- where it went; comments move with a trace, supports are copied, each person once.
ALTER TABLE dialogue_idea ADD COLUMN merged_into UUID REFERENCES dialogue_idea (id);
ALTER TABLE dialogue_comment ADD COLUMN moved_from UUID REFERENCES dialogue_idea (id);
ALTER TABLE dialogue_support ADD COLUMN moved_from UUID REFERENCES dialogue_idea (id);
CREATE TABLE dialogue_idea_merge (
	merged_id UUID PRIMARY KEY REFERENCES dialogue_idea (id),
	into_id UUID NOT NULL REFERENCES dialogue_idea (id),
	merged_at TIMESTAMPTZ NOT NULL,
	merged_by VARCHAR(200) NOT NULL,
	comments_moved INTEGER NOT NULL,
	supports_moved INTEGER NOT NULL,
	supports_counted_once INTEGER NOT NULL,
	co_authors_moved INTEGER NOT NULL
);
CREATE INDEX dialogue_idea_merge_into ON dialogue_idea_merge (into_id);

-- Who wants the news of their ideas once a day instead of at every step, and the news
-- waiting for the next daily digest.
CREATE TABLE dialogue_news_choice (
	recipient VARCHAR(330) PRIMARY KEY,
	daily_digest BOOLEAN NOT NULL,
	chosen_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE dialogue_digest_item (
	id UUID PRIMARY KEY,
	recipient VARCHAR(330) NOT NULL,
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	idea_title VARCHAR(200) NOT NULL,
	to_status VARCHAR(30) NOT NULL,
	happened_at TIMESTAMPTZ NOT NULL,
	sent_at TIMESTAMPTZ
);
CREATE INDEX dialogue_digest_item_due ON dialogue_digest_item (recipient, happened_at) WHERE sent_at IS NULL;

-- A confirmed address is remembered in the browser by a cookie holding a random token
-- until it expires; only the token's hash is stored.
CREATE TABLE dialogue_remembered_address (
	token_hash VARCHAR(64) PRIMARY KEY,
	email VARCHAR(320) NOT NULL,
	remembered_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX dialogue_remembered_address_expiry ON dialogue_remembered_address (expires_at);
