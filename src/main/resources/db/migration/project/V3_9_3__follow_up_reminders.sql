-- When the project's lead was told that the follow-up can be made (FollowUpReminders). Set once,
-- in the transaction that writes the notification, so a second run or another instance never
-- tells again. Follow-ups already due when this column arrives are told on the first run.
ALTER TABLE enrolment_outcome ADD COLUMN follow_up_reminded_at TIMESTAMP WITH TIME ZONE;

-- The reminder job's search: open follow-ups nobody was told of yet.
CREATE INDEX enrolment_outcome_follow_up_unreminded ON enrolment_outcome (follow_up_due_on)
	WHERE follow_up_status IS NULL AND follow_up_reminded_at IS NULL;
