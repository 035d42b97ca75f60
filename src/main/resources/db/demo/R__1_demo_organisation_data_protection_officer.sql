-- The demo account of the data protection officer (Datenschutzbeauftragte): sees the audit
-- trail, never a case file. Same demo password as every demo account.
INSERT INTO staff_account (id, version, username, display_name, password_hash, role, organisational_unit_id, partner_organisation_id, demo) VALUES
	('019a0000-0000-7000-8000-000000003050', 0, 'datenschutz', 'Datenschutzbeauftragte', '{bcrypt}$2a$12$RVwujtBcKlbwJ/MYJkUpBuI7n5qHfs3G7m4nDhWjvQBEmPtTOJEC.', 'DATA_PROTECTION_OFFICER', '019a0000-0000-7000-8000-000000001050', NULL, TRUE)
ON CONFLICT (id) DO NOTHING;
