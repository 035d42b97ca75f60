-- Instructors (Fachanleitungen) assigned to a project: they see the case files of the people taking part in it,
-- in the work view. An assignment is ended, never deleted, so it stays known who could see whom and when.
CREATE TABLE project_instructor (
	id UUID PRIMARY KEY,
	project_id UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
	instructor_id UUID NOT NULL,
	assigned_on DATE NOT NULL,
	assigned_by VARCHAR(100) NOT NULL,
	ended_on DATE,
	ended_by VARCHAR(100),
	CONSTRAINT project_instructor_dates CHECK (ended_on IS NULL OR ended_on >= assigned_on),
	CONSTRAINT project_instructor_ended_by CHECK ((ended_on IS NULL) = (ended_by IS NULL))
);

-- One current assignment per instructor and project, also when two people assign at the same moment.
CREATE UNIQUE INDEX project_instructor_current ON project_instructor (project_id, instructor_id) WHERE ended_on IS NULL;
CREATE INDEX project_instructor_by_instructor ON project_instructor (instructor_id) WHERE ended_on IS NULL;
