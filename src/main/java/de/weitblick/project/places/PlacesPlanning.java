package de.weitblick.project.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.Actor;
import de.weitblick.project.CapacityChange;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.enrolment.WaitingList;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a project's places: adds a period with its places, changes the places of a period
 * with a reason and the day it takes effect (a raise offers the new places to the people
 * waiting), and reads the history of those changes.
 */
@Service
@Transactional(readOnly = true)
public class PlacesPlanning {

	private static final int MAXIMUM_REASON = 500;

	private final ProjectRepository projects;

	private final Places places;

	private final WaitingList waitingList;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlacesPlanning(ProjectRepository projects, Places places, WaitingList waitingList, JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.places = places;
		this.waitingList = waitingList;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return every change of places of the project's periods, the earliest first; never
	 * null
	 */
	public List<CapacityChange> capacityChanges(ProjectId id) {
		return this.places.changesOf(id);
	}

	/**
	 * Plans a new period with its places.
	 * @throws RuleViolation when the viewer may not plan places, the dates are out of
	 * order, the label is taken or the period overlaps another
	 */
	@Transactional
	public void addPeriod(ProjectId id, PlacesPlan plan, StaffMember viewer) {
		Project project = this.projects.findById(id.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!ProjectAccessPolicy.mayPlanPlaces(viewer, project)) {
			throw new RuleViolation(null, "project.rule.may-not-change");
		}
		if (plan.label() == null || plan.label().isBlank()) {
			throw new RuleViolation("label", "project.rule.period-label-missing");
		}
		if (plan.places() < 0) {
			throw new RuleViolation("places", "project.rule.places-negative");
		}
		if (plan.endsOn().isBefore(plan.startsOn())) {
			throw new RuleViolation("endsOn", "project.rule.period-ends-before-start");
		}
		// One period at a time per project: the project's row is the lock.
		this.jdbc.sql("SELECT id FROM project WHERE id = :id FOR UPDATE")
			.param("id", id.id())
			.query(UUID.class)
			.single();
		if (this.places.labelTaken(id, plan.label())) {
			throw new RuleViolation("label", "project.rule.period-label-taken", plan.label().strip());
		}
		if (this.places.overlapsAnother(id, plan.startsOn(), plan.endsOn())) {
			throw new RuleViolation("startsOn", "project.rule.period-overlaps");
		}
		this.places.add(id, plan);
	}

	/**
	 * Changes the places of a period with a reason and the day it takes effect, and keeps
	 * the change in the history. A raise offers the new places to the people waiting.
	 * @param expectedVersion the period's version the viewer read
	 * @param places the new number of places, zero or more
	 * @param effectiveOn the day the change takes effect, within the period
	 * @param reason why, must not be blank
	 * @throws RuleViolation when the change breaks a rule, such as fewer places than are
	 * held
	 * @throws OptimisticLockingFailureException when someone else changed the places in
	 * the meantime
	 */
	@Transactional
	public void changeCapacity(ProjectId id, UUID periodId, int expectedVersion, int places, LocalDate effectiveOn,
			String reason, StaffMember viewer) {
		Project project = this.projects.findById(id.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!ProjectAccessPolicy.mayPlanPlaces(viewer, project)) {
			throw new RuleViolation(null, "project.rule.may-not-change");
		}
		PlacePeriod period = this.places.lock(periodId)
			.filter(p -> p.projectId().equals(id.id()))
			.orElseThrow(() -> new NotFound("project.period-not-found"));
		if (period.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Places of " + periodId + " were changed in the meantime");
		}
		if (project.status() == ProjectStatus.ENDED) {
			throw new RuleViolation(null, "project.rule.capacity-of-ended-project");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "project.rule.capacity-reason-missing");
		}
		if (reason.strip().length() > MAXIMUM_REASON) {
			throw new RuleViolation("reason", "project.rule.capacity-reason-too-long", MAXIMUM_REASON);
		}
		if (places < 0) {
			throw new RuleViolation("places", "project.rule.places-negative");
		}
		if (places == period.places()) {
			throw new RuleViolation("places", "project.rule.capacity-unchanged", places);
		}
		if (places < period.occupied()) {
			throw new RuleViolation("places", "project.rule.capacity-below-occupancy", places, period.occupied(),
					period.label());
		}
		if (effectiveOn == null || !period.period().contains(effectiveOn)) {
			throw new RuleViolation("effectiveOn", "project.rule.capacity-effective-outside-period", period.startsOn(),
					period.endsOn());
		}
		if (period.endsOn().isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation("places", "project.rule.capacity-of-past-period", period.label());
		}
		this.places.changePlaces(periodId, places);
		this.places.recordChange(periodId, period.places(), places, effectiveOn, reason.strip(), viewer.username(),
				this.clock.instant());
		if (places > period.places()) {
			this.waitingList.fill(periodId, project, new Actor(viewer.username(), viewer.role().name()));
		}
	}

}
