package de.weitblick.placement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.OfferSeats;
import de.weitblick.employer.OfferYear;
import de.weitblick.employer.RecognitionModulesHosted;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.PersonFound;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement module's facade: proposes people for offers, moves placements through
 * agreement, start and end, records the six-month follow-up, and computes each employer's
 * engagement record. Only the employer service works with placements, which name people;
 * an employer account reads its own employer's engagement record, which names nobody.
 */
@Service
@Transactional(readOnly = true)
public class PlacementManagement {

	static final String SUBJECT_TYPE = "participant";

	private static final String COLUMNS = """
			p.id, p.version, p.participant_id, p.employer_id, p.offer_id, p.offer_kind, p.field, p.focus_groups,
			p.status, p.period_starts_on, p.period_ends_on, p.proposed_on, p.agreed_on, p.started_on, p.ended_on,
			p.end_reason, p.follow_up_on, p.still_employed""";

	private final JdbcClient jdbc;

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<RecognitionModulesHosted> modulesHosted;

	private final ParticipantFinder finder;

	private final OfferSeats seats;

	PlacementManagement(JdbcClient jdbc, EmployerManagement employers, ParticipantDirectory participants,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<RecognitionModulesHosted> modulesHosted, ParticipantFinder finder, OfferSeats seats,
			OfferManagement offerManagement) {
		this.offerManagement = offerManagement;
		this.finder = finder;
		this.seats = seats;
		this.modulesHosted = modulesHosted;
		this.jdbc = jdbc;
		this.employers = employers;
		this.participants = participants;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer works with placements (the employer service)
	 */
	public boolean mayPlace(StaffMember viewer) {
		return viewer.role() == Role.EMPLOYER_SERVICE;
	}

	/**
	 * People of the employer service's own unit by name (typos allowed) or date of birth,
	 * to propose for an offer; every person shown is written to the audit trail.
	 * @param name may be null
	 * @param birthDate may be null
	 * @param viewer must not be null
	 * @return at most 20, empty without a criterion; never null
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public List<PersonFound> findPeople(String name, LocalDate birthDate, StaffMember viewer) {
		requirePlacing(viewer);
		return this.finder.findInOwnTeam(name, birthDate, viewer, AccessPurpose.PLACEMENT);
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer may propose a person for an offer: the employer service,
	 * and counsellors for the people of their team (from a matching run's accepted
	 * proposal)
	 */
	public boolean mayPropose(StaffMember viewer) {
		return mayPlace(viewer) || viewer.role() == Role.COUNSELLOR;
	}

	/**
	 * @param offers must not be null
	 * @return per offer, the seats held: by its placements not ended and by the modules
	 * of recognition plans in it not completed
	 */
	public Map<OfferId, Integer> seatsHeld(Collection<OfferId> offers) {
		return this.seats.held(offers);
	}

	/**
	 * Proposes a person for an offer. Refused when the offer has ended or all its seats
	 * are taken, or when the person already has a placement at the same time.
	 * @param participant must not be null
	 * @param offerId must not be null
	 * @param viewer must not be null
	 * @return the new placement's identifier
	 * @throws RuleViolation when a rule is broken; nothing is stored then
	 */
	@Transactional
	public PlacementId propose(ParticipantId participant, OfferId offerId, StaffMember viewer) {
		if (!mayPropose(viewer)) {
			throw new AccessDeniedException("Only the employer service and counsellors propose placements");
		}
		if (participant == null) {
			throw new RuleViolation("participantId", "placement.rule.participant-required");
		}
		if (offerId == null) {
			throw new RuleViolation("offerId", "placement.rule.offer-required");
		}
		// One proposal per offer at a time, so that two people never take its last seat.
		this.seats.claim(offerId);
		Offer offer = this.offerManagement.offer(offerId)
			.orElseThrow(() -> new RuleViolation("offerId", "placement.rule.offer-unknown"));
		LocalDate today = today();
		if (offer.isExpiredOn(today)) {
			throw new RuleViolation("offerId", "placement.rule.offer-expired", offer.details().title(),
					offer.details().lastDay());
		}
		int taken = this.seats.held(offerId);
		if (taken >= offer.details().seats()) {
			throw new RuleViolation("offerId", "placement.rule.offer-full", offer.details().title(),
					offer.details().seats());
		}
		Actor actor = actor(viewer);
		ParticipantProfile profile = this.participants.profiles(List.of(participant), actor, AccessPurpose.PLACEMENT)
			.get(participant);
		if (profile == null) {
			throw new RuleViolation("participantId", "placement.rule.participant-unknown");
		}
		LocalDate endsOn = offer.details().lastDay();
		List<String> conflicts = this.jdbc.sql("""
				SELECT p.offer_id FROM placement p
				WHERE p.participant_id = :participant AND p.status <> 'ENDED'
				  AND p.period_starts_on <= COALESCE(CAST(:endsOn AS date), DATE '9999-12-31')
				  AND COALESCE(p.period_ends_on, DATE '9999-12-31') >= :startsOn
				""")
			.param("participant", participant.id())
			.param("startsOn", offer.details().startsOn())
			.param("endsOn", endsOn)
			.query((rs, n) -> rs.getObject("offer_id", UUID.class))
			.list()
			.stream()
			.map(id -> this.offerManagement.offer(new OfferId(id)).map(Offer::employerName).orElse(""))
			.toList();
		if (!conflicts.isEmpty()) {
			throw new RuleViolation("participantId", "placement.rule.conflict", conflicts.getFirst());
		}
		UUID id = TimeOrderedIds.next();
		String[] focusGroups = profile.focusGroups()
			.stream()
			.map(FocusGroupMembership::focusGroup)
			.distinct()
			.map(Enum::name)
			.toArray(String[]::new);
		this.jdbc.sql("""
				INSERT INTO placement (id, version, participant_id, employer_id, offer_id, offer_kind, field,
				  focus_groups, status, period_starts_on, period_ends_on, proposed_on)
				VALUES (:id, 0, :participant, :employer, :offer, :kind, :field, CAST(:focusGroups AS varchar[]),
				  'PROPOSED', :startsOn, :endsOn, :today)
				""")
			.param("id", id)
			.param("participant", participant.id())
			.param("employer", offer.employerId())
			.param("offer", offerId.id())
			.param("kind", offer.details().kind().name())
			.param("field", offer.details().field().name())
			.param("focusGroups", focusGroups)
			.param("startsOn", offer.details().startsOn())
			.param("endsOn", endsOn)
			.param("today", today)
			.update();
		this.audit.recordAction(actor, AuditAction.CREATE, SUBJECT_TYPE, participant.id(), AccessPurpose.PLACEMENT,
				AuditDetail.of("placement.audit.proposed", offer.details().title(), offer.employerName()));
		return new PlacementId(id);
	}

	/**
	 * Records that person and employer agreed.
	 * @throws RuleViolation when the placement is not proposed
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void agree(PlacementId id, int expectedVersion, LocalDate on, StaffMember viewer) {
		Placement placement = toChange(id, expectedVersion, viewer);
		requireStatus(placement, PlacementStatus.PROPOSED, "placement.rule.agree-only-proposed");
		LocalDate day = (on != null) ? on : today();
		update(placement, "status = 'AGREED', agreed_on = :day", day);
		audit(viewer, placement, "placement.audit.agreed");
	}

	/**
	 * Records that the person started.
	 * @throws RuleViolation when the placement is not agreed
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void start(PlacementId id, int expectedVersion, LocalDate on, StaffMember viewer) {
		Placement placement = toChange(id, expectedVersion, viewer);
		requireStatus(placement, PlacementStatus.AGREED, "placement.rule.start-only-agreed");
		LocalDate day = (on != null) ? on : today();
		if (day.isAfter(today())) {
			throw new RuleViolation("on", "placement.rule.start-in-future");
		}
		update(placement, "status = 'STARTED', started_on = :day", day);
		audit(viewer, placement, "placement.audit.started");
		this.events.publishEvent(new PlacementStarted(id, new ParticipantId(placement.participantId()),
				new EmployerId(placement.employerId()), new OfferId(placement.offerId()), placement.offerKind(), day));
	}

	/**
	 * Ends a placement with its reason.
	 * @throws RuleViolation when it already ended, the reason is missing or the day is
	 * before the start
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void end(PlacementId id, int expectedVersion, LocalDate on, EndReason reason, StaffMember viewer) {
		Placement placement = toChange(id, expectedVersion, viewer);
		if (placement.status() == PlacementStatus.ENDED) {
			throw new RuleViolation(null, "placement.rule.already-ended");
		}
		if (reason == null) {
			throw new RuleViolation("reason", "placement.rule.reason-required");
		}
		LocalDate day = (on != null) ? on : today();
		if (placement.startedOn() != null && day.isBefore(placement.startedOn())) {
			throw new RuleViolation("on", "placement.rule.end-before-start");
		}
		if (placement.startedOn() == null && reason != EndReason.NOT_STARTED && reason != EndReason.OTHER) {
			throw new RuleViolation("reason", "placement.rule.not-started-reason");
		}
		this.jdbc.sql("""
				UPDATE placement SET version = version + 1, status = 'ENDED', ended_on = :day, end_reason = :reason
				WHERE id = :id AND version = :version
				""")
			.param("day", day)
			.param("reason", reason.name())
			.param("id", id.id())
			.param("version", placement.version())
			.update();
		audit(viewer, placement, "placement.audit.ended");
		this.events.publishEvent(new PlacementEnded(id, new ParticipantId(placement.participantId()),
				new EmployerId(placement.employerId()), day, reason));
	}

	/**
	 * Records the six-month follow-up of a hire: whether the person is still employed.
	 * @throws RuleViolation when the placement is no hire or has not been running for six
	 * months
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void recordFollowUp(PlacementId id, int expectedVersion, boolean stillEmployed, StaffMember viewer) {
		Placement placement = toChange(id, expectedVersion, viewer);
		LocalDate due = placement.followUpDue();
		if (due == null) {
			throw new RuleViolation(null, "placement.rule.follow-up-only-hires");
		}
		if (due.isAfter(today())) {
			throw new RuleViolation(null, "placement.rule.follow-up-not-due", due);
		}
		this.jdbc.sql("""
				UPDATE placement SET version = version + 1, follow_up_on = :today, still_employed = :still
				WHERE id = :id AND version = :version
				""")
			.param("today", today())
			.param("still", stillEmployed)
			.param("id", id.id())
			.param("version", placement.version())
			.update();
		audit(viewer, placement, "placement.audit.followed-up");
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the placement with the person's name, or empty when there is none
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public Optional<Placement> placement(PlacementId id, StaffMember viewer) {
		requirePlacing(viewer);
		Optional<Placement> placement = find(id);
		if (placement.isEmpty()) {
			return placement;
		}
		return Optional.of(withNames(List.of(placement.get()), viewer).getFirst());
	}

	/**
	 * An employer's placements with the people's names, the latest first.
	 * @param employer must not be null
	 * @param viewer must not be null
	 * @return at most 500, never null
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public List<Placement> placementsOf(EmployerId employer, StaffMember viewer) {
		requirePlacing(viewer);
		List<Placement> found = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM placement p WHERE p.employer_id = :employer "
					+ "ORDER BY p.proposed_on DESC, p.id DESC LIMIT 500")
			.param("employer", employer.id())
			.query(PlacementManagement::placement)
			.list();
		return withNames(found, viewer);
	}

	/**
	 * The hires whose six-month follow-up is due and not yet recorded, the oldest first.
	 * @param viewer must not be null
	 * @return at most 200, never null
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public List<Placement> followUpsDue(StaffMember viewer) {
		requirePlacing(viewer);
		List<Placement> found = this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM placement p
				WHERE p.offer_kind IN ('JOB', 'APPRENTICESHIP') AND p.started_on IS NOT NULL
				  AND p.follow_up_on IS NULL AND p.started_on + INTERVAL '6 months' <= :today
				ORDER BY p.started_on, p.id LIMIT 200
				""").param("today", today()).query(PlacementManagement::placement).list();
		return withNames(found, viewer);
	}

	/**
	 * An employer's engagement record over whole years, computed from its offers and
	 * placements.
	 * @param employer must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return never null
	 * @throws RuleViolation when the years are out of order or span more than 20 years
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	public EngagementRecord engagement(EmployerId employer, int fromYear, int toYear, StaffMember viewer) {
		if (!this.employers.mayRead(employer, viewer)) {
			throw new AccessDeniedException("May not read employer " + employer.id());
		}
		if (toYear < fromYear || toYear - fromYear > 19 || fromYear < 1990 || toYear > 2100) {
			throw new RuleViolation("fromYear", "placement.rule.engagement-years");
		}
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		LocalDate until = LocalDate.of(toYear + 1, 1, 1);
		Map<Integer, int[]> placed = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT CAST(extract(YEAR FROM started_on) AS integer) AS year,
				       count(*) AS started,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')) AS hires,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP') AND (still_employed
				         OR (still_employed IS NULL AND started_on + INTERVAL '6 months' <= :today
				             AND (ended_on IS NULL OR ended_on >= started_on + INTERVAL '6 months')))) AS lasting,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')
				         AND field IN ('CARE', 'HOME_ECONOMICS', 'EDUCATION')) AS social_economy
				FROM placement
				WHERE employer_id = :employer AND started_on >= :from AND started_on < :until
				GROUP BY 1
				""")
			.param("employer", employer.id())
			.param("today", today())
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> placed.put(rs.getInt("year"),
					new int[] { rs.getInt("started"), rs.getInt("hires"), rs.getInt("lasting"), 0,
							rs.getInt("social_economy") }))
			.list();
		// The modules of recognition plans are kept by the recognition module, which
		// depends on this one; it tells them through the employer module's interface.
		Map<Integer, Integer> modules = new LinkedHashMap<>();
		this.modulesHosted.orderedStream()
			.forEach(source -> source.modulesStarted(employer, fromYear, toYear)
				.forEach((year, count) -> modules.merge(year, count, Integer::sum)));
		List<EngagementRecord.Year> years = new ArrayList<>();
		for (OfferYear offered : this.offerManagement.offerYears(employer, fromYear, toYear)) {
			int[] p = placed.getOrDefault(offered.year(), new int[5]);
			years.add(new EngagementRecord.Year(offered.year(), p[0], offered.internshipSeats() + offered.moduleSeats(),
					offered.tasterSeats(), p[1], p[2], modules.getOrDefault(offered.year(), 0), p[4]));
		}
		Map<FocusGroupCode, Integer> byGroup = new EnumMap<>(FocusGroupCode.class);
		for (FocusGroupCode code : FocusGroupCode.values()) {
			byGroup.put(code, 0);
		}
		this.jdbc.sql("""
				SELECT g AS focus_group, count(*) AS placements
				FROM placement, unnest(focus_groups) AS g
				WHERE employer_id = :employer AND started_on >= :from AND started_on < :until
				GROUP BY g
				""")
			.param("employer", employer.id())
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> byGroup.put(FocusGroupCode.valueOf(rs.getString("focus_group")), rs.getInt("placements")))
			.list();
		return new EngagementRecord(fromYear, toYear, years,
				byGroup.entrySet()
					.stream()
					.map(entry -> new EngagementRecord.FocusGroupCount(entry.getKey(), entry.getValue()))
					.toList());
	}

	/**
	 * The sums of the engagement records of several employers over whole years, computed
	 * set-based in one read per source (placements, offers, recognition modules) rather
	 * than employer by employer.
	 * @param employers must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return the sums over the period (year 0) for every employer asked about, never
	 * null
	 * @throws RuleViolation when the years are out of order or span more than 20 years
	 * @throws AccessDeniedException when the viewer may not read one of the employers
	 */
	public Map<EmployerId, EngagementRecord.Year> engagementTotals(Collection<EmployerId> employers, int fromYear,
			int toYear, StaffMember viewer) {
		for (EmployerId employer : employers) {
			if (!this.employers.mayRead(employer, viewer)) {
				throw new AccessDeniedException("May not read employer " + employer.id());
			}
		}
		if (toYear < fromYear || toYear - fromYear > 19 || fromYear < 1990 || toYear > 2100) {
			throw new RuleViolation("fromYear", "placement.rule.engagement-years");
		}
		Map<EmployerId, EngagementRecord.Year> totals = new LinkedHashMap<>();
		if (employers.isEmpty()) {
			return totals;
		}
		Map<EmployerId, int[]> placed = new HashMap<>();
		this.jdbc.sql("""
				SELECT employer_id,
				       count(*) AS started,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')) AS hires,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP') AND (still_employed
				         OR (still_employed IS NULL AND started_on + INTERVAL '6 months' <= :today
				             AND (ended_on IS NULL OR ended_on >= started_on + INTERVAL '6 months')))) AS lasting,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')
				         AND field IN ('CARE', 'HOME_ECONOMICS', 'EDUCATION')) AS social_economy
				FROM placement
				WHERE employer_id = ANY(CAST(:employers AS uuid[])) AND started_on >= :from AND started_on < :until
				GROUP BY employer_id
				""")
			.param("employers", employers.stream().map(EmployerId::id).toArray(UUID[]::new))
			.param("today", today())
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> placed.put(new EmployerId(rs.getObject("employer_id", UUID.class)),
					new int[] { rs.getInt("started"), rs.getInt("hires"), rs.getInt("lasting"),
							rs.getInt("social_economy") }))
			.list();
		Map<EmployerId, Integer> modules = new HashMap<>();
		this.modulesHosted.orderedStream()
			.forEach(source -> source.modulesStarted(employers, fromYear, toYear)
				.forEach((employer, count) -> modules.merge(employer, count, Integer::sum)));
		Map<EmployerId, OfferYear> offered = this.offerManagement.offerTotals(employers, fromYear, toYear);
		OfferYear none = new OfferYear(0, 0, 0, 0, 0);
		for (EmployerId employer : employers) {
			int[] p = placed.getOrDefault(employer, new int[4]);
			OfferYear o = offered.getOrDefault(employer, none);
			totals.put(employer, new EngagementRecord.Year(0, p[0], o.internshipSeats() + o.moduleSeats(),
					o.tasterSeats(), p[1], p[2], modules.getOrDefault(employer, 0), p[3]));
		}
		return totals;
	}

