-- An initial password set by an administrator must be replaced by its owner at the next
-- sign-in, before anything else: only the owner should know the password of an account.
ALTER TABLE staff_account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- Every creation and change of an account, with who made it, when and why. Rows are only
-- ever added. A change the owner makes (the own password) or the single sign-on makes (the
-- account of a first sign-in) has no reason.
CREATE TABLE staff_account_change (
	id UUID PRIMARY KEY,
	staff_account_id UUID NOT NULL REFERENCES staff_account (id),
	kind VARCHAR(40) NOT NULL,
	changed_fields TEXT[] NOT NULL DEFAULT '{}',
	reason VARCHAR(500),
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT staff_account_change_reason_not_blank CHECK (reason IS NULL OR length(btrim(reason)) > 0)
);

CREATE INDEX staff_account_change_by_account ON staff_account_change (staff_account_id, changed_at);
