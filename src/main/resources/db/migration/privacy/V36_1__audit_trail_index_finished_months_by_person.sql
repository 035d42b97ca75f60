-- A finished month of the audit trail also gets indexes by person and time: one by the
-- record an entry names, one by the list of people it shows. The officer's search by
-- person then picks its page of entries from these indexes, without reading each entry
-- of the person from the table: a person shown on a caseload page every working day has
-- some hundreds of entries a year, each on a page of its own. As with the index by user
-- and time, the month that is written to never has them, so that a page view writes no
-- more to the trail than before. Returns how many partitions got an index.
CREATE OR REPLACE FUNCTION audit_trail_index_finished_months(before DATE) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	partition_name TEXT;
	indexed INTEGER := 0;
	created BOOLEAN;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('audit_trail_partitions'));
	FOR partition_name IN
		SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'audit_event'::regclass AND c.relname ~ '^audit_event_\d{4}_\d{2}$'
			AND to_date(substring(c.relname FROM 13 FOR 7), 'YYYY_MM') < date_trunc('month', before)::date
		ORDER BY c.relname
	LOOP
		created := FALSE;
		IF to_regclass(partition_name || '_by_user_time') IS NULL THEN
			EXECUTE format('CREATE INDEX %I ON %I (lower(actor) text_pattern_ops, occurred_at DESC) INCLUDE (id, actor)',
				partition_name || '_by_user_time', partition_name);
			created := TRUE;
		END IF;
		IF to_regclass(partition_name || '_by_record_time') IS NULL THEN
			EXECUTE format('CREATE INDEX %I ON %I (subject_id, occurred_at DESC) INCLUDE (id) '
				|| 'WHERE subject_id IS NOT NULL', partition_name || '_by_record_time', partition_name);
			created := TRUE;
		END IF;
		IF to_regclass(partition_name || '_by_list_time') IS NULL THEN
			EXECUTE format('CREATE INDEX %I ON %I (subject_list, occurred_at DESC) INCLUDE (id) '
				|| 'WHERE subject_list IS NOT NULL', partition_name || '_by_list_time', partition_name);
			created := TRUE;
		END IF;
		IF created THEN
			indexed := indexed + 1;
		END IF;
	END LOOP;
	RETURN indexed;
END;
$$;
