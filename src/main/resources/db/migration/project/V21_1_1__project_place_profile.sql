-- Where a project's places are, which occupational field they train for and when they
-- run on working days: what matching weighs against a person's district, occupation
-- interests and the hours they can work alongside childcare. Part of the project and
-- changed with its description (under the project's version).
CREATE TABLE project_place_profile (
	project_id UUID PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
	district_code VARCHAR(10),
	occupation_code VARCHAR(3) CHECK (occupation_code ~ '^[0-9]{1,3}$'),
	hours_from TIME,
	hours_until TIME,
	CONSTRAINT project_place_profile_hours CHECK ((hours_from IS NULL AND hours_until IS NULL)
		OR (hours_from IS NOT NULL AND hours_until IS NOT NULL AND hours_from < hours_until))
);
