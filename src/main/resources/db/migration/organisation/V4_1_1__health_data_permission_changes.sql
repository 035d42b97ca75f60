-- Every grant and withdrawal of the health-data permission, with who changed it, when and
-- why: the record the data protection officer asks for when health data were read. Rows
-- are only ever added.
CREATE TABLE health_data_permission_change (
	id UUID PRIMARY KEY,
	staff_account_id UUID NOT NULL REFERENCES staff_account (id),
	granted BOOLEAN NOT NULL,
	reason VARCHAR(500) NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT health_data_permission_change_reason_given CHECK (length(btrim(reason)) > 0)
);

CREATE INDEX health_data_permission_change_by_account ON health_data_permission_change (staff_account_id, changed_at);
CREATE INDEX health_data_permission_change_by_time ON health_data_permission_change (changed_at);