	/**
	 * An employer's engagement record with, for the employer service, its placements and
	 * the offers a person may still be proposed for.
	 * @param employer must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return the page, or empty when there is no such employer
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	@Transactional
	public Optional<EngagementPage> engagementPage(EmployerId employer, int fromYear, int toYear, StaffMember viewer) {
		return engagementPage(employer, fromYear, toYear, null, null, viewer);
	}

	/**
	 * The same page with, for the employer service, the people of its unit found by name
	 * or date of birth to propose.
	 * @param personName may be null
	 * @param personBirthDate may be null
	 * @see #engagementPage(EmployerId, int, int, StaffMember)
	 */
	@Transactional
	public Optional<EngagementPage> engagementPage(EmployerId employer, int fromYear, int toYear, String personName,
			LocalDate personBirthDate, StaffMember viewer) {
		// The name and the offers only: the page shows no contact person.
		String name = this.employers.names(List.of(employer)).get(employer);
		if (name == null) {
			return Optional.empty();
		}
		EngagementRecord record = engagement(employer, fromYear, toYear, viewer);
		boolean mayPlace = mayPlace(viewer);
		LocalDate today = today();
		return Optional
			.of(new EngagementPage(employer.id(), name, record, mayPlace ? placementsOf(employer, viewer) : List.of(),
					mayPlace ? this.offerManagement.offers(employer, viewer)
						.stream()
						.filter(offer -> !offer.isExpiredOn(today))
						.toList() : List.of(),
					mayPlace ? findPeople(personName, personBirthDate, viewer) : List.of(), mayPlace));
	}

