-- The audit trail of reads and changes of personal data (§ 67 ff. SGB X, § 22 Abs. 2 BDSG).
-- Append-only: the database itself refuses to change or delete an entry.
CREATE TABLE audit_event (
	id UUID PRIMARY KEY,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	actor VARCHAR(100) NOT NULL,
	actor_role VARCHAR(40),
	action VARCHAR(20) NOT NULL,
	subject_type VARCHAR(40) NOT NULL,
	subject_id UUID,
	purpose VARCHAR(40) NOT NULL,
	detail TEXT
);

CREATE INDEX audit_event_by_subject ON audit_event (subject_id, occurred_at DESC);
CREATE INDEX audit_event_by_actor ON audit_event (lower(actor), occurred_at DESC);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'The audit trail cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
	BEFORE UPDATE OR DELETE ON audit_event
	FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
	BEFORE TRUNCATE ON audit_event
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Consent per purpose, with the day it was given and the day it was withdrawn.
CREATE TABLE consent (
	id UUID PRIMARY KEY,
	subject_id UUID NOT NULL,
	purpose VARCHAR(40) NOT NULL,
	given_on DATE NOT NULL,
	withdrawn_on DATE,
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT consent_withdrawn_after_given CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);

CREATE INDEX consent_by_subject ON consent (subject_id, purpose);
