package de.weitblick.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.Money;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop module's facade for workshops: sets one up for a project, with its tasks,
 * places and allowance rates, and keeps the catalogue of skills. Assignments of people
 * are the second facade, {@link Assignments}.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopManagement {

	private static final int MOST_PLACES = 200;

	private final ProjectManagement projects;

	private final WorkshopAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkshopManagement(ProjectManagement projects, WorkshopAccess access, JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sets up the workshop of a project.
	 * @param projectId must not be null
	 * @param name must not be blank
	 * @param tasks the work done in it, must not be blank
	 * @param places more than 0
	 * @param viewer the head of department or a project lead
	 * @return the new workshop's identifier
	 * @throws RuleViolation when the viewer may not, a value is missing or out of range,
	 * or the project has a workshop already
	 * @throws NotFound when there is no such project
	 */
	@Transactional
	public WorkshopId create(ProjectId projectId, String name, String tasks, int places, StaffMember viewer) {
		if (!this.access.mayManageWorkshops(viewer)) {
			throw new RuleViolation(null, "workshop.rule.may-not-manage");
		}
		if (projectId == null || this.projects.project(projectId).isEmpty()) {
			throw new NotFound("project.not-found");
		}
		String cleanName = required("name", name, 200);
		String cleanTasks = required("tasks", tasks, 2000);
		if (places <= 0 || places > MOST_PLACES) {
			throw new RuleViolation("places", "workshop.rule.places", MOST_PLACES);
		}
		UUID id = TimeOrderedIds.next();
		try {
			this.jdbc.sql("""
					INSERT INTO workshop (id, version, project_id, name, tasks, places, created_by, created_at)
					VALUES (:id, 0, :project, :name, :tasks, :places, :by, :now)
					""")
				.param("id", id)
				.param("project", projectId.id())
				.param("name", cleanName)
				.param("tasks", cleanTasks)
				.param("places", places)
				.param("by", viewer.username())
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("projectId", "workshop.rule.project-has-workshop");
		}
		return new WorkshopId(id);
	}

	/**
	 * Sets the allowance per hour from a day on; the rate before it ends the day before.
	 * @param perHour more than 0 and at most 10 euros
	 * @throws RuleViolation when the viewer may not, the amount is out of range, or a
	 * rate starts on that day already
	 */
	@Transactional
	public void setRate(WorkshopId id, LocalDate validFrom, Money perHour, StaffMember viewer) {
		if (!this.access.mayManageWorkshops(viewer)) {
			throw new RuleViolation(null, "workshop.rule.may-not-manage");
		}
		workshop(id).orElseThrow(() -> new NotFound("workshop.not-found"));
		if (validFrom == null) {
			throw new RuleViolation("validFrom", "workshop.rule.rate-from-missing");
		}
		if (perHour == null || perHour.cents() <= 0 || perHour.cents() > 1000) {
			throw new RuleViolation("perHour", "workshop.rule.rate-range");
		}
		Integer later = this.jdbc.sql("""
				SELECT count(*) FROM workshop_allowance_rate WHERE workshop_id = :id AND valid_from >= :from
				""").param("id", id.id()).param("from", validFrom).query(Integer.class).single();
		if (later > 0) {
			throw new RuleViolation("validFrom", "workshop.rule.rate-not-latest");
		}
		this.jdbc.sql("""
				UPDATE workshop_allowance_rate SET valid_until = :until
				WHERE workshop_id = :id AND (valid_until IS NULL OR valid_until >= :from)
				""").param("until", validFrom.minusDays(1)).param("id", id.id()).param("from", validFrom).update();
		this.jdbc.sql("""
				INSERT INTO workshop_allowance_rate (id, workshop_id, valid_from, cents_per_hour, recorded_by,
				                                     recorded_at)
				VALUES (:rid, :id, :from, :cents, :by, :now)
				""")
			.param("rid", TimeOrderedIds.next())
			.param("id", id.id())
			.param("from", validFrom)
			.param("cents", perHour.cents())
			.param("by", viewer.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * @return every workshop by name, never null
	 */
	public List<Workshop> workshops() {
		return read(null);
	}

	/**
	 * @return the workshop, or empty when none has this identifier
	 */
	public Optional<Workshop> workshop(WorkshopId id) {
		return read(id.id()).stream().findFirst();
	}

	/**
	 * Whether the viewer may set up workshops and their rates.
	 */
	public boolean mayManage(StaffMember viewer) {
		return this.access.mayManageWorkshops(viewer);
	}

	/**
	 * @param activeOnly whether to leave out the entries switched off
	 * @return the skills catalogue by code, never null
	 */
	public List<Skill> skills(boolean activeOnly) {
		return this.jdbc
			.sql("SELECT code, name_de, name_en, active FROM workshop_skill WHERE active OR NOT :activeOnly "
					+ "ORDER BY name_de")
			.param("activeOnly", activeOnly)
			.query((rs, n) -> new Skill(rs.getString("code"), rs.getString("name_de"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	/**
	 * Adds an entry to the skills catalogue.
	 * @throws RuleViolation when the viewer may not, a value is missing, or the code
	 * exists
	 */
	@Transactional
	public void addSkill(String code, String nameGerman, String nameEnglish, StaffMember viewer) {
		if (!this.access.mayManageWorkshops(viewer)) {
			throw new RuleViolation(null, "workshop.rule.may-not-manage");
		}
		String clean = required("code", code, 40).toUpperCase(java.util.Locale.ROOT);
		if (!clean.matches("[A-Z0-9_]+")) {
			throw new RuleViolation("code", "workshop.rule.skill-code");
		}
		try {
			this.jdbc.sql("INSERT INTO workshop_skill (code, name_de, name_en) VALUES (:code, :de, :en)")
				.param("code", clean)
				.param("de", required("nameGerman", nameGerman, 200))
				.param("en", required("nameEnglish", nameEnglish, 200))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("code", "workshop.rule.skill-exists");
		}
	}

	private List<Workshop> read(UUID only) {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, List<Workshop.Rate>> rates = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT workshop_id, valid_from, valid_until, cents_per_hour FROM workshop_allowance_rate
				WHERE (CAST(:only AS uuid) IS NULL OR workshop_id = :only) ORDER BY valid_from DESC
				""").param("only", only).query((rs, n) -> {
			rates.computeIfAbsent(rs.getObject("workshop_id", UUID.class), k -> new ArrayList<>())
				.add(new Workshop.Rate(rs.getObject("valid_from", LocalDate.class),
						rs.getObject("valid_until", LocalDate.class), new Money(rs.getLong("cents_per_hour"))));
			return null;
		}).list();
		return this.jdbc.sql("""
				SELECT w.id, w.version, w.project_id, w.name, w.tasks, w.places,
				       (SELECT count(*) FROM work_assignment a
				        WHERE a.workshop_id = w.id AND :today BETWEEN a.starts_on AND a.ends_on) AS occupied
				FROM workshop w WHERE (CAST(:only AS uuid) IS NULL OR w.id = :only) ORDER BY lower(w.name)
				""")
			.param("today", today)
			.param("only", only)
			.query((rs, n) -> new Workshop(new WorkshopId(rs.getObject("id", UUID.class)), rs.getInt("version"),
					new ProjectId(rs.getObject("project_id", UUID.class)), rs.getString("name"), rs.getString("tasks"),
					rs.getInt("places"), rs.getInt("occupied"),
					List.copyOf(rates.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
			.list();
	}

	static String required(String field, String value, int most) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			throw new RuleViolation(field, "workshop.rule.required." + field);
		}
		if (clean.length() > most) {
			throw new RuleViolation(field, "workshop.rule.too-long", most);
		}
		return clean;
	}

}
