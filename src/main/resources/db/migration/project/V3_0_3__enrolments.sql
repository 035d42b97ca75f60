-- A person's way through a project: referral, waiting list, offer, participation and exit.
-- Attendance and outcomes will refer to an enrolment by its identifier.
CREATE TABLE enrolment (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	project_id UUID NOT NULL REFERENCES project (id),
	place_period_id UUID NOT NULL REFERENCES place_period (id),
	participant_id UUID NOT NULL,
	status VARCHAR(20) NOT NULL,
	referred_on DATE NOT NULL,
	referred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	referred_by VARCHAR(100) NOT NULL,
	referred_by_role VARCHAR(40) NOT NULL,
	referring_partner_id UUID,
	responsible_unit_id UUID,
	counsellor_id UUID,
	-- the focus groups the person belonged to when referred, with the rules that decided
	focus_groups VARCHAR(400) NOT NULL DEFAULT '',
	focus_group_rules VARCHAR(800) NOT NULL DEFAULT '',
	referral_note VARCHAR(1000),
	offered_on DATE,
	started_on DATE,
	ended_on DATE,
	exit_note VARCHAR(1000),
	transferred_to_project_id UUID REFERENCES project (id),
	updated_by VARCHAR(100) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT enrolment_status CHECK (status IN ('WAITING', 'OFFERED', 'ENROLLED', 'COMPLETED', 'DROPPED_OUT',
		'TRANSFERRED', 'DECLINED', 'WITHDRAWN')),
	CONSTRAINT enrolment_dates_in_order CHECK ((offered_on IS NULL OR offered_on >= referred_on)
		AND (started_on IS NULL OR started_on >= COALESCE(offered_on, referred_on))
		AND (ended_on IS NULL OR ended_on >= COALESCE(started_on, offered_on, referred_on)))
);

-- One active enrolment per person and project, guaranteed by the database also under concurrency.
CREATE UNIQUE INDEX enrolment_one_active_per_person ON enrolment (project_id, participant_id)
	WHERE status IN ('WAITING', 'OFFERED', 'ENROLLED');
CREATE INDEX enrolment_by_project ON enrolment (project_id, status);
CREATE INDEX enrolment_by_period ON enrolment (place_period_id, status);
CREATE INDEX enrolment_by_participant ON enrolment (participant_id);
CREATE INDEX enrolment_by_partner ON enrolment (referring_partner_id) WHERE referring_partner_id IS NOT NULL;
CREATE INDEX enrolment_by_unit ON enrolment (responsible_unit_id, status);
