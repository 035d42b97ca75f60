package de.weitblick.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OfferSeats;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.OwnTeamFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.PersonFound;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement module's facade: proposes people for offers and moves placements through
 * agreement, start and end; the six-month follow-up is kept by {@link FollowUps}, each
 * employer's engagement record computed by {@link EngagementRecords}. Only the employer
 * service works with placements, which name people; an employer account reads its own
 * employer's engagement record, which names nobody.
 */
@Service
@Transactional(readOnly = true)
public class PlacementManagement {

	static final String SUBJECT_TYPE = "participant";

	private final JdbcClient jdbc;

	private final OfferManagement offerManagement;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OwnTeamFinder finder;

	private final OfferSeats seats;

	private final PlacementStore store;

	PlacementManagement(JdbcClient jdbc, ParticipantDirectory participants, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, OwnTeamFinder finder, OfferSeats seats,
			OfferManagement offerManagement, PlacementStore store) {
		this.offerManagement = offerManagement;
		this.finder = finder;
		this.seats = seats;
		this.jdbc = jdbc;
		this.participants = participants;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.store = store;
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
		this.store.requirePlacing(viewer);
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
		Actor actor = PlacementStore.actor(viewer);
		ParticipantProfile profile = this.participants.profiles(List.of(participant), actor, AccessPurpose.PLACEMENT)
			.get(participant);
		if (profile == null) {
			throw new RuleViolation("participantId", "placement.rule.participant-unknown");
		}
		LocalDate endsOn = offer.details().lastDay();
		List<UUID> conflicts = this.jdbc.sql("""
				SELECT p.offer_id FROM placement p
				WHERE p.participant_id = :participant AND p.status <> 'ENDED'
				  AND p.period_starts_on <= COALESCE(CAST(:endsOn AS date), DATE '9999-12-31')
				  AND COALESCE(p.period_ends_on, DATE '9999-12-31') >= :startsOn
				""")
			.param("participant", participant.id())
			.param("startsOn", offer.details().startsOn())
			.param("endsOn", endsOn)
			.query((rs, n) -> rs.getObject("offer_id", UUID.class))
			.list();
		if (!conflicts.isEmpty()) {
			String employer = this.offerManagement.offer(new OfferId(conflicts.getFirst()))
				.map(Offer::employerName)
				.orElse("");
			throw new RuleViolation("participantId", "placement.rule.conflict", employer);
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
		Placement placement = this.store.toChange(id, expectedVersion, viewer);
		PlacementStore.requireStatus(placement, PlacementStatus.PROPOSED, "placement.rule.agree-only-proposed");
		LocalDate day = (on != null) ? on : today();
		this.store.update(placement, "status = 'AGREED', agreed_on = :day", day);
		this.store.audit(viewer, placement, "placement.audit.agreed");
	}

	/**
	 * Records that the person started.
	 * @throws RuleViolation when the placement is not agreed
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void start(PlacementId id, int expectedVersion, LocalDate on, StaffMember viewer) {
		Placement placement = this.store.toChange(id, expectedVersion, viewer);
		PlacementStore.requireStatus(placement, PlacementStatus.AGREED, "placement.rule.start-only-agreed");
		LocalDate day = (on != null) ? on : today();
		if (day.isAfter(today())) {
			throw new RuleViolation("on", "placement.rule.start-in-future");
		}
		this.store.update(placement, "status = 'STARTED', started_on = :day", day);
		this.store.audit(viewer, placement, "placement.audit.started");
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
		Placement placement = this.store.toChange(id, expectedVersion, viewer);
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
		this.store.audit(viewer, placement, "placement.audit.ended");
		this.events.publishEvent(new PlacementEnded(id, new ParticipantId(placement.participantId()),
				new EmployerId(placement.employerId()), day, reason));
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the placement with the person's name, or empty when there is none
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public Optional<Placement> placement(PlacementId id, StaffMember viewer) {
		this.store.requirePlacing(viewer);
		Optional<Placement> placement = this.store.find(id);
		if (placement.isEmpty()) {
			return placement;
		}
		return Optional.of(this.store.withNames(List.of(placement.get()), viewer).getFirst());
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
		this.store.requirePlacing(viewer);
		List<Placement> found = this.jdbc
			.sql("SELECT " + PlacementStore.COLUMNS + " FROM placement p WHERE p.employer_id = :employer "
					+ "ORDER BY p.proposed_on DESC, p.id DESC LIMIT 500")
			.param("employer", employer.id())
			.query(PlacementStore::placement)
			.list();
		return this.store.withNames(found, viewer);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
