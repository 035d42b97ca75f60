-- The detail of an entry as a message key with its arguments, so that every reader sees it
-- in their own language; the free text of older entries stays in "detail".
ALTER TABLE audit_event ADD COLUMN detail_key VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN detail_args JSONB;

-- A list's reads are one entry naming every person shown. Such an entry has no single
-- subject_id; a search by person looks in both columns.
ALTER TABLE audit_event ADD COLUMN subject_ids UUID[];
CREATE INDEX audit_event_by_subjects ON audit_event USING gin (subject_ids) WHERE subject_ids IS NOT NULL;

-- Entries written before this version carry English text. Those whose wording is known get
-- their key and arguments beside the text, which stays as it was written. This is the only
-- change ever made to existing entries, so the append-only trigger is suspended for it alone.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;

UPDATE audit_event SET detail_key = known.key, detail_args = '[]'::jsonb
FROM (VALUES
	('search', 'privacy.detail.search'),
	('health-data permission granted', 'privacy.detail.health-permission-granted'),
	('health-data permission withdrawn', 'privacy.detail.health-permission-withdrawn'),
	('no such case', 'participant.audit.refused.no-such-case'),
	('case of another team', 'participant.audit.refused.other-team'),
	('no grant on this case', 'participant.audit.refused.no-grant'),
	('change refused: not the responsible team', 'participant.audit.refused.change'),
	('no permission for health data', 'participant.audit.refused.health-data'),
	('synthetic demo person', 'participant.audit.synthetic'),
	('parents'' origin removed after withdrawal of consent', 'participant.audit.parents-origin-erased'),
	('case closed', 'participant.audit.closed'),
	('case reopened', 'participant.audit.reopened'),
	('referral check', 'participant.audit.referral-check'),
	('shown as possible duplicate', 'participant.audit.possible-duplicate'),
	('health restrictions read', 'participant.audit.health-read'),
	('health restrictions looked up, none stored', 'participant.audit.health-none'),
	('health restrictions recorded', 'participant.audit.health-recorded'),
	('health restrictions erased after withdrawal of consent', 'participant.audit.health-erased'),
	('goal added', 'participant.audit.goal-added'),
	('step added', 'participant.audit.step-added'),
	('note written', 'participant.audit.note-written'),
	('appointment planned', 'participant.audit.appointment-planned'),
	('document downloaded', 'participant.audit.document-downloaded'),
	('compared for merging', 'participant.audit.compared')
) AS known(text, key)
WHERE audit_event.detail = known.text AND audit_event.detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'privacy.detail.search-by-user', detail_args = jsonb_build_array(substring(detail FROM 22))
WHERE detail LIKE 'search by user name: %' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.import-created', detail_args = jsonb_build_array(substring(detail FROM 17))
WHERE detail ~ '^referral import [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.import-note', detail_args = jsonb_build_array(substring(detail FROM 27))
WHERE detail ~ '^note from referral import [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'privacy.detail.consent-given',
	detail_args = jsonb_build_array(jsonb_build_object('key', 'privacy.consent.' || substring(detail FROM 16)))
WHERE detail ~ '^consent given: [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'privacy.detail.consent-withdrawn',
	detail_args = jsonb_build_array(jsonb_build_object('key', 'privacy.consent.' || substring(detail FROM 20)))
WHERE detail ~ '^consent withdrawn: [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.retention-erased',
	detail_args = jsonb_build_array(jsonb_build_object('date', substring(detail FROM '\(closed before ([0-9-]{10})\)')))
WHERE detail ~ '^case file erased after the retention period \(closed before [0-9-]{10}\)$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.merged-with', detail_args = jsonb_build_array(substring(detail FROM 13))
WHERE detail ~ '^merged with [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.merged-into', detail_args = jsonb_build_array(substring(detail FROM 13))
WHERE detail ~ '^merged into [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.referred',
	detail_args = jsonb_build_array(substring(detail FROM 21 FOR 36),
		jsonb_build_object('key', 'enrolment.status.' || substring(detail FROM 59)))
WHERE detail ~ '^referred to project [0-9a-f-]{36}, [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.step-status',
	detail_args = jsonb_build_array(jsonb_build_object('key', 'participant.plan.step-status.' || substring(detail FROM 6)))
WHERE detail ~ '^step [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.goal-status',
	detail_args = jsonb_build_array(jsonb_build_object('key', 'participant.plan.goal-status.' || substring(detail FROM 6)))
WHERE detail ~ '^goal [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.appointment-status',
	detail_args = jsonb_build_array(jsonb_build_object('key', 'participant.appointment.status.' || substring(detail FROM 13)))
WHERE detail ~ '^appointment [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'participant.audit.document-uploaded', detail_args = jsonb_build_array(substring(detail FROM 20))
WHERE detail ~ '^document uploaded: [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'privacy.detail.consents-taken-over', detail_args = jsonb_build_array(substring(detail FROM 26))
WHERE detail ~ '^consents taken over from [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.grant-instructor', detail_args = jsonb_build_array(substring(detail FROM 23))
WHERE detail ~ '^instructor in project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.grant-lead',
	detail_args = jsonb_build_array(substring(detail FROM 25 FOR 36),
		jsonb_build_object('key', 'enrolment.status.' || substring(detail FROM 63)))
WHERE detail ~ '^project lead of project [0-9a-f-]{36}, [A-Z_]+$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.offered', detail_args = jsonb_build_array(substring(detail FROM 48))
WHERE detail ~ '^place offered from the waiting list of project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.enrolled', detail_args = jsonb_build_array(substring(detail FROM 21))
WHERE detail ~ '^enrolled in project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.declined', detail_args = jsonb_build_array(substring(detail FROM 27))
WHERE detail ~ '^offer declined in project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.withdrawn', detail_args = jsonb_build_array(substring(detail FROM 31))
WHERE detail ~ '^referral withdrawn in project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.outcome-read', detail_args = jsonb_build_array(substring(detail FROM 20))
WHERE detail ~ '^outcome in project [0-9a-f-]{36}$' AND detail_key IS NULL;

UPDATE audit_event
SET detail_key = 'project.audit.attendance-read', detail_args = jsonb_build_array(substring(detail FROM 23))
WHERE detail ~ '^attendance in project [0-9a-f-]{36}$' AND detail_key IS NULL;

ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;
