-- A note written for the person (SHARED_WITH_PARTICIPANT) did not fit the column.
ALTER TABLE case_note ALTER COLUMN visibility TYPE VARCHAR(30);
