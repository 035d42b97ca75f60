-- What the ESF Plus output indicators need of a person, as it was when the person started in a
-- project (Eintritt): recorded with the start, so a later change to the case file does not change
-- the figures already reported. One row per enrolment that started.
CREATE TABLE enrolment_entry_facts (
	enrolment_id UUID PRIMARY KEY REFERENCES enrolment (id) ON DELETE CASCADE,
	gender VARCHAR(20),
	age_at_entry INTEGER NOT NULL,
	labour_market VARCHAR(30) NOT NULL,
	education VARCHAR(20) NOT NULL,
	foreign_background BOOLEAN NOT NULL,
	single_parent BOOLEAN NOT NULL,
	district_code VARCHAR(10),
	CONSTRAINT enrolment_entry_facts_labour_market CHECK (labour_market IN ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED',
		'NOT_UNEMPLOYED')),
	CONSTRAINT enrolment_entry_facts_education CHECK (education IN ('ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'))
);

-- The enrolments that started before the facts were recorded: the person's record as it is now is
-- the best there is of it.
INSERT INTO enrolment_entry_facts (enrolment_id, gender, age_at_entry, labour_market, education, foreign_background,
	single_parent, district_code)
SELECT e.id, pa.gender, extract(year FROM age(e.started_on, pa.birth_date))::int,
       CASE WHEN pa.unemployed_since IS NULL OR pa.unemployed_since > e.started_on THEN 'NOT_UNEMPLOYED'
            WHEN pa.unemployed_since <= e.started_on - interval '12 months' THEN 'LONG_TERM_UNEMPLOYED'
            ELSE 'UNEMPLOYED' END,
       CASE (SELECT max(CASE WHEN q.level IN ('BACHELOR', 'MASTER', 'DOCTORATE', 'ADVANCED_VOCATIONAL') THEN 3
                             WHEN q.level IN ('UNIVERSITY_OF_APPLIED_SCIENCES_ENTRANCE', 'HIGHER_EDUCATION_ENTRANCE',
                                              'VOCATIONAL_TRAINING', 'OTHER_VOCATIONAL') THEN 2
                             ELSE 1 END)
             FROM participant_qualification q WHERE q.participant_id = pa.id)
            WHEN 3 THEN 'ISCED_5_8' WHEN 2 THEN 'ISCED_3_4' ELSE 'ISCED_0_2' END,
       coalesce(pa.born_with_german_citizenship = FALSE OR pa.parent_born_without_german_citizenship
                OR pa.both_parents_immigrated, FALSE),
       coalesce(pa.single_parent, FALSE), pa.district_code
FROM enrolment e JOIN participant pa ON pa.id = e.participant_id
WHERE e.started_on IS NOT NULL;
