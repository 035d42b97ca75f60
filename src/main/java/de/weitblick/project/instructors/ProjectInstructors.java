package de.weitblick.project.instructors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructors (Fachanleitungen) assigned to a project: they guide the work of the
 * people taking part and see, in the work view of the case file, what that work needs
 * ({@link ProjectCaseAccess}). The head of department and the project's lead assign them
 * and end an assignment; an ended assignment is kept, so it stays known who could see
 * whom and when.
 */
@Service
@Transactional
public class ProjectInstructors {

	private final ProjectRepository projects;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProjectInstructors(ProjectRepository projects, OrganisationManagement organisation, Notifications notifications,
			JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.organisation = organisation;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The instructors currently assigned to a project, by name.
	 * @param projectId must not be null
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<InstructorAssignment> of(ProjectId projectId) {
		return this.jdbc.sql("""
				SELECT i.instructor_id, a.display_name, i.assigned_on, i.assigned_by
				FROM project_instructor i JOIN staff_account a ON a.id = i.instructor_id
				WHERE i.project_id = :project AND i.ended_on IS NULL
				ORDER BY a.display_name, a.username
				""")
			.param("project", projectId.id())
			.query((rs, n) -> new InstructorAssignment(rs.getObject("instructor_id", UUID.class),
					rs.getString("display_name"), rs.getObject("assigned_on", LocalDate.class),
					rs.getString("assigned_by")))
			.list();
	}

	/**
	 * The enabled instructors not yet assigned to the project: whom the form offers.
	 * @param projectId must not be null
	 * @return by name, never null
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> candidates(ProjectId projectId) {
		Set<UUID> assigned = of(projectId).stream().map(InstructorAssignment::instructorId).collect(Collectors.toSet());
		return this.organisation.instructors().stream().filter(member -> !assigned.contains(member.id())).toList();
	}

	/**
	 * Whether the viewer may assign instructors to the project and end their assignment:
	 * the head of department and the project's lead.
	 */
	@Transactional(readOnly = true)
	public boolean mayAssign(ProjectId projectId, StaffMember viewer) {
		return this.projects.findById(projectId.id())
			.map(project -> ProjectAccessPolicy.mayDescribe(viewer, project))
			.orElse(false);
	}

	/**
	 * Assigns an instructor to a project from today; the instructor is notified.
	 * @param projectId must not be null
	 * @param instructorId a staff account with the role of an instructor, must not be
	 * null
	 * @param viewer must not be null
	 * @throws NotFound when there is no such project
	 * @throws RuleViolation when the viewer may not assign, the account is no instructor,
	 * the project has ended or the instructor is assigned already
	 */
	public void assign(ProjectId projectId, UUID instructorId, StaffMember viewer) {
		Project project = changeable(projectId, viewer);
		if (project.status() == ProjectStatus.ENDED) {
			throw new RuleViolation(null, "project.instructor.rule.project-ended");
		}
		StaffMember instructor = (instructorId != null) ? this.organisation.staffMember(instructorId)
			.filter(member -> member.role() == Role.INSTRUCTOR)
			.orElse(null) : null;
		if (instructor == null) {
			throw new RuleViolation("instructorId", "project.instructor.rule.not-an-instructor");
		}
		int added = this.jdbc.sql("""
				INSERT INTO project_instructor (id, project_id, instructor_id, assigned_on, assigned_by)
				VALUES (:id, :project, :instructor, :today, :by)
				ON CONFLICT (project_id, instructor_id) WHERE ended_on IS NULL DO NOTHING
				""")
			.param("id", TimeOrderedIds.next())
			.param("project", projectId.id())
			.param("instructor", instructor.id())
			.param("today", LocalDate.now(this.clock))
			.param("by", viewer.username())
			.update();
		if (added == 0) {
			throw new RuleViolation("instructorId", "project.instructor.rule.already-assigned",
					instructor.displayName());
		}
		this.notifications.notify(instructor.id(), "project.instructor.notification.assigned",
				List.of(project.displayName()), "/participants");
	}

	/**
	 * Ends an instructor's assignment today: from now on the instructor sees nobody of
	 * the project.
	 * @throws NotFound when there is no such project or the instructor is not assigned
	 * @throws RuleViolation when the viewer may not assign
	 */
	public void end(ProjectId projectId, UUID instructorId, StaffMember viewer) {
		changeable(projectId, viewer);
		int ended = this.jdbc.sql("""
				UPDATE project_instructor SET ended_on = GREATEST(:today, assigned_on), ended_by = :by
				WHERE project_id = :project AND instructor_id = :instructor AND ended_on IS NULL
				""")
			.param("today", LocalDate.now(this.clock))
			.param("by", viewer.username())
			.param("project", projectId.id())
			.param("instructor", instructorId)
			.update();
		if (ended == 0) {
			throw new NotFound("project.instructor.not-found");
		}
	}

	private Project changeable(ProjectId projectId, StaffMember viewer) {
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!ProjectAccessPolicy.mayDescribe(viewer, project)) {
			throw new RuleViolation(null, "project.instructor.rule.may-not-assign");
		}
		return project;
	}

}
