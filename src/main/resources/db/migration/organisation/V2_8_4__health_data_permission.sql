-- Health restrictions are a special category of personal data (Art. 9 GDPR): only staff who
-- were given this permission of their own read or record them, on top of the case access rules.
ALTER TABLE staff_account ADD COLUMN may_see_health_data BOOLEAN NOT NULL DEFAULT FALSE;
