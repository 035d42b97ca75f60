CREATE TABLE placement (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	participant_id UUID NOT NULL,
	employer_id UUID NOT NULL,
	offer_id UUID NOT NULL,
	offer_kind VARCHAR(30) NOT NULL,
	field VARCHAR(30) NOT NULL,
	focus_groups VARCHAR(40)[] NOT NULL DEFAULT '{}',
	status VARCHAR(20) NOT NULL,
	period_starts_on DATE NOT NULL,
	period_ends_on DATE,
	proposed_on DATE NOT NULL,
	agreed_on DATE,
	started_on DATE,
	ended_on DATE,
	end_reason VARCHAR(30),
	follow_up_on DATE,
	still_employed BOOLEAN
);

CREATE INDEX placement_employer_ix ON placement (employer_id, started_on);
CREATE INDEX placement_offer_ix ON placement (offer_id) WHERE status <> 'ENDED';
CREATE INDEX placement_participant_ix ON placement (participant_id);
