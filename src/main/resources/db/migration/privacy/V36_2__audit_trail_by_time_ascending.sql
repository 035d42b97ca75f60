-- The index by time in the order entries are written. Kept newest first, every new entry
-- went to the index's first page, and each split of that page left two half-full pages
-- behind: about 50 bytes an entry instead of about 22. In ascending order a new entry goes
-- to the last page, which splits leaving the full page behind; the search, newest first,
-- reads the index backwards just as fast.
DROP INDEX audit_event_by_time;
CREATE INDEX audit_event_by_time ON audit_event (occurred_at);
