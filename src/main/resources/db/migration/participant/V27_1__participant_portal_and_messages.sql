-- The participant's own access (Mein Bereich): invitations with a one-time code, kept only
-- as its hash, and the one account bound to a case file; the message thread between the
-- responsible team and the person.
CREATE TABLE portal_invitation (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	channel VARCHAR(10) NOT NULL CHECK (channel IN ('EMAIL', 'LETTER')),
	email VARCHAR(254),
	code_hash CHAR(64) NOT NULL UNIQUE,
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	redeemed_at TIMESTAMP WITH TIME ZONE,
	revoked_at TIMESTAMP WITH TIME ZONE,
	CHECK (channel = 'LETTER' OR email IS NOT NULL)
);

CREATE INDEX portal_invitation_by_participant ON portal_invitation (participant_id, created_at DESC);

-- Staff accounts live in the organisation module; the binding is the participant's.
CREATE TABLE portal_account (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	account_id UUID NOT NULL UNIQUE,
	bound_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revoked_at TIMESTAMP WITH TIME ZONE,
	revoked_by VARCHAR(100)
);

-- Exactly one account in use per case file.
CREATE UNIQUE INDEX portal_account_one_per_case ON portal_account (participant_id) WHERE revoked_at IS NULL;

CREATE TABLE participant_message (
	id UUID PRIMARY KEY,
	participant_id UUID NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	from_participant BOOLEAN NOT NULL,
	author VARCHAR(100) NOT NULL,
	author_name VARCHAR(200) NOT NULL,
	text TEXT NOT NULL CHECK (length(text) <= 4000),
	written_at TIMESTAMP WITH TIME ZONE NOT NULL,
	read_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX participant_message_by_participant ON participant_message (participant_id, written_at DESC);

-- Unread messages from participants, for the counsellor's day.
CREATE INDEX participant_message_unread ON participant_message (participant_id)
	WHERE from_participant AND read_at IS NULL;
