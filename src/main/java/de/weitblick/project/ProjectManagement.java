package de.weitblick.project;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's facade.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

	private final ProjectRepository projects;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProjectManagement(ProjectRepository projects, JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The project list with today's places, read in one query.
	 * @return all projects ordered by name, never null
	 */
	public List<ProjectSummary> projects() {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.short_name, p.kind, p.status, p.starts_on, p.ends_on,
				       (SELECT pp.places FROM place_period pp
				        WHERE pp.project_id = p.id AND :today BETWEEN pp.starts_on AND pp.ends_on
				        ORDER BY pp.starts_on DESC LIMIT 1) AS current_places,
				       ARRAY(SELECT fg.focus_group_code FROM project_focus_group fg
				             WHERE fg.project_id = p.id ORDER BY fg.focus_group_code) AS focus_groups
				FROM project p
				ORDER BY lower(p.name)
				""").param("today", today).query((rs, n) -> {
			Array groups = rs.getArray("focus_groups");
			List<FocusGroupCode> codes = Arrays.stream((Object[]) groups.getArray())
				.map(code -> FocusGroupCode.valueOf((String) code))
				.sorted()
				.toList();
			return new ProjectSummary(new ProjectId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("short_name"), ProjectKind.valueOf(rs.getString("kind")),
					ProjectStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), (Integer) rs.getObject("current_places"), codes);
		}).list();
	}

	/**
	 * @param id must not be null
	 * @return the project with its partners, focus groups, funding and places, or empty
	 * when none has this identifier
	 */
	public Optional<Project> project(ProjectId id) {
		return this.projects.findById(id.id());
	}

}
