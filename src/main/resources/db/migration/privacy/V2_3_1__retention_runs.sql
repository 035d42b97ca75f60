-- Every run of the retention job, so that what was erased, and when, can be shown.
CREATE TABLE retention_run (
	id UUID PRIMARY KEY,
	ran_at TIMESTAMP WITH TIME ZONE NOT NULL,
	subject_type VARCHAR(40) NOT NULL,
	erased INTEGER NOT NULL CHECK (erased >= 0),
	cut_off DATE NOT NULL
);

CREATE INDEX retention_run_by_time ON retention_run (ran_at DESC);
