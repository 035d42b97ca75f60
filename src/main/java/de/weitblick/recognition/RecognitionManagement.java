package de.weitblick.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.ModuleHosts;
import de.weitblick.employer.ModuleOffer;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferSeats;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.OwnTeamFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.PersonFound;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.SmallNumbers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognition module's facade: opens a person's recognition case from the notice of
 * partial equivalence, plans internship modules at host employers that close its gaps,
 * records their progress and the full recognition, and counts the figures. Counsellors
 * and the employer service work with the cases of their own unit's people; every read and
 * change is written to the audit trail.
 */
@Service
@Transactional
public class RecognitionManagement {

	static final String SUBJECT_TYPE = "participant";

	private static final AccessPurpose PURPOSE = AccessPurpose.RECOGNITION;

	private final RecognitionStore store;

	private final OwnTeamFinder finder;

	private final ParticipantDirectory participants;

	private final EmployerManagement employers;

	private final ModuleHosts hosts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SmallNumbers smallNumbers;

	private final OfferSeats seats;

	RecognitionManagement(RecognitionStore store, OwnTeamFinder finder, ParticipantDirectory participants,
			EmployerManagement employers, ModuleHosts hosts, OfferSeats seats, AuditTrail audit, Clock clock,
			@Value(SmallNumbers.THRESHOLD) int threshold) {
		this.seats = seats;
		this.store = store;
		this.finder = finder;
		this.participants = participants;
		this.employers = employers;
		this.hosts = hosts;
		this.audit = audit;
		this.clock = clock;
		this.smallNumbers = new SmallNumbers(threshold);
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer works with recognition cases: counsellors and the
	 * employer service of a unit
	 */
	public boolean mayWork(StaffMember viewer) {
		return OwnTeamFinder.findsOwnTeam(viewer);
	}

	/**
	 * The cases of the viewer's unit with the people's names, those in progress first.
	 * @param viewer must not be null
	 * @return at most 500, never null
	 * @throws AccessDeniedException when the viewer does not work with recognition cases
	 */
	public List<RecognitionSummary> cases(StaffMember viewer) {
		requireWork(viewer);
		List<RecognitionSummary> found = this.store.ofUnit(viewer.unitId());
		Map<ParticipantId, String> names = this.participants.names(
				found.stream().map(c -> new ParticipantId(c.participantId())).distinct().toList(), actor(viewer),
				PURPOSE);
		return found.stream()
			.map(c -> new RecognitionSummary(c.id(), c.participantId(),
					names.getOrDefault(new ParticipantId(c.participantId()), ""), c.referenceOccupation(), c.status(),
					c.gaps(), c.gapsClosed()))
			.toList();
	}

	/**
	 * One case with the person's name; the read is written to the audit trail.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return empty when there is no such case in the viewer's unit
	 * @throws AccessDeniedException when the viewer does not work with recognition cases
	 */
	public Optional<RecognitionCase> recognitionCase(RecognitionCaseId id, StaffMember viewer) {
		requireWork(viewer);
		if (!this.store.unitOf(id.id()).filter(viewer.unitId()::equals).isPresent()) {
			return Optional.empty();
		}
		Map<UUID, String> employerNames = new LinkedHashMap<>();
		this.employers.names(this.store.employersOf(id.id()).stream().map(EmployerId::new).toList())
			.forEach((employer, name) -> employerNames.put(employer.id(), name));
		return this.store.find(id.id(), employerNames).map(found -> {
			ParticipantId person = new ParticipantId(found.participantId());
			String name = this.participants.names(List.of(person), actor(viewer), PURPOSE).getOrDefault(person, "");
			return new RecognitionCase(found.id(), found.version(), found.participantId(), name, found.qualification(),
					found.country(), found.referenceOccupation(), found.competentBody(), found.noticeOn(),
					found.openedOn(), found.status(), found.recognisedOn(), found.gaps(), found.modules());
		});
	}

	/**
	 * A case's page in one read: the case and the internship modules a plan may take.
	 * @return empty when there is no such case in the viewer's unit
	 */
	public Optional<RecognitionPage> page(RecognitionCaseId id, StaffMember viewer) {
		return recognitionCase(id, viewer).map(found -> new RecognitionPage(found,
				(found.status() == RecognitionStatus.IN_PROGRESS) ? this.hosts.openOn(today()) : List.of()));
	}

	/**
	 * People of the viewer's unit by name or date of birth, to open a case for.
	 * @return at most 20, never null
	 */
	public List<PersonFound> findPeople(String name, LocalDate birthDate, StaffMember viewer) {
		requireWork(viewer);
		return this.finder.findInOwnTeam(name, birthDate, viewer, PURPOSE);
	}

	/**
	 * Opens a recognition case from the notice of partial equivalence.
	 * @param draft must not be null
	 * @param viewer must not be null
	 * @return the new case's identifier
	 * @throws RuleViolation when a rule is broken; nothing is stored then
	 */
	public RecognitionCaseId open(RecognitionDraft draft, StaffMember viewer) {
		requireWork(viewer);
		if (draft.participantId() == null) {
			throw new RuleViolation("participantId", "recognition.rule.person-required");
		}
		required(draft.qualification(), "qualification", 300);
		required(draft.country(), "country", 100);
		required(draft.referenceOccupation(), "referenceOccupation", 200);
		required(draft.competentBody(), "competentBody", 300);
		if (draft.noticeOn() == null) {
			throw new RuleViolation("noticeOn", "recognition.rule.notice-required");
		}
		if (draft.noticeOn().isAfter(today())) {
			throw new RuleViolation("noticeOn", "recognition.rule.notice-in-future");
		}
		if (draft.gaps().isEmpty() || draft.gaps().size() > 20) {
			throw new RuleViolation("gaps", "recognition.rule.gaps-required");
		}
		if (draft.gaps().stream().anyMatch(gap -> gap.length() > 300)) {
			throw new RuleViolation("gaps", "recognition.rule.too-long", 300);
		}
		ParticipantId person = new ParticipantId(draft.participantId());
		this.finder.personInOwnTeam(person, viewer, PURPOSE)
			.orElseThrow(() -> new RuleViolation("participantId", "recognition.rule.person-unknown"));
		if (this.store.inProgressFor(draft.participantId())) {
			throw new RuleViolation("participantId", "recognition.rule.already-in-progress");
		}
		UUID id = this.store.insert(draft, viewer.unitId(), today());
		record(viewer, person.id(), AuditAction.CREATE, "recognition.audit.opened", draft.referenceOccupation());
		return new RecognitionCaseId(id);
	}

	/**
	 * Plans an internship module that closes one of the case's gaps at the employer
	 * offering it.
	 * @param startsOn the planned start, the offer's start when null
	 * @throws RuleViolation when a rule is broken; nothing is stored then
	 * @throws OptimisticLockingFailureException when someone else changed the case
	 */
	public void planModule(RecognitionCaseId id, int expectedVersion, UUID gapId, OfferId offerId, LocalDate startsOn,
			StaffMember viewer) {
		RecognitionCase found = toChange(id, expectedVersion, viewer);
		RecognitionCase.Gap gap = found.gaps()
			.stream()
			.filter(candidate -> candidate.id().equals(gapId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("gapId", "recognition.rule.gap-unknown"));
		if (gap.closed()) {
			throw new RuleViolation("gapId", "recognition.rule.gap-closed", gap.competenceArea());
		}
		if (offerId == null) {
			throw new RuleViolation("offerId", "recognition.rule.offer-not-module");
		}
		// The offer's seats are shared with placements: one claim at a time.
		this.seats.claim(offerId);
		ModuleOffer offer = this.hosts.moduleOffer(offerId)
			.orElseThrow(() -> new RuleViolation("offerId", "recognition.rule.offer-not-module"));
		LocalDate start = (startsOn != null) ? startsOn : offer.startsOn();
		if (offer.endsOn() != null && (offer.endsOn().isBefore(today()) || offer.endsOn().isBefore(start))) {
			throw new RuleViolation("offerId", "recognition.rule.offer-ended", offer.title());
		}
		if (start.isBefore(found.noticeOn())) {
			throw new RuleViolation("startsOn", "recognition.rule.start-before-notice");
		}
		if (this.seats.held(offerId) >= offer.seats()) {
			throw new RuleViolation("offerId", "recognition.rule.offer-full", offer.title(), offer.seats());
		}
		this.store.insertModule(found.id(), gapId, offer, start);
		record(viewer, found.participantId(), AuditAction.UPDATE, "recognition.audit.module-planned",
				offer.employerName());
	}

	/**
	 * Records how far a module has come: the day the person began and the weeks done; the
	 * module is completed, and closes its gap, when every week is done.
	 * @param startedOn the first day, the planned start when null
	 * @throws RuleViolation when a rule is broken; nothing is stored then
	 * @throws OptimisticLockingFailureException when someone else changed the case
	 */
	public void recordProgress(RecognitionCaseId id, int expectedVersion, UUID moduleId, LocalDate startedOn,
			int weeksCompleted, StaffMember viewer) {
		RecognitionCase found = toChange(id, expectedVersion, viewer);
		RecognitionCase.PlannedModule module = found.modules()
			.stream()
			.filter(candidate -> candidate.id().equals(moduleId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("moduleId", "recognition.rule.module-unknown"));
		if (weeksCompleted < 0 || weeksCompleted > module.weeks()) {
			throw new RuleViolation("weeksCompleted", "recognition.rule.weeks", module.weeks());
		}
		LocalDate started = (startedOn != null) ? startedOn
				: (module.startedOn() != null) ? module.startedOn() : module.startsOn();
		if (started.isAfter(today())) {
			throw new RuleViolation("startedOn", "recognition.rule.start-in-future");
		}
		boolean completed = weeksCompleted == module.weeks();
		this.store.updateModule(moduleId, completed ? ModuleStatus.COMPLETED : ModuleStatus.RUNNING, started,
				weeksCompleted, completed ? today() : null);
		record(viewer, found.participantId(), AuditAction.UPDATE, "recognition.audit.progress", weeksCompleted);
	}

	/**
	 * Records the full recognition, once a completed module closes every gap.
	 * @param on the day of the recognition, today when null
	 * @throws RuleViolation when a gap is open or the day is wrong; nothing is stored
	 * then
	 * @throws OptimisticLockingFailureException when someone else changed the case
	 */
	public void recordRecognition(RecognitionCaseId id, int expectedVersion, LocalDate on, StaffMember viewer) {
		RecognitionCase found = toChange(id, expectedVersion, viewer);
		if (!found.everyGapClosed()) {
			throw new RuleViolation(null, "recognition.rule.gaps-open");
		}
		LocalDate day = (on != null) ? on : today();
		if (day.isAfter(today()) || day.isBefore(found.noticeOn())) {
			throw new RuleViolation("on", "recognition.rule.recognised-on");
		}
		this.store.recordRecognised(found.id(), day);
		record(viewer, found.participantId(), AuditAction.UPDATE, "recognition.audit.recognised",
				found.referenceOccupation());
	}

	/**
	 * The figures per year, with small counts hidden.
	 * @throws RuleViolation when the years are out of order or span more than 20 years
	 * @throws AccessDeniedException when the viewer does not work with recognition cases
	 */
	@Transactional(readOnly = true)
	public RecognitionFigures figures(int fromYear, int toYear, StaffMember viewer) {
		requireWork(viewer);
		if (toYear < fromYear || toYear - fromYear > 19 || fromYear < 1990 || toYear > 2100) {
			throw new RuleViolation("fromYear", "recognition.rule.figure-years");
		}
		return new RecognitionFigures(this.smallNumbers.threshold(), this.store.figures(fromYear, toYear)
			.stream()
			.map(row -> new RecognitionFigures.Year(row[0], shown(row[1]), shown(row[2]), shown(row[3]), shown(row[4])))
			.toList());
	}

	private Integer shown(int count) {
		return this.smallNumbers.hides(count) ? null : count;
	}

	private RecognitionCase toChange(RecognitionCaseId id, int expectedVersion, StaffMember viewer) {
		requireWork(viewer);
		if (!this.store.unitOf(id.id()).filter(viewer.unitId()::equals).isPresent()) {
			throw new NotFound("recognition.not-found");
		}
		this.store.claim(id.id(), expectedVersion);
		RecognitionCase found = this.store.find(id.id(), Map.of()).orElseThrow();
		if (found.status() != RecognitionStatus.IN_PROGRESS) {
			throw new RuleViolation(null, "recognition.rule.recognised-already");
		}
		return found;
	}

	private void record(StaffMember viewer, UUID person, AuditAction action, String key, Object argument) {
		this.audit.recordAction(actor(viewer), action, SUBJECT_TYPE, person, PURPOSE, AuditDetail.of(key, argument));
	}

	private static void required(String text, String field, int maximum) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, "recognition.rule." + field + "-required");
		}
		if (text.strip().length() > maximum) {
			throw new RuleViolation(field, "recognition.rule.too-long", maximum);
		}
	}

	private void requireWork(StaffMember viewer) {
		if (!mayWork(viewer)) {
			throw new AccessDeniedException("Only counsellors and the employer service work with recognition");
		}
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
