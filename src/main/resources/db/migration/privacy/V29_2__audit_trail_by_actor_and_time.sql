-- The officer's search by user reads a user's entries in time order from the index alone:
-- the user name (as searched, lower case) with the time and the entry's identifier, so the
-- newest entries of a page are found without visiting the table, and only the page's entries
-- are read in full. Created on the partitioned trail, so every month's partition has it and
-- every partition created later gets it.
CREATE INDEX audit_event_by_actor_and_time ON audit_event (lower(actor) text_pattern_ops, occurred_at DESC)
	INCLUDE (id);

DROP INDEX audit_event_by_actor;
