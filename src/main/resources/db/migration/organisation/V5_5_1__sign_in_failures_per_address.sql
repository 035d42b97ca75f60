-- Failed sign-ins are counted per account and client address: wrong passwords from one
-- address lock that address out, while the account still signs in from others. The
-- account's own locked_until holds the end of the latest lock of any address (shown on the
-- accounts page); clearing it lifts the locks of all addresses.
CREATE TABLE sign_in_failure (
	staff_account_id UUID NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
	client_address VARCHAR(64) NOT NULL,
	failures INTEGER NOT NULL,
	locked_until TIMESTAMP WITH TIME ZONE,
	last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (staff_account_id, client_address)
);
