-- The audit trail partitioned by month (UTC), so that its retention drops whole months
-- instead of deleting rows, and so that nothing but that maintenance step removes an entry.
--
-- A list's reads name the people shown through a list of them (audit_subject_list) that is
-- stored once per month and shared by every entry that showed the same people, instead of
-- repeating the people in every entry. Entries written before this version keep their own
-- subject_ids.

ALTER TABLE audit_event RENAME TO audit_event_unpartitioned;
ALTER TABLE audit_event_unpartitioned DROP CONSTRAINT audit_event_pkey;
DROP INDEX audit_event_by_subject;
DROP INDEX audit_event_by_actor;
DROP INDEX audit_event_by_time;
DROP INDEX audit_event_by_subjects;

CREATE TABLE audit_event (
	id UUID NOT NULL,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	actor VARCHAR(100) NOT NULL,
	actor_role VARCHAR(40),
	action VARCHAR(20) NOT NULL,
	subject_type VARCHAR(40) NOT NULL,
	subject_id UUID,
	purpose VARCHAR(40) NOT NULL,
	detail TEXT,
	detail_key VARCHAR(100),
	detail_args JSONB,
	subject_ids UUID[],
	subject_list UUID
) PARTITION BY RANGE (occurred_at);

-- Few, compact indexes: a repeated key (a user, a person, a list) is stored once per index
-- page with the rows it points to (B-tree deduplication).
CREATE INDEX audit_event_by_time ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_by_actor ON audit_event (lower(actor) text_pattern_ops);
CREATE INDEX audit_event_by_subject ON audit_event (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX audit_event_by_list ON audit_event (subject_list) WHERE subject_list IS NOT NULL;
CREATE INDEX audit_event_by_subjects ON audit_event USING gin (subject_ids) WHERE subject_ids IS NOT NULL;

CREATE TABLE audit_subject_list (
	month DATE NOT NULL,
	id UUID NOT NULL,
	subject_ids UUID[] NOT NULL,
	PRIMARY KEY (month, id)
) PARTITION BY RANGE (month);

CREATE INDEX audit_subject_list_by_subject ON audit_subject_list USING gin (subject_ids);

CREATE TRIGGER audit_event_append_only
	BEFORE UPDATE OR DELETE ON audit_event
	FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
	BEFORE TRUNCATE ON audit_event
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_append_only
	BEFORE UPDATE OR DELETE ON audit_subject_list
	FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
	BEFORE TRUNCATE ON audit_subject_list
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Whatever no month's partition takes: a write never fails for want of a partition.
CREATE TABLE audit_event_default PARTITION OF audit_event DEFAULT;
CREATE TABLE audit_subject_list_default PARTITION OF audit_subject_list DEFAULT;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event_default
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_subject_list_default
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Holds for an open control procedure: the entries of a person or of a user are kept beyond
-- the retention period until the hold ends or is lifted.
CREATE TABLE audit_hold (
	id UUID PRIMARY KEY,
	version BIGINT NOT NULL DEFAULT 0,
	subject_id UUID,
	actor VARCHAR(100),
	reason VARCHAR(500) NOT NULL,
	ends_on DATE NOT NULL,
	placed_by VARCHAR(100) NOT NULL,
	placed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	lifted_by VARCHAR(100),
	lifted_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT audit_hold_names_one CHECK ((subject_id IS NULL) <> (actor IS NULL))
);

CREATE INDEX audit_hold_open ON audit_hold (ends_on) WHERE lifted_at IS NULL;

-- Every run of the trail's retention: the months before the cut-off, the partitions dropped,
-- the entries removed and those kept under a hold.
CREATE TABLE audit_retention_run (
	id UUID PRIMARY KEY,
	ran_at TIMESTAMP WITH TIME ZONE NOT NULL,
	cut_off DATE NOT NULL,
	partitions TEXT[] NOT NULL,
	removed BIGINT NOT NULL CHECK (removed >= 0),
	kept BIGINT NOT NULL CHECK (kept >= 0)
);

CREATE INDEX audit_retention_run_by_time ON audit_retention_run (ran_at DESC);

-- Creates the partitions of the months from "first" on, "months" of them, for entries and
-- lists alike; entries of such a month that went to the default partition move into it.
-- Runs with the rights of the schema's owner.
CREATE FUNCTION audit_trail_add_months(first DATE, months INTEGER) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	month DATE;
	upper_month DATE;
	suffix TEXT;
	created INTEGER := 0;
	tables TEXT[] := ARRAY['audit_event', 'audit_subject_list'];
	columns TEXT[] := ARRAY['occurred_at', 'month'];
	i INTEGER;
	name TEXT;
	in_month TEXT;
	moved BIGINT;
BEGIN
	-- One maintenance step at a time, whichever instance runs it.
	PERFORM pg_advisory_xact_lock(hashtext('audit_trail_partitions'));
	FOR n IN 0 .. months - 1 LOOP
		month := (date_trunc('month', first) + make_interval(months => n))::date;
		upper_month := (month + INTERVAL '1 month')::date;
		suffix := to_char(month, 'YYYY_MM');
		FOR i IN 1 .. 2 LOOP
			name := tables[i] || '_' || suffix;
			CONTINUE WHEN to_regclass(name) IS NOT NULL;
			IF i = 1 THEN
				in_month := format('occurred_at >= %L::timestamptz AND occurred_at < %L::timestamptz',
					month::text || ' 00:00:00+00', upper_month::text || ' 00:00:00+00');
			ELSE
				in_month := format('month >= %L::date AND month < %L::date', month, upper_month);
			END IF;
			EXECUTE format('CREATE TABLE %I (LIKE %I)', name, tables[i]);
			EXECUTE format('INSERT INTO %I SELECT * FROM %I WHERE %s', name, tables[i] || '_default', in_month);
			GET DIAGNOSTICS moved = ROW_COUNT;
			IF moved > 0 THEN
				EXECUTE format('ALTER TABLE %I DISABLE TRIGGER audit_event_append_only', tables[i] || '_default');
				EXECUTE format('DELETE FROM %I WHERE %s', tables[i] || '_default', in_month);
				EXECUTE format('ALTER TABLE %I ENABLE TRIGGER audit_event_append_only', tables[i] || '_default');
			END IF;
			IF i = 1 THEN
				EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', tables[i], name,
					month::text || ' 00:00:00+00', upper_month::text || ' 00:00:00+00');
			ELSE
				EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', tables[i], name,
					month, upper_month);
			END IF;
			EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I '
				|| 'FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()', name);
			created := created + 1;
		END LOOP;
	END LOOP;
	RETURN created;
