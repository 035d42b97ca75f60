-- Staff may be told by e-mail as well as in the application.
ALTER TABLE staff_account ADD COLUMN email VARCHAR(254);

-- A staff member's inbox. The text is a message key with arguments, so it reads in the language of
-- whoever opens it; it names records by link, never by personal data.
CREATE TABLE staff_notification (
	id UUID PRIMARY KEY,
	recipient_id UUID NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
	message_key VARCHAR(200) NOT NULL,
	arguments TEXT[] NOT NULL DEFAULT '{}',
	link VARCHAR(400),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	read_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX staff_notification_inbox ON staff_notification (recipient_id, created_at DESC);
CREATE INDEX staff_notification_unread ON staff_notification (recipient_id) WHERE read_at IS NULL;
