-- Health restrictions relevant for work and support (never diagnoses): stored only while the
-- person consents to the purpose HEALTH_DATA, read and written only by staff with the permission
-- may_see_health_data. Kept apart from the case file, so that reading the case file never reads
-- them; every read is audited on its own.
CREATE TABLE participant_health (
	participant_id UUID PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
	version INTEGER NOT NULL,
	restrictions VARCHAR(40)[] NOT NULL,
	maximum_hours_per_day INTEGER CHECK (maximum_hours_per_day BETWEEN 1 AND 12),
	note VARCHAR(1000),
	recorded_by VARCHAR(100) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
