-- The demo counsellor may see health restrictions, so the reference case shows the whole case
-- file. Every other demo account may not.
UPDATE staff_account SET may_see_health_data = TRUE
WHERE id = '019a0000-0000-7000-8000-000000003001' AND demo AND NOT may_see_health_data;
