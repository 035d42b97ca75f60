-- Which editions take ideas, and whether the public (without an account) may take part.
CREATE TABLE dialogue_idea_call (
	edition_id UUID PRIMARY KEY REFERENCES dialogue_edition (id),
	submissions_open BOOLEAN NOT NULL,
	public_participation BOOLEAN NOT NULL
);

-- Ideas (Projektansätze). The author's address of a member of the public is never shown.
CREATE TABLE dialogue_idea (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	edition_id UUID NOT NULL REFERENCES dialogue_edition (id),
	title VARCHAR(200) NOT NULL,
	problem VARCHAR(4000) NOT NULL,
	approach VARCHAR(4000) NOT NULL,
	target_group VARCHAR(1000),
	partners VARCHAR(1000),
	rough_cost_euros BIGINT CHECK (rough_cost_euros >= 0),
	focus_groups VARCHAR(200) NOT NULL,
	status VARCHAR(30) NOT NULL,
	status_since TIMESTAMPTZ NOT NULL,
	submitted_at TIMESTAMPTZ NOT NULL,
	author_name VARCHAR(200) NOT NULL,
	author_staff_id UUID,
	author_email VARCHAR(320),
	plain_summary VARCHAR(2000),
	decision_reasons VARCHAR(4000),
	project_id UUID UNIQUE,
	hidden_reason VARCHAR(500),
	search TSVECTOR GENERATED ALWAYS AS (to_tsvector('german',
		title || ' ' || problem || ' ' || approach || ' ' || coalesce(target_group, ''))) STORED
);
CREATE INDEX dialogue_idea_search ON dialogue_idea USING GIN (search);
CREATE INDEX dialogue_idea_edition_status ON dialogue_idea (edition_id, status, submitted_at DESC);
CREATE INDEX dialogue_idea_author_email ON dialogue_idea (author_email, submitted_at) WHERE author_email IS NOT NULL;

-- The public timeline: every step of the pipeline with its date and who took it.
CREATE TABLE dialogue_idea_step (
	id UUID PRIMARY KEY,
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	from_status VARCHAR(30),
	to_status VARCHAR(30) NOT NULL,
	taken_at TIMESTAMPTZ NOT NULL,
	taken_by VARCHAR(200) NOT NULL,
	reasons VARCHAR(4000)
);
CREATE INDEX dialogue_idea_step_idea ON dialogue_idea_step (idea_id, taken_at);

-- Threaded comments.
CREATE TABLE dialogue_comment (
	id UUID PRIMARY KEY,
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	parent_id UUID REFERENCES dialogue_comment (id),
	author_name VARCHAR(200) NOT NULL,
	author_staff_id UUID,
	author_email VARCHAR(320),
	text VARCHAR(4000) NOT NULL,
	written_at TIMESTAMPTZ NOT NULL,
	hidden_reason VARCHAR(500)
);
CREATE INDEX dialogue_comment_idea ON dialogue_comment (idea_id, written_at);
CREATE INDEX dialogue_comment_author_email ON dialogue_comment (author_email, written_at) WHERE author_email IS NOT NULL;

-- One support per person and idea; the supporter is 'staff:<id>' or 'mail:<address>'.
CREATE TABLE dialogue_support (
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	supporter VARCHAR(330) NOT NULL,
	stakeholder_group VARCHAR(30) NOT NULL,
	supported_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (idea_id, supporter)
);

-- Reports of abusive content, the moderation queue.
CREATE TABLE dialogue_report (
	id UUID PRIMARY KEY,
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	comment_id UUID REFERENCES dialogue_comment (id),
	reason VARCHAR(1000) NOT NULL,
	reported_at TIMESTAMPTZ NOT NULL,
	settled_at TIMESTAMPTZ,
	settled_by VARCHAR(200)
);
CREATE INDEX dialogue_report_open ON dialogue_report (reported_at) WHERE settled_at IS NULL;

-- The review criteria; moderators change the set here, inactive ones are no longer scored.
CREATE TABLE dialogue_review_criterion (
	code VARCHAR(40) PRIMARY KEY,
	position INTEGER NOT NULL,
	weight INTEGER NOT NULL CHECK (weight > 0),
	active BOOLEAN NOT NULL
);
INSERT INTO dialogue_review_criterion (code, position, weight, active) VALUES
	('STRATEGY_FIT', 1, 2, TRUE),
	('FOCUS_GROUP_REACH', 2, 2, TRUE),
	('FEASIBILITY', 3, 1, TRUE),
	('COST', 4, 1, TRUE),
	('FUNDABILITY', 5, 1, TRUE);

-- Each reviewer scores each criterion on their own, from 1 (weak) to 5 (strong).
CREATE TABLE dialogue_review_score (
	idea_id UUID NOT NULL REFERENCES dialogue_idea (id),
	reviewer_id UUID NOT NULL,
	reviewer_name VARCHAR(200) NOT NULL,
	criterion VARCHAR(40) NOT NULL REFERENCES dialogue_review_criterion (code),
	score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
	scored_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (idea_id, reviewer_id, criterion)
);

-- Members of the public confirm their address by a link before they take part.
CREATE TABLE dialogue_address_confirmation (
	token_hash VARCHAR(64) PRIMARY KEY,
	email VARCHAR(320) NOT NULL,
	requested_at TIMESTAMPTZ NOT NULL,
	confirmed_at TIMESTAMPTZ
);
CREATE INDEX dialogue_address_confirmation_email ON dialogue_address_confirmation (email, requested_at);
