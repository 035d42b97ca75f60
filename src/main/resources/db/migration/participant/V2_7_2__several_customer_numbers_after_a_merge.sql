-- A person registered twice may have come with two Jobcenter customer numbers; after the two
-- records are merged, both numbers belong to the one that remains, so that a later referral
-- list with either number is recognised as already imported.
ALTER TABLE participant_referral DROP CONSTRAINT participant_referral_pkey;
ALTER TABLE participant_referral ADD PRIMARY KEY (customer_number);
ALTER TABLE participant_referral DROP CONSTRAINT participant_referral_customer_number_key;
CREATE INDEX participant_referral_by_participant ON participant_referral (participant_id);