	private List<Placement> withNames(List<Placement> placements, StaffMember viewer) {
		Map<ParticipantId, String> names = this.participants.names(
				placements.stream().map(p -> new ParticipantId(p.participantId())).distinct().toList(), actor(viewer),
				AccessPurpose.PLACEMENT);
		Map<EmployerId, String> employerNames = this.employers
			.names(placements.stream().map(p -> new EmployerId(p.employerId())).distinct().toList());
		Map<UUID, String> titles = new LinkedHashMap<>();
		for (Placement placement : placements) {
			titles.computeIfAbsent(placement.offerId(),
					offer -> this.offerManagement.offer(new OfferId(offer))
						.map(found -> found.details().title())
						.orElse(""));
		}
		return placements.stream()
			.map(p -> new Placement(p.id(), p.version(), p.participantId(),
					names.get(new ParticipantId(p.participantId())), p.employerId(),
					employerNames.getOrDefault(new EmployerId(p.employerId()), ""), p.offerId(),
					titles.get(p.offerId()), p.offerKind(), p.field(), p.focusGroups(), p.status(), p.periodStartsOn(),
					p.periodEndsOn(), p.proposedOn(), p.agreedOn(), p.startedOn(), p.endedOn(), p.endReason(),
					p.followUpOn(), p.stillEmployed()))
			.toList();
	}

