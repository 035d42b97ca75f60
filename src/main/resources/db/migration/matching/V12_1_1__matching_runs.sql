-- Matching runs (Zuordnungsläufe), kept with their inputs so a result can be reproduced
-- and audited: the people and places considered, every allowed pair with its score
-- parts, and the proposals with the decisions taken on them.

CREATE TABLE matching_run (
    id             uuid PRIMARY KEY,
    version        integer NOT NULL DEFAULT 0,
    scope_key      text NOT NULL,
    status         text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    phase          text NOT NULL,
    progress       integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    started_by     text NOT NULL,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    weights        text NOT NULL,
    participants   integer NOT NULL DEFAULT 0,
    places         integer NOT NULL DEFAULT 0,
    arcs           integer NOT NULL DEFAULT 0,
    method         text,
    objective      bigint,
    bound          bigint,
    solve_millis   bigint,
    failure        text
);

-- One run at a time over the same places: a second start is refused, not queued.
CREATE UNIQUE INDEX matching_run_one_at_a_time ON matching_run (scope_key) WHERE status = 'RUNNING';
CREATE INDEX matching_run_started ON matching_run (started_at DESC);

CREATE TABLE matching_candidate (
    run_id           uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
    ordinal          integer NOT NULL,
    participant_id   uuid NOT NULL,
    unassigned_cost  bigint NOT NULL,
    PRIMARY KEY (run_id, ordinal)
);

CREATE TABLE matching_place (
    run_id           uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
    ordinal          integer NOT NULL,
    project_id       uuid NOT NULL,
    place_period_id  uuid NOT NULL,
    project_name     text NOT NULL,
    period_label     text NOT NULL,
    capacity         integer NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (run_id, ordinal)
);

-- Every eligible pair with its cost and the score parts it was built from (in the order
-- of ScorePart), so each proposal can say why, and what a counsellor decided about the
-- pair in the scope's run before (LOCKED: kept; REJECTED: left out; OPEN: kept if it costs
-- little).
CREATE TABLE matching_arc (
    run_id     uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
    candidate  integer NOT NULL,
    place      integer NOT NULL,
    cost       bigint NOT NULL CHECK (cost >= 0),
    parts      smallint[] NOT NULL,
    earlier    text CHECK (earlier IN ('OPEN', 'LOCKED', 'REJECTED')),
    PRIMARY KEY (run_id, candidate, place)
);

CREATE TABLE matching_proposal (
    id            uuid PRIMARY KEY,
    version       integer NOT NULL DEFAULT 0,
    run_id        uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
    candidate     integer NOT NULL,
    place         integer,
    reason        text,
    decision      text NOT NULL CHECK (decision IN ('OPEN', 'ACCEPTED', 'REJECTED', 'LOCKED')),
    decided_by    text,
    decided_at    timestamptz,
    enrolment_id  uuid,
    UNIQUE (run_id, candidate)
);
