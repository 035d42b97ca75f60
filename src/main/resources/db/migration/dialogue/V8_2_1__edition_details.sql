-- An edition is planned and documented: its times, the agenda, the tables (workshops) per focus
-- group, the people and organisations invited with their registration and attendance, the minutes
-- and their attachments.
ALTER TABLE dialogue_edition
	ADD COLUMN starts_at TIME,
	ADD COLUMN ends_at TIME,
	ADD COLUMN registration_closes_on DATE,
	ADD COLUMN minutes TEXT,
	ADD COLUMN minutes_by VARCHAR(100),
	ADD COLUMN minutes_at TIMESTAMP WITH TIME ZONE,
	ADD CONSTRAINT dialogue_edition_times CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at);

CREATE TABLE dialogue_agenda_item (
	id UUID PRIMARY KEY,
	edition_id UUID NOT NULL REFERENCES dialogue_edition (id) ON DELETE CASCADE,
	starts_at TIME NOT NULL,
	title VARCHAR(200) NOT NULL,
	description VARCHAR(2000)
);

CREATE INDEX dialogue_agenda_by_edition ON dialogue_agenda_item (edition_id, starts_at);

CREATE TABLE dialogue_table (
	id UUID PRIMARY KEY,
	edition_id UUID NOT NULL REFERENCES dialogue_edition (id) ON DELETE CASCADE,
	focus_group VARCHAR(40) NOT NULL,
	title VARCHAR(200) NOT NULL,
	host VARCHAR(200),
	UNIQUE (edition_id, title)
);

CREATE TABLE dialogue_invitation (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	edition_id UUID NOT NULL REFERENCES dialogue_edition (id) ON DELETE CASCADE,
	name VARCHAR(200) NOT NULL,
	email VARCHAR(320) NOT NULL,
	organisation VARCHAR(200),
	status VARCHAR(20) NOT NULL,
	attended BOOLEAN NOT NULL DEFAULT FALSE,
	table_id UUID REFERENCES dialogue_table (id) ON DELETE SET NULL,
	invited_by VARCHAR(100) NOT NULL,
	invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
	reminded_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT dialogue_invitation_status CHECK (status IN ('INVITED', 'REGISTERED', 'DECLINED')),
	CONSTRAINT dialogue_invitation_attended_registered CHECK (NOT attended OR status = 'REGISTERED')
);

CREATE UNIQUE INDEX dialogue_invitation_once_per_address ON dialogue_invitation (edition_id, lower(email));

CREATE TABLE dialogue_attachment (
	id UUID PRIMARY KEY,
	edition_id UUID NOT NULL REFERENCES dialogue_edition (id) ON DELETE CASCADE,
	file_name VARCHAR(255) NOT NULL,
	content_type VARCHAR(100) NOT NULL,
	size_bytes INTEGER NOT NULL,
	content BYTEA NOT NULL,
	uploaded_by VARCHAR(100) NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dialogue_attachment_by_edition ON dialogue_attachment (edition_id);
