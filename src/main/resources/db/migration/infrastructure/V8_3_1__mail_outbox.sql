-- The local outbox of the embedded default: the mails Weitblick sends when no mail server is set.
CREATE TABLE mail_outbox (
	id UUID PRIMARY KEY,
	sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sender VARCHAR(500) NOT NULL,
	recipients VARCHAR(4000) NOT NULL,
	subject VARCHAR(1000) NOT NULL,
	body TEXT NOT NULL
);

CREATE INDEX mail_outbox_by_time ON mail_outbox (sent_at DESC);