	private Optional<Placement> find(PlacementId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM placement p WHERE p.id = :id")
			.param("id", id.id())
			.query(PlacementManagement::placement)
			.optional();
	}

	private Placement toChange(PlacementId id, int expectedVersion, StaffMember viewer) {
		requirePlacing(viewer);
		Placement placement = find(id).orElseThrow(() -> new NotFound("placement.not-found"));
		if (placement.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Placement " + id.id() + " was changed in the meantime");
		}
		return placement;
	}

	private void update(Placement placement, String assignments, LocalDate day) {
		this.jdbc
			.sql("UPDATE placement SET version = version + 1, " + assignments
					+ " WHERE id = :id AND version = :version")
			.param("day", day)
			.param("id", placement.id())
			.param("version", placement.version())
			.update();
	}

	private void audit(StaffMember viewer, Placement placement, String key) {
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, placement.participantId(),
				AccessPurpose.PLACEMENT, AuditDetail.of(key));
	}

	private static void requireStatus(Placement placement, PlacementStatus status, String messageKey) {
		if (placement.status() != status) {
			throw new RuleViolation(null, messageKey);
		}
	}

	private void requirePlacing(StaffMember viewer) {
		if (!mayPlace(viewer)) {
			throw new AccessDeniedException("Only the employer service works with placements");
		}
	}

	static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	static Placement placement(ResultSet rs, int row) throws SQLException {
		Array groups = rs.getArray("focus_groups");
		List<FocusGroupCode> focusGroups = (groups != null)
				? Arrays.stream((Object[]) groups.getArray()).map(g -> FocusGroupCode.valueOf((String) g)).toList()
				: List.of();
		String reason = rs.getString("end_reason");
		return new Placement(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("participant_id", UUID.class), null, rs.getObject("employer_id", UUID.class), null,
				rs.getObject("offer_id", UUID.class), null, OfferKind.valueOf(rs.getString("offer_kind")),
				OccupationalField.valueOf(rs.getString("field")), focusGroups,
				PlacementStatus.valueOf(rs.getString("status")), rs.getObject("period_starts_on", LocalDate.class),
				rs.getObject("period_ends_on", LocalDate.class), rs.getObject("proposed_on", LocalDate.class),
				rs.getObject("agreed_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), (reason != null) ? EndReason.valueOf(reason) : null,
				rs.getObject("follow_up_on", LocalDate.class), rs.getObject("still_employed", Boolean.class));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
