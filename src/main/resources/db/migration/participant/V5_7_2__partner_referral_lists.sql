-- A Jobcenter uploads referral lists with its own partner account: the import records the partner
-- organisation, whose accounts see the import's report (never the case files), and the counsellor
-- who takes the people a row does not assign; the team is that counsellor's (unit_id).
ALTER TABLE referral_import ADD COLUMN partner_organisation_id UUID;
ALTER TABLE referral_import ADD COLUMN counsellor_id UUID;
CREATE INDEX referral_import_by_partner ON referral_import (partner_organisation_id, uploaded_at DESC)
	WHERE partner_organisation_id IS NOT NULL;
