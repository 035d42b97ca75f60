package de.weitblick.project;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;
import de.weitblick.strategy.GoalId;
import de.weitblick.strategy.StrategyGoal;
import de.weitblick.strategy.StrategyManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's facade for projects: sets them up and describes them, lists them
 * with today's places and reads a project's periods. Planning places and changing
 * capacity is {@link de.weitblick.project.places.PlacesPlanning}; referrals are
 * {@link Referrals}, enrolments {@link Enrolments} and {@link EnrolmentLists}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

	private final ProjectRepository projects;

	private final Places places;

	private final OrganisationManagement organisation;

	private final StrategyManagement strategy;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ProjectPlaceProfiles placeProfiles;

	ProjectManagement(ProjectRepository projects, Places places, OrganisationManagement organisation,
			StrategyManagement strategy, JdbcClient jdbc, Clock clock, ProjectPlaceProfiles placeProfiles) {
		this.placeProfiles = placeProfiles;
		this.projects = projects;
		this.places = places;
		this.organisation = organisation;
		this.strategy = strategy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sets up a new project.
	 * @param description must not be null
	 * @param viewer must not be null
	 * @return the new project's identifier
	 * @throws RuleViolation when the viewer may not set up projects or the description
	 * breaks a rule
	 */
	@Transactional
	public ProjectId create(ProjectDescription description, StaffMember viewer) {
		if (!ProjectAccessPolicy.mayCreate(viewer)) {
			throw new RuleViolation(null, "project.rule.may-not-create");
		}
		checkReferences(description);
		Project project = Project.create(TimeOrderedIds.next(), description);
		this.projects.save(project);
		return project.id();
	}

	/**
	 * Changes a project's description, unless someone else changed it since the viewer
	 * read it.
	 * @param expectedVersion the version the viewer read
	 * @throws NotFound when there is no such project
	 * @throws RuleViolation when the viewer may not change it or the description breaks a
	 * rule
	 * @throws OptimisticLockingFailureException when someone else changed it in the
	 * meantime
	 */
	@Transactional
	public void describe(ProjectId id, int expectedVersion, ProjectDescription description, StaffMember viewer) {
		Project project = this.projects.findById(id.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!ProjectAccessPolicy.mayDescribe(viewer, project)) {
			throw new RuleViolation(null, "project.rule.may-not-change");
		}
		if (project.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Project " + id.id() + " was changed in the meantime");
		}
		if (!ProjectAccessPolicy.mayNameLead(viewer)
				&& !java.util.Objects.equals(project.leadId(), description.leadId())) {
			throw new RuleViolation("leadId", "project.rule.may-not-name-lead");
		}
		checkReferences(description);
		if (description.status() == ProjectStatus.ENDED && project.status() != ProjectStatus.ENDED
				&& activeEnrolments(id) > 0) {
			throw new RuleViolation("status", "project.rule.end-with-active-enrolments", activeEnrolments(id));
		}
		project.describe(description);
		this.projects.save(project);
	}

	/**
	 * Sets up a new project with its place profile, both stored together or not at all.
	 * @param profile the place profile, or null for none
	 * @throws RuleViolation also when the place profile breaks a rule
	 * @see #create(ProjectDescription, StaffMember)
	 */
	@Transactional
	public ProjectId create(ProjectDescription description, PlaceProfile profile, StaffMember viewer) {
		if (profile != null) {
			this.placeProfiles.check(profile);
		}
		ProjectId id = create(description, viewer);
		if (profile != null) {
			this.placeProfiles.save(id, profile);
		}
		return id;
	}

	/**
	 * Changes a project's description and its place profile under the project's version,
	 * both stored together or not at all.
	 * @param profile the place profile, or null to leave the recorded one as it is
	 * @throws RuleViolation also when the place profile breaks a rule
	 * @see #describe(ProjectId, int, ProjectDescription, StaffMember)
	 */
	@Transactional
	public void describe(ProjectId id, int expectedVersion, ProjectDescription description, PlaceProfile profile,
			StaffMember viewer) {
		if (profile != null) {
			this.placeProfiles.check(profile);
		}
		describe(id, expectedVersion, description, viewer);
		if (profile != null) {
			this.placeProfiles.save(id, profile);
		}
	}

	/**
	 * Sets up a new project with its place profile, serving the strategy goals chosen,
	 * all stored together or not at all.
	 * @param goals the strategy goals the project serves, must not be null
	 * @see #create(ProjectDescription, PlaceProfile, StaffMember)
	 */
	@Transactional
	public ProjectId create(ProjectDescription description, Set<GoalId> goals, PlaceProfile profile,
			StaffMember viewer) {
		ProjectId id = create(description, profile, viewer);
		this.strategy.linkProject(id.id(), goals, viewer.username());
		return id;
	}

	/**
	 * Changes a project's description, its place profile and the strategy goals it
	 * serves, all stored together or not at all.
	 * @param goals the strategy goals the project serves, must not be null
	 * @see #describe(ProjectId, int, ProjectDescription, PlaceProfile, StaffMember)
	 */
	@Transactional
	public void describe(ProjectId id, int expectedVersion, ProjectDescription description, Set<GoalId> goals,
			PlaceProfile profile, StaffMember viewer) {
		describe(id, expectedVersion, description, profile, viewer);
		this.strategy.linkProject(id.id(), goals, viewer.username());
	}

	/**
	 * @param id must not be null
	 * @return the strategy goals the project serves, by title; never null
	 */
	public List<StrategyGoal> goalsServed(ProjectId id) {
		return this.strategy.goalsServedBy(id.id());
	}

	private void checkReferences(ProjectDescription description) {
		if (description.leadId() != null && this.organisation.staffMember(description.leadId())
			.filter(member -> member.role() == Role.PROJECT_LEAD)
			.isEmpty()) {
			throw new RuleViolation("leadId", "project.rule.lead-not-project-lead");
		}
		if (this.organisation.unit(new OrganisationalUnitId(description.organisationalUnitId())).isEmpty()) {
			throw new RuleViolation("organisationalUnitId", "project.rule.unknown-unit");
		}
		var partnerIds = description.partnerships()
			.stream()
			.map(partnership -> new PartnerOrganisationId(partnership.partnerOrganisationId()))
			.collect(java.util.stream.Collectors.toSet());
		if (this.organisation.partners(partnerIds).size() != partnerIds.size()) {
			throw new RuleViolation("partners", "project.rule.unknown-partner");
		}
	}

	private int activeEnrolments(ProjectId id) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM enrolment WHERE project_id = :project AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
					""")
			.param("project", id.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer may set up projects
	 */
	public boolean mayCreate(StaffMember viewer) {
		return ProjectAccessPolicy.mayCreate(viewer);
	}

	/**
	 * What the viewer may do with a project.
	 * @param project must not be null
	 * @param viewer must not be null
	 * @return never null
	 */
	public ProjectPermissions permissions(Project project, StaffMember viewer) {
		return new ProjectPermissions(ProjectAccessPolicy.mayDescribe(viewer, project),
				ProjectAccessPolicy.mayNameLead(viewer), ProjectAccessPolicy.mayPlanPlaces(viewer, project),
				ProjectAccessPolicy.mayRunEnrolments(viewer, project),
				ProjectAccessPolicy.mayRefer(viewer) && project.takesReferrals());
	}

	/**
	 * @return the project's periods in calendar order with their occupancy, never null
	 */
	public List<PlacePeriod> places(ProjectId id) {
		return this.places.of(id);
	}

	/**
	 * The project list with today's places, read in one query.
	 * @return all projects ordered by name, never null
	 */
	public List<ProjectSummary> projects() {
		return summaries("TRUE", null);
	}

	/**
	 * The projects a person taking part in a project may move on to: the others of the
	 * same organisational unit that have not ended.
	 * @param id must not be null
	 * @return ordered by name, never null
	 */
	public List<ProjectSummary> transferTargets(ProjectId id) {
		return summaries("""
				p.id <> :project AND p.status <> 'ENDED' AND p.organisational_unit_id =
				    (SELECT organisational_unit_id FROM project WHERE id = :project)""", id.id());
	}

	private List<ProjectSummary> summaries(String condition, UUID project) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.short_name, p.kind, p.status, p.starts_on, p.ends_on,
				       (SELECT pp.places FROM place_period pp
				        WHERE pp.project_id = p.id AND :today BETWEEN pp.starts_on AND pp.ends_on
				        ORDER BY pp.starts_on DESC LIMIT 1) AS current_places,
				       ARRAY(SELECT fg.focus_group_code FROM project_focus_group fg
				             WHERE fg.project_id = p.id ORDER BY fg.focus_group_code) AS focus_groups
				FROM project p
				WHERE %s
				ORDER BY lower(p.name)
				""".formatted(condition)).param("today", today).param("project", project).query((rs, n) -> {
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
	 * @return the project with its partners, focus groups, eligibility rules and funding,
	 * or empty when none has this identifier
	 */
	public Optional<Project> project(ProjectId id) {
		return this.projects.findById(id.id());
	}

}
