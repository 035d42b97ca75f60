-- A document the person uploaded in the own area (Mein Bereich) is marked, so the team
-- sees on the case file who brought it.
ALTER TABLE participant_document ADD COLUMN uploaded_by_participant BOOLEAN NOT NULL DEFAULT FALSE;
