-- The referral import's likely-duplicate check looks, for each row, for people born on the
-- row's day whose name is similar (similarity() of one half or more). Reading everybody born
-- on the day grows with the register: about 6 people a day at 100,000, 235 at 4,000,000. A
-- similar name shares at least half of the row's trigrams (similarity is the shared trigrams
-- over all trigrams of both names), so the check reads the postings of the day and the row's
-- trigrams instead, and only the people with enough of them in common.
--
-- The name postings carry the birth date for that, kept by the same triggers. The table is
-- built anew rather than updated row by row: every posting gains the column.
DROP TABLE participant_name_trigram;

CREATE TABLE participant_name_trigram (
	unit_id UUID NOT NULL,
	trigram TEXT NOT NULL,
	participant_id UUID NOT NULL,
	birth_date DATE NOT NULL
);

INSERT INTO participant_name_trigram (unit_id, trigram, participant_id, birth_date)
SELECT p.responsible_unit_id, t.trigram, p.id, p.birth_date
FROM participant p, unnest(show_trgm(p.search_name)) AS t(trigram);

ALTER TABLE participant_name_trigram ADD PRIMARY KEY (unit_id, trigram, participant_id);

CREATE INDEX participant_name_trigram_by_participant ON participant_name_trigram (participant_id);

-- The likely-duplicate check: a day's postings of one trigram, across all teams.
CREATE INDEX participant_name_trigram_by_birth_date ON participant_name_trigram (birth_date, trigram)
	INCLUDE (participant_id);

CREATE OR REPLACE FUNCTION participant_name_trigrams_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO participant_name_trigram (unit_id, trigram, participant_id, birth_date)
	SELECT n.responsible_unit_id, t.trigram, n.id, n.birth_date
	FROM added n, unnest(show_trgm(n.search_name)) AS t(trigram)
	ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION participant_name_trigrams_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM participant_name_trigram WHERE participant_id = OLD.id;
	IF TG_OP = 'UPDATE' THEN
		INSERT INTO participant_name_trigram (unit_id, trigram, participant_id, birth_date)
		SELECT NEW.responsible_unit_id, t.trigram, NEW.id, NEW.birth_date
		FROM unnest(show_trgm(NEW.search_name)) AS t(trigram)
		ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END $$;

-- A corrected birth date moves the postings too.
DROP TRIGGER participant_name_trigrams_on_update ON participant;

CREATE TRIGGER participant_name_trigrams_on_update
	AFTER UPDATE OF search_name, responsible_unit_id, birth_date ON participant
	FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name
	                   OR OLD.responsible_unit_id IS DISTINCT FROM NEW.responsible_unit_id
	                   OR OLD.birth_date IS DISTINCT FROM NEW.birth_date)
	EXECUTE FUNCTION participant_name_trigrams_changed();

ANALYZE participant_name_trigram;
