-- The officer's search by user reads a user's entries in time order from the index alone:
-- the user name as searched (lower case) with the time, the entry's identifier and the user
-- name as written (PostgreSQL answers from an index on an expression without the table only
-- when the expression's column is in the index too), so a page's entries are found without
-- visiting the table, and only they are read in full. Created on the partitioned trail, so
-- every month's partition has it and every partition created later gets it.
CREATE INDEX audit_event_by_actor_and_time ON audit_event (lower(actor) text_pattern_ops, occurred_at DESC)
	INCLUDE (id, actor);

DROP INDEX audit_event_by_actor;
