package de.weitblick.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CustomerReferral;
import de.weitblick.participant.CustomerReferrals;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.enrolment.EligibilityPolicy;
import de.weitblick.project.enrolment.WaitingList;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals, waiting lists and enrolments: the second facade of the project module.
 * Everything that changes who holds a place in a period first locks the period's row, so
 * changes to one period go one after the other and the occupancy counter is always right;
 * the database's check constraint refuses an overbooking whatever happens. Every read and
 * change of a person's enrolment is written to the audit trail.
 */
@Service
@Transactional
public class Enrolments {

	/** Enrolments are audited under the person they are about. */
	public static final String SUBJECT_TYPE = "participant";

	private final ProjectRepository projects;

	private final EnrolmentRepository enrolments;

	private final Places places;

	private final WaitingList waitingList;

	private final ParticipantDirectory participants;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Outcomes outcomes;

	private final CustomerReferrals customerReferrals;

	private final Clock clock;

	Enrolments(ProjectRepository projects, EnrolmentRepository enrolments, Places places, WaitingList waitingList,
			ParticipantDirectory participants, OrganisationManagement organisation, Notifications notifications,
			AuditTrail audit, JdbcClient jdbc, Outcomes outcomes, CustomerReferrals customerReferrals, Clock clock) {
		this.outcomes = outcomes;
		this.customerReferrals = customerReferrals;
		this.projects = projects;
		this.enrolments = enrolments;
		this.places = places;
		this.waitingList = waitingList;
		this.participants = participants;
		this.organisation = organisation;
		this.notifications = notifications;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Refers a person to a project. An eligible person gets a place offered when one is
	 * free in the period, and goes onto its waiting list otherwise.
	 * @param request must not be null
	 * @param viewer a counsellor for a person of the own team, or a partner
	 * organisation's account for a person named with the date of birth; must not be null
	 * @return the new enrolment's identifier
	 * @throws NotFound when there is no such project or the counsellor may not see the
	 * person
	 * @throws RuleViolation when the person is not eligible (with every reason), is
	 * already in the project, the project has ended, or the period is over
	 */
	public EnrolmentId refer(ReferralRequest request, StaffMember viewer) {
		if (!ProjectAccessPolicy.mayRefer(viewer)) {
			throw new RuleViolation(null, "enrolment.rule.may-not-refer");
		}
		Project project = this.projects.findById(request.projectId().id())
			.orElseThrow(() -> new NotFound("project.not-found"));
		if (!project.takesReferrals()) {
			throw new RuleViolation("projectId", "enrolment.rule.project-ended");
		}
		UUID partnerId = null;
		ParticipantProfile person;
		AccessPurpose purpose;
		if (viewer.role() == Role.PARTNER) {
			partnerId = this.organisation.partnerOf(viewer.id())
				.map(PartnerOrganisationId::id)
				.orElseThrow(() -> new RuleViolation(null, "enrolment.rule.may-not-refer"));
			UUID partner = partnerId;
			if (project.partnerships().stream().noneMatch(p -> p.partnerOrganisationId().equals(partner))) {
				throw new RuleViolation("projectId", "enrolment.rule.partner-not-in-project");
			}
			if (request.birthDate() == null) {
				throw new RuleViolation("birthDate", "enrolment.rule.partner-needs-birth-date");
			}
			person = this.participants.profileForPartner(request.participantId(), request.birthDate(), actor(viewer))
				.orElseThrow(() -> new RuleViolation("participantId", "enrolment.rule.partner-unknown-person"));
			purpose = AccessPurpose.PARTNER_INTERFACE;
		}
		else {
			person = this.participants.profile(request.participantId(), viewer, AccessPurpose.CASE_WORK)
				.orElseThrow(() -> new NotFound("participant.not-found"));
			purpose = AccessPurpose.CASE_WORK;
		}
		LocalDate today = today();
		EligibilityPolicy.check(project.eligibility(), person, today);
		UUID periodId = (request.placePeriodId() != null) ? request.placePeriodId()
				: this.places.forReferralOn(project.id(), today)
					.map(PlacePeriod::id)
					.orElseThrow(() -> new RuleViolation("placePeriodId", "enrolment.rule.no-period"));
		PlacePeriod period = this.places.lock(periodId)
			.filter(p -> p.projectId().equals(project.id().id()))
			.orElseThrow(() -> new RuleViolation("placePeriodId", "enrolment.rule.no-period"));
		if (period.endsOn().isBefore(today)) {
			throw new RuleViolation("placePeriodId", "enrolment.rule.period-over", period.label());
		}
		if (isActiveIn(project.id(), person.id())) {
			throw new RuleViolation("participantId", "enrolment.rule.already-active");
		}
		boolean placeTaken = this.places.take(period.id());
		Referral referral = new Referral(project.id().id(), period.id(), person.id().id(), viewer.username(),
				viewer.role().name(), partnerId, person.responsibleUnitId(), person.counsellorId(),
				person.focusGroups(), request.note());
		Enrolment enrolment = Enrolment.refer(TimeOrderedIds.next(), referral, placeTaken, today, now());
		try {
			this.enrolments.save(enrolment);
		}
		catch (DuplicateKeyException | DbActionExecutionException failure) {
			// The unique index on active enrolments caught a second referral of the same
			// person, committed in between to another period of the project.
			if (failure instanceof DuplicateKeyException || failure.getCause() instanceof DuplicateKeyException) {
				throw new RuleViolation("participantId", "enrolment.rule.already-active");
			}
			throw failure;
		}
		this.audit.recordAction(actor(viewer), AuditAction.CREATE, SUBJECT_TYPE, person.id().id(), purpose, AuditDetail
			.of("project.audit.referred", project.id().id(), AuditDetail.term(enrolment.status().messageKey())));
		if (project.leadId() != null && !project.leadId().equals(viewer.id())) {
			this.notifications.notify(project.leadId(), "enrolment.notification.referred." + enrolment.status(),
					List.of(project.displayName(), period.label()), "/projects/" + project.id().id());
		}
		if (placeTaken && person.counsellorId() != null && !person.counsellorId().equals(viewer.id())) {
			this.notifications.notify(person.counsellorId(), "enrolment.notification.offered",
					List.of(project.displayName(), period.label()), "/projects/" + project.id().id());
		}
		return enrolment.id();
	}

	/**
	 * Refers a person a Jobcenter names by its customer number: a number on record names
	 * the person it was recorded for, a new one registers the person first (in the team
	 * that takes partners' referrals). Registration and referral happen together or not
	 * at all: a person who is not eligible is not registered either.
	 * @param projectId must not be null
	 * @param placePeriodId the period, or null for the one running today or else the next
	 * @param person must not be null
	 * @param confirmedNotRegistered whether the partner confirmed that a person on record
	 * with the same birth date and a similar name is somebody else
	 * @param note why the person is referred, may be null
	 * @param viewer a Jobcenter's partner account, must not be null
	 * @return the referral and whether the person was registered by it; never null
	 * @throws RuleViolation as {@link #refer}, and when the Jobcenter is not a partner of
	 * the project or the person cannot be registered
	 * @throws de.weitblick.participant.CustomerReferralRefused when a new person's data
	 * break the rules of the referral list
	 * @throws de.weitblick.participant.LikelyRegistered when a new person seems to be on
	 * record already
	 */
	public CustomerReferralResult referByCustomerNumber(ProjectId projectId, UUID placePeriodId,
			CustomerReferral person, boolean confirmedNotRegistered, String note, StaffMember viewer) {
		if (viewer.role() != Role.PARTNER) {
			throw new RuleViolation(null, "enrolment.rule.may-not-refer");
		}
		// The project is checked before anybody is registered for it.
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		UUID partner = this.organisation.partnerOf(viewer.id())
			.map(PartnerOrganisationId::id)
			.orElseThrow(() -> new RuleViolation(null, "enrolment.rule.may-not-refer"));
		if (project.partnerships().stream().noneMatch(p -> p.partnerOrganisationId().equals(partner))) {
			throw new RuleViolation("projectId", "enrolment.rule.partner-not-in-project");
		}
		CustomerReferrals.ReferredPerson referred = this.customerReferrals.findOrRegister(person,
				confirmedNotRegistered, viewer);
		EnrolmentId id = refer(new ReferralRequest(projectId, placePeriodId, referred.id(), person.birthDate(), note),
				viewer);
		return new CustomerReferralResult(id, referred.registered());
	}

	/**
	 * @param enrolment the referral, never null
	 * @param personRegistered whether the person was registered by the referral
	 */
	public record CustomerReferralResult(EnrolmentId enrolment, boolean personRegistered) {
	}

	/**
	 * The person starts in the place offered; the eligibility is checked again for the
	 * day of the start.
	 * @throws RuleViolation when the person is no longer eligible or the date is out of
	 * order
	 */
	public void enrol(EnrolmentId id, int expectedVersion, LocalDate startedOn, StaffMember viewer) {
		change(id, expectedVersion, viewer, Who.PROJECT_LEAD, (enrolment, context) -> {
			ParticipantProfile person = this.participants
				.profiles(List.of(new ParticipantId(enrolment.participantId())), actor(viewer),
						AccessPurpose.PROJECT_WORK)
				.get(new ParticipantId(enrolment.participantId()));
			if (person == null) {
				throw new NotFound("participant.not-found");
			}
			EligibilityPolicy.check(context.project().eligibility(), person, startedOn);
			enrolment.enrol(startedOn, context.period().period(), viewer.username(), now());
			return AuditDetail.of("project.audit.enrolled", context.project().id().id());
		});
	}

	/**
	 * The person leaves the project; the place goes to the next person waiting.
	 * @param exit COMPLETED, DROPPED_OUT or TRANSFERRED
	 * @param transferredTo the project the person moved on to, only with TRANSFERRED
	 */
	public void exit(EnrolmentId id, int expectedVersion, EnrolmentStatus exit, LocalDate endedOn,
			ProjectId transferredTo, String note, StaffMember viewer) {
		exit(id, expectedVersion, exit, endedOn, transferredTo, note, null, viewer);
	}

	/**
	 * The person leaves the project with the outcome on leaving, both stored together or
	 * not at all; the place goes to the next person waiting.
	 * @param outcome where the person goes, or null to record it later
	 */
	public void exit(EnrolmentId id, int expectedVersion, EnrolmentStatus exit, LocalDate endedOn,
			ProjectId transferredTo, String note, ExitOutcome outcome, StaffMember viewer) {
		if (transferredTo != null && !this.projects.existsById(transferredTo.id())) {
			throw new RuleViolation("transferredTo", "enrolment.rule.transfer-needs-project");
		}
		change(id, expectedVersion, viewer, Who.PROJECT_LEAD, (enrolment, context) -> {
			enrolment.exit(exit, endedOn, (transferredTo != null) ? transferredTo.id() : null, note, today(),
					viewer.username(), now());
			return AuditDetail.of("project.audit.exit", context.project().id().id(),
					AuditDetail.term(exit.messageKey()));
		}, (enrolment) -> {
			if (outcome != null) {
				this.outcomes.recordWithExit(enrolment, outcome, viewer);
			}
		});
	}

	/**
	 * The person does not take the place offered; it goes to the next person waiting.
	 */
	public void decline(EnrolmentId id, int expectedVersion, LocalDate on, String note, StaffMember viewer) {
		change(id, expectedVersion, viewer, Who.LEAD_OR_COUNSELLOR, (enrolment, context) -> {
			enrolment.decline(on, note, today(), viewer.username(), now());
			return AuditDetail.of("project.audit.declined", context.project().id().id());
		});
	}

	/**
	 * The referral is withdrawn before a start; a place held goes to the next person
	 * waiting.
	 */
	public void withdraw(EnrolmentId id, int expectedVersion, LocalDate on, String note, StaffMember viewer) {
		change(id, expectedVersion, viewer, Who.LEAD_OR_COUNSELLOR, (enrolment, context) -> {
			enrolment.withdraw(on, note, today(), viewer.username(), now());
			return AuditDetail.of("project.audit.withdrawn", context.project().id().id());
		});
	}

	private enum Who {

		PROJECT_LEAD, LEAD_OR_COUNSELLOR

	}

	private record Context(Project project, PlacePeriod period) {
	}

	@FunctionalInterface
	private interface Step {

		AuditDetail apply(Enrolment enrolment, Context context);

	}

	private void change(EnrolmentId id, int expectedVersion, StaffMember viewer, Who who, Step step) {
		change(id, expectedVersion, viewer, who, step, enrolment -> {
		});
	}

	private void change(EnrolmentId id, int expectedVersion, StaffMember viewer, Who who, Step step,
			java.util.function.Consumer<Enrolment> afterSave) {
		Enrolment seen = this.enrolments.findById(id.id()).orElseThrow(() -> new NotFound("enrolment.not-found"));
		Project project = this.projects.findById(seen.projectId().id()).orElseThrow();
		if (!maySee(viewer, project, seen)) {
			throw new NotFound("enrolment.not-found");
		}
		boolean allowed = ProjectAccessPolicy.mayRunEnrolments(viewer, project)
				|| (who == Who.LEAD_OR_COUNSELLOR && ProjectAccessPolicy.maySpeakFor(viewer, seen.responsibleUnitId()));
		if (!allowed) {
			throw new RuleViolation(null, "enrolment.rule.may-not-change");
		}
		// The lock first, then the enrolment as it is now: two changes of one period
		// never
		// interleave.
		PlacePeriod period = this.places.lock(seen.placePeriodId()).orElseThrow();
		Enrolment enrolment = this.enrolments.findById(id.id()).orElseThrow();
		if (enrolment.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Enrolment " + id.id() + " was changed in the meantime");
		}
		boolean heldAPlace = enrolment.status().holdsAPlace();
		AuditDetail detail = step.apply(enrolment, new Context(project, period));
		this.enrolments.save(enrolment);
		afterSave.accept(enrolment);
		Actor actor = actor(viewer);
		this.audit.recordAction(actor, AuditAction.UPDATE, SUBJECT_TYPE, enrolment.participantId(),
				AccessPurpose.PROJECT_WORK, detail);
		if (heldAPlace && !enrolment.status().holdsAPlace()) {
			this.places.release(period.id());
			this.waitingList.fill(period.id(), project, actor);
		}
	}

	/**
	 * The people of every period of a project, as far as the viewer may see them: the
	 * project lead sees everybody, a counsellor the own team's people; everybody else the
	 * figures only. Who left in a period that is over is not listed. Every person shown
	 * is written to the audit trail.
	 * @return one entry per period in calendar order, never null
	 */
	@Transactional
	public List<PeriodEnrolments> ofProject(ProjectId projectId, StaffMember viewer) {
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		List<PlacePeriod> periods = this.places.of(projectId);
		// Everybody still waiting, offered or taking part, and who left in a period not
		// over
		// yet: the history of past periods belongs to reports, not to the daily page.
		List<Enrolment> all = this.enrolments.findAllById(this.jdbc.sql("""
				SELECT e.id FROM enrolment e JOIN place_period pp ON pp.id = e.place_period_id
				WHERE e.project_id = :project
				  AND (e.status IN ('WAITING', 'OFFERED', 'ENROLLED') OR pp.ends_on >= :today)
				""").param("project", projectId.id()).param("today", today()).query(UUID.class).list());
		List<Enrolment> visible = all.stream().filter(e -> maySee(viewer, project, e)).toList();
		Map<ParticipantId, String> people = names(visible, viewer);
		List<PeriodEnrolments> result = new ArrayList<>();
		for (PlacePeriod period : periods) {
			boolean anyoneWaits = visible.stream()
				.anyMatch(e -> e.placePeriodId().equals(period.id()) && e.status() == EnrolmentStatus.WAITING);
			Map<UUID, Ranked> ranks = anyoneWaits ? this.waitingList.of(period.id(), project)
				.stream()
				.collect(Collectors.toMap(ranked -> ranked.entry().id(), Function.identity())) : Map.of();
			List<EnrolmentView> inPeriod = visible.stream()
				.filter(e -> e.placePeriodId().equals(period.id()))
				.map(e -> view(e, project, period, people, ranks.get(e.id().id()), viewer))
				.toList();
			result.add(new PeriodEnrolments(period,
					inPeriod.stream()
						.filter(v -> v.enrolment().status().holdsAPlace())
						.sorted(Comparator.comparing((EnrolmentView v) -> v.enrolment().offeredOn())
							.thenComparing(v -> v.enrolment().referredAt()))
						.toList(),
					inPeriod.stream()
						.filter(v -> v.enrolment().status() == EnrolmentStatus.WAITING)
						.sorted(Comparator.comparing(EnrolmentView::position))
						.toList(),
					inPeriod.stream()
						.filter(v -> !v.enrolment().status().isActive())
						.sorted(Comparator.comparing((EnrolmentView v) -> v.enrolment().updatedAt()).reversed())
						.toList()));
		}
		return result;
	}

	/**
	 * How many people wait in each period of a project: figures anybody may see.
	 * @return by period identifier, never null
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> waitingCounts(ProjectId projectId) {
		return this.jdbc.sql("""
				SELECT place_period_id, count(*) AS waiting FROM enrolment
				WHERE project_id = :project AND status = 'WAITING' GROUP BY place_period_id
				""")
			.param("project", projectId.id())
			.query((rs, n) -> Map.entry(rs.getObject("place_period_id", UUID.class), rs.getInt("waiting")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * One enrolment, when the viewer may see it: the project lead, the person's
	 * counsellor, or the partner organisation that referred the person.
	 * @return empty when there is none or the viewer may not see it (indistinguishable)
	 */
	public Optional<EnrolmentView> enrolment(EnrolmentId id, StaffMember viewer) {
		return this.enrolments.findById(id.id()).flatMap(enrolment -> {
			Project project = this.projects.findById(enrolment.projectId().id()).orElseThrow();
			if (!maySee(viewer, project, enrolment)) {
				return Optional.empty();
			}
			PlacePeriod period = this.places.find(enrolment.placePeriodId()).orElseThrow();
			Ranked rank = (enrolment.status() == EnrolmentStatus.WAITING) ? this.waitingList.of(period.id(), project)
				.stream()
				.filter(ranked -> ranked.entry().id().equals(id.id()))
				.findFirst()
				.orElse(null) : null;
			return Optional.of(view(enrolment, project, period, names(List.of(enrolment), viewer), rank, viewer));
		});
	}

	/**
	 * The referrals and enrolments a viewer works with: a counsellor the own team's, a
	 * project lead the own projects', a partner organisation its own referrals.
	 * @param activeOnly whether to leave out the ones that ended
	 * @return newest referral first, at most 500; never null
	 */
	public List<EnrolmentView> visibleTo(StaffMember viewer, boolean activeOnly) {
		String condition = switch (viewer.role()) {
			case COUNSELLOR -> "e.responsible_unit_id = :unit";
			case PROJECT_LEAD -> "p.lead_id = :viewer";
			case PARTNER -> "e.referring_partner_id = :partner";
			default -> "FALSE";
		};
		UUID partner = (viewer.role() == Role.PARTNER)
				? this.organisation.partnerOf(viewer.id()).map(PartnerOrganisationId::id).orElse(null) : null;
		List<UUID> ids = this.jdbc.sql("""
				SELECT e.id FROM enrolment e JOIN project p ON p.id = e.project_id
				WHERE %s %s ORDER BY e.referred_at DESC LIMIT 500
				""".formatted(condition, activeOnly ? "AND e.status IN ('WAITING', 'OFFERED', 'ENROLLED')" : ""))
			.param("unit", viewer.unitId())
			.param("viewer", viewer.id())
			.param("partner", partner)
			.query(UUID.class)
			.list();
		Map<UUID, Enrolment> byId = this.enrolments.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(e -> e.id().id(), Function.identity()));
		List<Enrolment> found = ids.stream().map(byId::get).toList();
		Map<UUID, Project> projectsById = this.projects
			.findAllById(found.stream().map(e -> e.projectId().id()).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(p -> p.id().id(), Function.identity()));
		List<Enrolment> visible = found.stream()
			.filter(e -> maySee(viewer, partner, projectsById.get(e.projectId().id()), e))
			.toList();
		Map<ParticipantId, String> people = names(visible, viewer);
		Map<UUID, List<Ranked>> waitingLists = new java.util.HashMap<>();
		Map<UUID, PlacePeriod> periods = new java.util.HashMap<>();
		return visible.stream().map(e -> {
			Project project = projectsById.get(e.projectId().id());
			PlacePeriod period = periods.computeIfAbsent(e.placePeriodId(), p -> this.places.find(p).orElseThrow());
			Ranked rank = null;
			if (e.status() == EnrolmentStatus.WAITING) {
				rank = waitingLists.computeIfAbsent(e.placePeriodId(), p -> this.waitingList.of(p, project))
					.stream()
					.filter(r -> r.entry().id().equals(e.id().id()))
					.findFirst()
					.orElse(null);
			}
			return view(e, project, period, people, rank, viewer);
		}).toList();
	}

