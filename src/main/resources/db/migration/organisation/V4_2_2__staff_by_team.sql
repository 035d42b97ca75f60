-- The caseload and the participant forms list the counsellors of the signed-in person's team
-- on every page; without an index that read every staff account of the Land (5,000 in the
-- benchmark: about 1.2 ms of each caseload page).
CREATE INDEX staff_account_by_team ON staff_account (organisational_unit_id, role);
