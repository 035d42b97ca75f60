-- When two records of one person are merged and both were active in the same project, one enrolment goes on and
-- the other is closed as MERGED, naming the one that goes on.
ALTER TABLE enrolment DROP CONSTRAINT enrolment_status;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_status CHECK (status IN ('WAITING', 'OFFERED', 'ENROLLED', 'COMPLETED',
	'DROPPED_OUT', 'TRANSFERRED', 'DECLINED', 'WITHDRAWN', 'MERGED'));
ALTER TABLE enrolment ADD COLUMN merged_into_enrolment_id UUID REFERENCES enrolment (id);
ALTER TABLE enrolment ADD CONSTRAINT enrolment_merged_into CHECK ((status = 'MERGED') = (merged_into_enrolment_id IS NOT NULL));

-- Who may see whose case file follows from the enrolments of the projects a person leads or guides, by status and
-- the day of the exit. The index replaces the narrower one of the project page, whose queries it serves as well.
DROP INDEX enrolment_by_project;
CREATE INDEX enrolment_by_project ON enrolment (project_id, status, ended_on);
