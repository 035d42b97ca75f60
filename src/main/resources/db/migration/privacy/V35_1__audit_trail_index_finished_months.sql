-- A finished month of the audit trail gets an index by user and time, so that the officer's
-- search by user picks its page of entries from the index instead of reading every entry of
-- the user. The month that is written to never has it: its entries would land all over such
-- an index (every user writes every day) and make each page view write more to the trail
-- than its volume allows. A finished month is never written to again, so its index is built
-- sorted in one pass, with full pages. Runs with the rights of the schema's owner, as the
-- other maintenance steps do; returns how many partitions got the index.
CREATE FUNCTION audit_trail_index_finished_months(before DATE) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	partition_name TEXT;
	indexed INTEGER := 0;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('audit_trail_partitions'));
	FOR partition_name IN
		SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'audit_event'::regclass AND c.relname ~ '^audit_event_\d{4}_\d{2}$'
			AND to_date(substring(c.relname FROM 13 FOR 7), 'YYYY_MM') < date_trunc('month', before)::date
			AND to_regclass(c.relname || '_by_user_time') IS NULL
		ORDER BY c.relname
	LOOP
		EXECUTE format('CREATE INDEX %I ON %I (lower(actor) text_pattern_ops, occurred_at DESC) INCLUDE (id, actor)',
			partition_name || '_by_user_time', partition_name);
		indexed := indexed + 1;
	END LOOP;
	RETURN indexed;
END;
$$;
