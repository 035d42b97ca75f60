package de.weitblick.matching.taster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferKind;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.matching.engine.TasterDaySchedule;
import de.weitblick.matching.engine.TasterDayScheduler;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantPage;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.PlacementFacts;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Makes taster-day schedules in the background, one after the other: reads the team's
 * pupils (active people younger than {@value #PUPIL_AGE_BELOW}) and the employers' open
 * taster slots, keeps them with the schedule, solves with CP-SAT under the schedule's
 * time limit and writes who was given which slot. A schedule that cannot be made ends
 * with a message and without seats.
 */
@Component
public class TasterDayWorker {

	/** Pupils are the team's people younger than this. */
	public static final int PUPIL_AGE_BELOW = 21;

	/**
	 * The rules schedules are made under: up to three slots per pupil, none further than
	 * 45 minutes away (15 within a district, 30 between two), a trade named in the
	 * pupil's occupation interests counts 10, any other trade 1 (a taster day is there to
	 * try a trade), ten seconds for the solver.
	 */
	public static final TasterInputs.Rules RULES = new TasterInputs.Rules(3, 45, 15, 30, 10, 1, 10);

	private static final int MAXIMUM_SLOTS = 2_000;

	private static final Logger log = LoggerFactory.getLogger(TasterDayWorker.class);

	private final ParticipantFinder finder;

	private final ParticipantDirectory participants;

	private final EmployerManagement employers;

	private final OfferManagement offers;

	private final Catalogues catalogues;

	private final TasterDayStore store;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor;

	TasterDayWorker(ParticipantFinder finder, ParticipantDirectory participants, EmployerManagement employers,
			OfferManagement offers, Catalogues catalogues, TasterDayStore store, Clock clock) {
		this.finder = finder;
		this.participants = participants;
		this.employers = employers;
		this.offers = offers;
		this.catalogues = catalogues;
		this.store = store;
		this.clock = clock;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setThreadNamePrefix("taster-days-");
		this.executor.initialize();
	}

	@EventListener(ApplicationReadyEvent.class)
	void endInterrupted() {
		this.store.endInterrupted();
	}

	/**
	 * Has the schedule made in the background.
	 */
	public void submit(UUID id, StaffMember viewer) {
		this.executor.execute(() -> work(id, viewer));
	}

	void work(UUID id, StaffMember viewer) {
		try {
			LocalDate today = LocalDate.now(this.clock);
			List<TasterInputs.Slot> slots = slots(today);
			List<TasterInputs.Pupil> pupils = pupils(viewer, today, slots);
			if (pupils.isEmpty()) {
				throw new RuleViolation(null, "matching.taster.no-pupils");
			}
			if (slots.isEmpty()) {
				throw new RuleViolation(null, "matching.taster.no-slots");
			}
			this.store.keep(id, pupils, slots);
			TasterInputs kept = this.store.load(id);
			TasterDaySchedule schedule = new TasterDayScheduler(Duration.ofSeconds(kept.rules().timeLimitSeconds()), 2)
				.schedule(kept.instance());
			if (schedule.status() == SolveStatus.INFEASIBLE) {
				throw new RuleViolation(null, "matching.taster.no-schedule");
			}
			this.store.complete(id, schedule, this.clock.instant());
		}
		catch (RuleViolation ex) {
			this.store.fail(id, ex.messageKey(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Taster-day schedule {} failed", id, ex);
			this.store.fail(id, "matching.failure.unexpected", this.clock.instant());
		}
	}

	private List<TasterInputs.Slot> slots(LocalDate today) {
		List<Offer> offers = this.offers.openOffers(EnumSet.of(OfferKind.TASTER_SLOT), today, MAXIMUM_SLOTS);
		Map<EmployerId, String> districts = this.employers
			.districts(offers.stream().map(offer -> new EmployerId(offer.employerId())).distinct().toList());
		List<TasterInputs.Slot> slots = new ArrayList<>();
		for (Offer offer : offers) {
			String trade = offer.details().trade();
			String key = normalised((trade != null && !trade.isBlank()) ? trade : offer.details().title());
			slots.add(new TasterInputs.Slot(offer.id(), offer.employerName(), trade, key, offer.details().startsOn(),
					offer.details().seats(), normalised(districts.get(new EmployerId(offer.employerId())))));
		}
		return slots;
	}

	private List<TasterInputs.Pupil> pupils(StaffMember viewer, LocalDate today, List<TasterInputs.Slot> slots) {
		Actor actor = new Actor(viewer.username(), viewer.role().name());
		List<ParticipantId> team = team(viewer);
		Map<ParticipantId, ParticipantProfile> profiles = this.participants.profiles(team, actor,
				AccessPurpose.CASE_WORK);
		List<ParticipantId> pupils = team.stream()
			.filter(id -> profiles.containsKey(id) && profiles.get(id).ageOn(today) < PUPIL_AGE_BELOW)
			.toList();
		Map<ParticipantId, PlacementFacts> facts = this.participants.placementFacts(pupils, actor,
				AccessPurpose.CASE_WORK);
		List<String> trades = slots.stream().map(TasterInputs.Slot::tradeKey).distinct().toList();
		List<TasterInputs.Pupil> found = new ArrayList<>();
		for (ParticipantId pupil : pupils) {
			PlacementFacts own = facts.get(pupil);
			List<String> titles = (own != null) ? this.catalogues.occupations(own.occupationInterests())
				.stream()
				.map(Occupation::title)
				.map(TasterDayWorker::normalised)
				.toList() : List.of();
			List<String> wanted = trades.stream()
				.filter(trade -> titles.stream().anyMatch(title -> title.contains(trade) || trade.contains(title)))
				.toList();
			found.add(new TasterInputs.Pupil(pupil.id(), (own != null) ? normalised(own.districtCode()) : "", wanted));
		}
		return found;
	}

	private List<ParticipantId> team(StaffMember viewer) {
		List<ParticipantId> team = new ArrayList<>();
		for (int page = 0; page < 100; page++) {
			ParticipantPage found = this.finder.search(
					new ParticipantSearch(null, null, null, null, ParticipantStatus.ACTIVE, null,
							ParticipantSearch.SortOrder.NAME, false, page, ParticipantSearch.MAXIMUM_SIZE),
					viewer, AccessPurpose.CASE_WORK);
			found.items().stream().map(ParticipantListItem::id).forEach(team::add);
			if (!found.hasNext()) {
				break;
			}
		}
		return team;
	}

	private static String normalised(String text) {
		return (text == null) ? "" : text.strip().toLowerCase(Locale.GERMAN);
	}

}
