package de.weitblick.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.weitblick.organisation.StaffMember;
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
import de.weitblick.project.enrolment.EnrolmentViews;
import de.weitblick.project.enrolment.WaitingList;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enrolment's course after the referral: the start, the exit with its outcome, a
 * declined offer and a withdrawn referral, and the one enrolment as the viewer sees it.
 * Every change first locks the period's row, so changes to one period go one after the
 * other and the occupancy counter is always right; the database's check constraint
 * refuses an overbooking whatever happens. A place given up goes to the next person
 * waiting. Referring is {@link Referrals}, the lists are {@link EnrolmentLists}. Every
 * read and change of a person's enrolment is written to the audit trail.
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

	private final EnrolmentViews views;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final Outcomes outcomes;

	private final EntrySnapshots entrySnapshots;

	private final Clock clock;

	Enrolments(ProjectRepository projects, EnrolmentRepository enrolments, Places places, WaitingList waitingList,
			EnrolmentViews views, ParticipantDirectory participants, AuditTrail audit, Outcomes outcomes,
			EntrySnapshots entrySnapshots, Clock clock) {
		this.projects = projects;
		this.enrolments = enrolments;
		this.places = places;
		this.waitingList = waitingList;
		this.views = views;
		this.participants = participants;
		this.audit = audit;
		this.outcomes = outcomes;
		this.entrySnapshots = entrySnapshots;
		this.clock = clock;
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
			this.entrySnapshots.record(id, enrolment.participantId(), startedOn);
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
		if (!this.views.maySee(viewer, project, seen)) {
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
	 * One enrolment, when the viewer may see it: the project lead, the person's
	 * counsellor, or the partner organisation that referred the person.
	 * @return empty when there is none or the viewer may not see it (indistinguishable)
	 */
	public Optional<EnrolmentView> enrolment(EnrolmentId id, StaffMember viewer) {
		return this.enrolments.findById(id.id()).flatMap(enrolment -> {
			Project project = this.projects.findById(enrolment.projectId().id()).orElseThrow();
			if (!this.views.maySee(viewer, project, enrolment)) {
				return Optional.empty();
			}
			PlacePeriod period = this.places.find(enrolment.placePeriodId()).orElseThrow();
			Ranked rank = (enrolment.status() == EnrolmentStatus.WAITING) ? this.waitingList.of(period.id(), project)
				.stream()
				.filter(ranked -> ranked.entry().id().equals(id.id()))
				.findFirst()
				.orElse(null) : null;
			return Optional.of(EnrolmentViews.view(enrolment, project, period,
					this.views.names(List.of(enrolment), viewer), rank, viewer));
		});
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
