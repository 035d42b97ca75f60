-- The name search runs within one team. Its index keys combine the team and a trigram of the
-- name (pg_trgm's trigrams, as show_trgm writes them), so a search reads only the postings of
-- the team's own names instead of the trigram postings of the whole register. A search takes
-- the team's people who share enough of the typed name's trigrams with their name (at least
-- 0.4 of them: no fewer can reach a word similarity of 0.4, and a name starting with what was
-- typed lacks at most one) and tests only those with the search's own rule.
--
-- The table is written by the triggers below, whatever changes a participant (registration,
-- referral import, correction, team change, merge, erasure); the application never writes it.
CREATE TABLE participant_name_trigram (
	unit_id UUID NOT NULL,
	trigram TEXT NOT NULL,
	participant_id UUID NOT NULL,
	PRIMARY KEY (unit_id, trigram, participant_id)
);

-- Removing a person's postings (a change of name or team, an erasure) finds them by person.
CREATE INDEX participant_name_trigram_by_participant ON participant_name_trigram (participant_id);

CREATE FUNCTION participant_name_trigrams_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO participant_name_trigram (unit_id, trigram, participant_id)
	SELECT n.responsible_unit_id, t.trigram, n.id
	FROM added n, unnest(show_trgm(n.search_name)) AS t(trigram)
	ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;

CREATE FUNCTION participant_name_trigrams_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM participant_name_trigram WHERE participant_id = OLD.id;
	IF TG_OP = 'UPDATE' THEN
		INSERT INTO participant_name_trigram (unit_id, trigram, participant_id)
		SELECT NEW.responsible_unit_id, t.trigram, NEW.id FROM unnest(show_trgm(NEW.search_name)) AS t(trigram)
		ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END $$;

-- Once per statement: a referral import adds its people by the thousand in one statement.
CREATE TRIGGER participant_name_trigrams_on_insert
	AFTER INSERT ON participant REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION participant_name_trigrams_added();

-- Only when the name or the team changes, which most updates of a case do not.
CREATE TRIGGER participant_name_trigrams_on_update
	AFTER UPDATE OF search_name, responsible_unit_id ON participant
	FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name
	                   OR OLD.responsible_unit_id IS DISTINCT FROM NEW.responsible_unit_id)
	EXECUTE FUNCTION participant_name_trigrams_changed();

CREATE TRIGGER participant_name_trigrams_on_delete
	AFTER DELETE ON participant
	FOR EACH ROW EXECUTE FUNCTION participant_name_trigrams_changed();

INSERT INTO participant_name_trigram (unit_id, trigram, participant_id)
SELECT p.responsible_unit_id, t.trigram, p.id FROM participant p, unnest(show_trgm(p.search_name)) AS t(trigram)
ON CONFLICT DO NOTHING;

-- Every name search now runs within a team through the postings above, or over a viewer's
-- few granted cases by identifier: the trigram index over the whole register is no longer read.
DROP INDEX participant_by_unit_search_name_trgm;
