-- Place periods become rows of their own with an occupancy counter. The counter is changed only
-- together with the enrolments that hold a place, in the same transaction, under a row lock on
-- the period; the check constraint makes an overbooking impossible whatever the application does.
ALTER TABLE place_period DROP CONSTRAINT place_period_pkey;
ALTER TABLE place_period
	ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid(),
	ADD COLUMN version INTEGER NOT NULL DEFAULT 0,
	ADD COLUMN occupied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE place_period
	ADD CONSTRAINT place_period_pkey PRIMARY KEY (id),
	ADD CONSTRAINT place_period_label_ux UNIQUE (project_id, label),
	ADD CONSTRAINT place_period_occupancy CHECK (occupied >= 0 AND occupied <= places);

-- Every change of a period's places, with its reason and the day it takes effect; never edited.
CREATE TABLE capacity_change (
	id UUID PRIMARY KEY,
	place_period_id UUID NOT NULL REFERENCES place_period (id) ON DELETE CASCADE,
	places_before INTEGER NOT NULL CHECK (places_before >= 0),
	places_after INTEGER NOT NULL CHECK (places_after >= 0),
	effective_on DATE NOT NULL,
	reason VARCHAR(500) NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT capacity_change_changes CHECK (places_before <> places_after)
);

CREATE INDEX capacity_change_by_period ON capacity_change (place_period_id, changed_at);
