package de.weitblick.project;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a member of staff instructs a project, for another module that lets instructors
 * see their own project's work (work opportunities). Assigning instructors is
 * {@link de.weitblick.project.instructors.ProjectInstructors}.
 */
@Service
@Transactional(readOnly = true)
public class Instructors {

	private final JdbcClient jdbc;

	Instructors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether a member of staff is an instructor assigned to the project today.
	 * @param id must not be null
	 * @param staffId must not be null
	 */
	public boolean instructs(ProjectId id, UUID staffId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM project_instructor
				WHERE project_id = :project AND instructor_id = :staff AND ended_on IS NULL
				""").param("project", id.id()).param("staff", staffId).query(Integer.class).single() > 0;
	}

}