END;
$$;

-- Removes the entries written before the month of "cut_off": drops the partitions of those
-- months (and deletes such entries from the default partition). Entries under a hold that
-- is open on "as_of" are copied first and stay, with the lists they name, in a new partition
-- of their month. Records the run and returns it. Runs with the rights of the schema's
-- owner: the application itself can neither change nor delete an entry.
CREATE FUNCTION audit_trail_remove_before(cut_off DATE, as_of DATE, ran_at TIMESTAMPTZ)
RETURNS audit_retention_run
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	boundary DATE := date_trunc('month', cut_off)::date;
	part RECORD;
	month DATE;
	in_hold TEXT;
	held TEXT;
	part_total BIGINT;
	part_kept BIGINT;
	dropped TEXT[] := '{}';
	total_removed BIGINT := 0;
	total_kept BIGINT := 0;
	run audit_retention_run;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('audit_trail_partitions'));
	-- An entry is held when an open hold names its user, its record, or a person in its list.
	in_hold := 'EXISTS (SELECT 1 FROM audit_hold h WHERE h.lifted_at IS NULL AND h.ends_on >= %1$L '
		|| 'AND ((h.actor IS NOT NULL AND lower(e.actor) = lower(h.actor)) OR (h.subject_id IS NOT NULL '
		|| 'AND (e.subject_id = h.subject_id OR e.subject_ids @> ARRAY[h.subject_id] OR e.subject_list IN '
		|| '(SELECT l.id FROM %2$I l WHERE l.subject_ids @> ARRAY[h.subject_id])))))';
	FOR part IN
		SELECT c.relname::text AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'audit_event'::regclass AND c.relname ~ '^audit_event_[0-9]{4}_[0-9]{2}$'
		ORDER BY c.relname
	LOOP
		month := to_date(substring(part.name FROM 13), 'YYYY_MM');
		CONTINUE WHEN month >= boundary;
		EXECUTE format('SELECT count(*) FROM %I', part.name) INTO part_total;
		EXECUTE format('CREATE TABLE %I (LIKE audit_event)', part.name || '_kept');
		held := format(in_hold, as_of, 'audit_subject_list_' || to_char(month, 'YYYY_MM'));
		IF to_regclass('audit_subject_list_' || to_char(month, 'YYYY_MM')) IS NULL THEN
			held := format(in_hold, as_of, 'audit_subject_list_default');
		END IF;
		EXECUTE format('INSERT INTO %I SELECT e.* FROM %I e WHERE ', part.name || '_kept', part.name) || held;
		GET DIAGNOSTICS part_kept = ROW_COUNT;
		EXECUTE format('CREATE TABLE %I (LIKE audit_subject_list)', 'audit_subject_list_' || to_char(month, 'YYYY_MM')
			|| '_kept');
		IF to_regclass('audit_subject_list_' || to_char(month, 'YYYY_MM')) IS NOT NULL THEN
			EXECUTE format('INSERT INTO %I SELECT l.* FROM %I l WHERE l.id IN (SELECT subject_list FROM %I)',
				'audit_subject_list_' || to_char(month, 'YYYY_MM') || '_kept',
				'audit_subject_list_' || to_char(month, 'YYYY_MM'), part.name || '_kept');
			EXECUTE format('ALTER TABLE audit_subject_list DETACH PARTITION %I',
				'audit_subject_list_' || to_char(month, 'YYYY_MM'));
			EXECUTE format('DROP TABLE %I', 'audit_subject_list_' || to_char(month, 'YYYY_MM'));
		END IF;
		EXECUTE format('ALTER TABLE audit_event DETACH PARTITION %I', part.name);
		EXECUTE format('DROP TABLE %I', part.name);
		dropped := dropped || part.name;
		total_removed := total_removed + part_total - part_kept;
		total_kept := total_kept + part_kept;
		IF part_kept > 0 THEN
			EXECUTE format('ALTER TABLE %I RENAME TO %I', part.name || '_kept', part.name);
			EXECUTE format('ALTER TABLE %I RENAME TO %I', 'audit_subject_list_' || to_char(month, 'YYYY_MM') || '_kept',
				'audit_subject_list_' || to_char(month, 'YYYY_MM'));
			EXECUTE format('ALTER TABLE audit_event ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part.name,
				month::text || ' 00:00:00+00', (month + INTERVAL '1 month')::date::text || ' 00:00:00+00');
			EXECUTE format('ALTER TABLE audit_subject_list ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
				'audit_subject_list_' || to_char(month, 'YYYY_MM'), month, (month + INTERVAL '1 month')::date);
			EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I '
				|| 'FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()', part.name);
			EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I '
				|| 'FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()',
				'audit_subject_list_' || to_char(month, 'YYYY_MM'));
		ELSE
			EXECUTE format('DROP TABLE %I', part.name || '_kept');
			EXECUTE format('DROP TABLE %I', 'audit_subject_list_' || to_char(month, 'YYYY_MM') || '_kept');
		END IF;
	END LOOP;
	-- Entries that went to the default partition because their month had none.
	ALTER TABLE audit_event_default DISABLE TRIGGER audit_event_append_only;
	EXECUTE format('DELETE FROM audit_event_default e WHERE e.occurred_at < %L::timestamptz AND NOT '
		|| format(in_hold, as_of, 'audit_subject_list_default'), boundary::text || ' 00:00:00+00');
	GET DIAGNOSTICS part_total = ROW_COUNT;
	ALTER TABLE audit_event_default ENABLE TRIGGER audit_event_append_only;
	total_removed := total_removed + part_total;
	ALTER TABLE audit_subject_list_default DISABLE TRIGGER audit_event_append_only;
	DELETE FROM audit_subject_list_default l WHERE l.month < boundary
		AND NOT EXISTS (SELECT 1 FROM audit_event_default e WHERE e.subject_list = l.id);
	ALTER TABLE audit_subject_list_default ENABLE TRIGGER audit_event_append_only;
	INSERT INTO audit_retention_run (id, ran_at, cut_off, partitions, removed, kept)
	VALUES (gen_random_uuid(), ran_at, boundary, dropped, total_removed, total_kept)
	RETURNING * INTO run;
	RETURN run;
END;
$$;

-- The months of the entries kept so far, and the coming three.
DO $$
DECLARE
	first_month DATE := (date_trunc('month', LEAST(COALESCE((SELECT min(occurred_at) FROM audit_event_unpartitioned),
		now()), now()) AT TIME ZONE 'UTC'))::date;
	this_month DATE := (date_trunc('month', now() AT TIME ZONE 'UTC'))::date;
BEGIN
	PERFORM audit_trail_add_months(first_month, ((EXTRACT(YEAR FROM this_month) * 12 + EXTRACT(MONTH FROM this_month))
		- (EXTRACT(YEAR FROM first_month) * 12 + EXTRACT(MONTH FROM first_month)))::integer + 4);
END;
$$;

INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, detail,
	detail_key, detail_args, subject_ids)
SELECT id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, detail, detail_key, detail_args,
	subject_ids
FROM audit_event_unpartitioned;

DROP TABLE audit_event_unpartitioned;
