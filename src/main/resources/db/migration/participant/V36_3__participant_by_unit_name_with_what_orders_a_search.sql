-- The team's names with each person's identifier and what a search orders by, so that a
-- name search reads its candidates' names from the index alone and a caseload page picks
-- its people without the table, instead of reading a table page for each person.
CREATE INDEX participant_by_unit_name_covering ON participant (responsible_unit_id, search_name)
	INCLUDE (id, birth_date, registered_on);
DROP INDEX participant_by_unit_name;
ALTER INDEX participant_by_unit_name_covering RENAME TO participant_by_unit_name;