	private boolean maySee(StaffMember viewer, Project project, Enrolment enrolment) {
		UUID partner = (viewer.role() == Role.PARTNER)
				? this.organisation.partnerOf(viewer.id()).map(PartnerOrganisationId::id).orElse(null) : null;
		return maySee(viewer, partner, project, enrolment);
	}

	/**
	 * A partner organisation sees its own referrals; staff see by the project's rule.
	 * @param partner the viewer's partner organisation, null for the office's staff
	 */
	private static boolean maySee(StaffMember viewer, UUID partner, Project project, Enrolment enrolment) {
		if (viewer.role() == Role.PARTNER) {
			return partner != null && partner.equals(enrolment.referringPartnerId());
		}
		return ProjectAccessPolicy.maySeePerson(viewer, project, enrolment.responsibleUnitId());
	}

	/**
	 * The names of the people the viewer may see by name; a partner organisation gets the
	 * status of its referrals only, never names from the case file.
	 */
	private Map<ParticipantId, String> names(List<Enrolment> visible, StaffMember viewer) {
		if (viewer.role() == Role.PARTNER) {
			return Map.of();
		}
		Set<ParticipantId> ids = visible.stream()
			.map(e -> new ParticipantId(e.participantId()))
			.collect(Collectors.toSet());
		return this.participants.names(ids, actor(viewer), AccessPurpose.PROJECT_WORK);
	}

	private EnrolmentView view(Enrolment enrolment, Project project, PlacePeriod period,
			Map<ParticipantId, String> people, Ranked rank, StaffMember viewer) {
		String person = people.get(new ParticipantId(enrolment.participantId()));
		EnrolmentView.Priority priority = (rank != null) ? new EnrolmentView.Priority(rank.points(),
				rank.countedGroups(), rank.groupPoints(), rank.weeksWaited()) : null;
		return new EnrolmentView(enrolment, project.displayName(), period.label(), person,
				(rank != null) ? rank.position() : null, priority,
				ProjectAccessPolicy.mayRunEnrolments(viewer, project),
				ProjectAccessPolicy.maySpeakFor(viewer, enrolment.responsibleUnitId()));
	}

	private boolean isActiveIn(ProjectId project, ParticipantId participant) {
		return this.jdbc.sql("""
				SELECT count(*) FROM enrolment WHERE project_id = :project AND participant_id = :participant
				  AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
				""")
			.param("project", project.id())
			.param("participant", participant.id())
			.query(Integer.class)
			.single() > 0;
	}

	public static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
