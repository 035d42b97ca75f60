-- API tokens of machine clients, such as the Jobcenter's interface: an administrator issues
-- one per account with a name, an expiry date and a reason; the secret is shown once and kept
-- only as its SHA-256 hash. Who issued or revoked a token, when and why stays on the row; rows
-- are never deleted while their account exists.
CREATE TABLE api_token (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	staff_account_id UUID NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
	name VARCHAR(100) NOT NULL,
	secret_hash BYTEA NOT NULL,
	issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
	issued_by VARCHAR(100) NOT NULL,
	issue_reason VARCHAR(500) NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_used_at TIMESTAMP WITH TIME ZONE,
	revoked_at TIMESTAMP WITH TIME ZONE,
	revoked_by VARCHAR(100),
	revoke_reason VARCHAR(500),
	CONSTRAINT api_token_name_given CHECK (length(btrim(name)) > 0),
	CONSTRAINT api_token_reason_given CHECK (length(btrim(issue_reason)) > 0),
	CONSTRAINT api_token_revocation_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)
		AND (revoked_at IS NULL) = (revoke_reason IS NULL)),
	CONSTRAINT api_token_expires_after_issue CHECK (expires_at > issued_at)
);

-- Every API call looks its token up by the hash of the secret.
CREATE UNIQUE INDEX api_token_secret_ux ON api_token (secret_hash);
CREATE INDEX api_token_by_account ON api_token (staff_account_id, issued_at);
