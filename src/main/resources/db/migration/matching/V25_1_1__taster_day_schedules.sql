-- Taster-day schedules ("Handwerk live"), kept with their inputs like matching runs, so a
-- schedule can be reproduced and audited: the rules it was made under, the pupils with
-- their home district and the trades their occupation interests name, the slots with
-- business, trade, day, seats and district, and which pupil was given which slot.
CREATE TABLE matching_taster_schedule (
    id                      uuid PRIMARY KEY,
    scope_key               text NOT NULL,
    status                  text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_by              text NOT NULL,
    started_at              timestamptz NOT NULL,
    finished_at             timestamptz,
    slots_per_pupil         integer NOT NULL CHECK (slots_per_pupil > 0),
    maximum_travel_minutes  integer NOT NULL CHECK (maximum_travel_minutes > 0),
    same_district_minutes   integer NOT NULL CHECK (same_district_minutes >= 0),
    other_district_minutes  integer NOT NULL CHECK (other_district_minutes >= 0),
    wanted_points           integer NOT NULL CHECK (wanted_points > 0),
    open_points             integer NOT NULL CHECK (open_points > 0),
    time_limit_seconds      integer NOT NULL CHECK (time_limit_seconds > 0),
    pupils                  integer NOT NULL DEFAULT 0,
    slots                   integer NOT NULL DEFAULT 0,
    optimal                 boolean,
    interest                bigint,
    bound                   bigint,
    gap_permille            integer,
    solve_millis            bigint,
    failure                 text
);

-- One schedule at a time per team: a second start is refused, not queued.
CREATE UNIQUE INDEX matching_taster_one_at_a_time ON matching_taster_schedule (scope_key) WHERE status = 'RUNNING';
CREATE INDEX matching_taster_started ON matching_taster_schedule (scope_key, started_at DESC);

CREATE TABLE matching_taster_pupil (
    schedule_id     uuid NOT NULL REFERENCES matching_taster_schedule (id) ON DELETE CASCADE,
    ordinal         integer NOT NULL,
    participant_id  uuid NOT NULL,
    district        text NOT NULL,
    wanted_trades   text[] NOT NULL,
    PRIMARY KEY (schedule_id, ordinal)
);

CREATE TABLE matching_taster_slot (
    schedule_id    uuid NOT NULL REFERENCES matching_taster_schedule (id) ON DELETE CASCADE,
    ordinal        integer NOT NULL,
    offer_id       uuid NOT NULL,
    employer_name  text NOT NULL,
    trade          text,
    trade_key      text NOT NULL,
    day            date NOT NULL,
    seats          integer NOT NULL CHECK (seats >= 0),
    district       text NOT NULL,
    PRIMARY KEY (schedule_id, ordinal)
);

CREATE TABLE matching_taster_seat (
    schedule_id  uuid NOT NULL,
    pupil        integer NOT NULL,
    slot         integer NOT NULL,
    PRIMARY KEY (schedule_id, pupil, slot),
    FOREIGN KEY (schedule_id, pupil) REFERENCES matching_taster_pupil (schedule_id, ordinal) ON DELETE CASCADE,
    FOREIGN KEY (schedule_id, slot) REFERENCES matching_taster_slot (schedule_id, ordinal) ON DELETE CASCADE
);
