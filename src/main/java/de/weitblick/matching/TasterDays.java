package de.weitblick.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferKind;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.matching.engine.TasterDayInstance;
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

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Taster days ("Handwerk live"): the team's pupils × the employers' open taster slots,
 * scheduled with CP-SAT in the background under a time limit. Each pupil gets up to
 * {@value #SLOTS_PER_PUPIL} slots in different trades, never two on one day, none further
 * than {@value #MAXIMUM_TRAVEL_MINUTES} minutes away; a trade named in one of the pupil's
 * occupation interests counts {@value #WANTED}, any other trade {@value #OPEN} (a taster
 * day is there to try a trade). The schedule is kept for the team until the next one or a
 * restart.
 */
@Service
public class TasterDays {

	/** Pupils are the team's people younger than this. */
	static final int PUPIL_AGE_BELOW = 21;

	static final int SLOTS_PER_PUPIL = 3;

	static final int MAXIMUM_TRAVEL_MINUTES = 45;

	/** Estimated travel within a district. */
	static final int SAME_DISTRICT_MINUTES = 15;

	/** Estimated travel between two districts of the city (or from an unknown one). */
	static final int OTHER_DISTRICT_MINUTES = 30;

	static final int WANTED = 10;

	static final int OPEN = 1;

	private static final Logger log = LoggerFactory.getLogger(TasterDays.class);

	private final ParticipantFinder finder;

	private final ParticipantDirectory participants;

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final Catalogues catalogues;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor;

	private final Duration timeLimit;

	private final Map<String, Result> latest = new ConcurrentHashMap<>();

	TasterDays(ParticipantFinder finder, ParticipantDirectory participants, EmployerManagement employers,
			Catalogues catalogues, Clock clock, OfferManagement offerManagement) {
		this.offerManagement = offerManagement;
		this.finder = finder;
		this.participants = participants;
		this.employers = employers;
		this.catalogues = catalogues;
		this.clock = clock;
		this.timeLimit = Duration.ofSeconds(10);
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setThreadNamePrefix("taster-days-");
		this.executor.initialize();
	}

	/**
	 * Starts scheduling the team's pupils into the open taster slots in the background.
	 * @throws RuleViolation when the viewer may not match or a schedule of the team is
	 * being made
	 */
	public void start(StaffMember viewer) {
		if (!MatchingRuns.mayMatchStatic(viewer)) {
			throw new RuleViolation(null, "matching.rule.may-not-match");
		}
		String key = key(viewer);
		Result running = new Result(RunStatus.RUNNING, this.clock.instant(), null, List.of(), List.of(), null);
		Result current = this.latest.compute(key,
				(team, before) -> (before != null && before.status() == RunStatus.RUNNING) ? before : running);
		if (current != running) {
			throw new RuleViolation(null, "matching.taster.under-way");
		}
		this.executor.execute(() -> this.latest.put(key, work(viewer, running.startedAt())));
	}

	/**
	 * @return the team's latest schedule with the pupils' names (every name shown is
	 * written to the audit trail), or empty when none was made
	 */
	public Optional<TasterDayView> latest(StaffMember viewer) {
		if (!MatchingRuns.mayMatchStatic(viewer)) {
			return Optional.empty();
		}
		Result result = this.latest.get(key(viewer));
		if (result == null) {
			return Optional.empty();
		}
		if (result.status() != RunStatus.COMPLETED) {
			return Optional.of(new TasterDayView(result.status(), result.startedAt(), 0, 0, 0, 0, false, 0,
					result.failure(), List.of(), List.of()));
		}
		Map<ParticipantId, String> names = this.participants.names(result.pupils(),
				new Actor(viewer.username(), viewer.role().name()), AccessPurpose.CASE_WORK);
		TasterDaySchedule schedule = result.schedule();
		List<List<String>> seated = new ArrayList<>();
		result.slots().forEach(slot -> seated.add(new ArrayList<>()));
		List<TasterDayView.PupilRow> byPupil = new ArrayList<>();
		for (int i = 0; i < result.pupils().size(); i++) {
			String name = names.getOrDefault(result.pupils().get(i), "");
			List<Integer> mine = schedule.slotsOfPupil().get(i);
			if (mine.isEmpty()) {
				continue;
			}
			List<TasterDayView.SlotRow> rows = new ArrayList<>();
			for (int s : mine) {
				seated.get(s).add(name);
				rows.add(row(result.slots().get(s), List.of()));
			}
			byPupil.add(new TasterDayView.PupilRow(name, rows));
		}
		byPupil.sort(Comparator.comparing(TasterDayView.PupilRow::name));
		List<TasterDayView.SlotRow> byBusiness = new ArrayList<>();
		for (int s = 0; s < result.slots().size(); s++) {
			byBusiness.add(row(result.slots().get(s), seated.get(s).stream().sorted().toList()));
		}
		byBusiness
			.sort(Comparator.comparing(TasterDayView.SlotRow::day).thenComparing(TasterDayView.SlotRow::employerName));
		int gap = (int) Math.round(1000 * schedule.gap());
		return Optional.of(new TasterDayView(RunStatus.COMPLETED, result.startedAt(), result.pupils().size(),
				result.slots().size(), schedule.interest(), schedule.bound(), schedule.status() == SolveStatus.OPTIMAL,
				gap, null, byPupil, byBusiness));
	}

	private static TasterDayView.SlotRow row(Offer slot, List<String> pupils) {
		return new TasterDayView.SlotRow(slot.employerName(), slot.details().trade(), slot.details().startsOn(),
				slot.details().seats(), pupils);
	}

	private Result work(StaffMember viewer, Instant startedAt) {
		try {
			LocalDate today = LocalDate.now(this.clock);
			Actor actor = new Actor(viewer.username(), viewer.role().name());
			List<ParticipantId> team = team(viewer);
			Map<ParticipantId, ParticipantProfile> profiles = this.participants.profiles(team, actor,
					AccessPurpose.CASE_WORK);
			List<ParticipantId> pupils = team.stream()
				.filter(id -> profiles.containsKey(id) && profiles.get(id).ageOn(today) < PUPIL_AGE_BELOW)
				.toList();
			Map<ParticipantId, PlacementFacts> facts = this.participants.placementFacts(pupils, actor,
					AccessPurpose.CASE_WORK);
			List<Offer> slots = this.offerManagement.openOffers(EnumSet.of(OfferKind.TASTER_SLOT), today, 2_000);
			if (pupils.isEmpty()) {
				return failed(startedAt, "matching.taster.no-pupils");
			}
			if (slots.isEmpty()) {
				return failed(startedAt, "matching.taster.no-slots");
			}
			Map<String, Integer> trades = new HashMap<>();
			Map<LocalDate, Integer> days = new HashMap<>();
			Map<String, Integer> districts = new HashMap<>();
			Map<EmployerId, String> employerDistricts = this.employers
				.districts(slots.stream().map(slot -> new EmployerId(slot.employerId())).distinct().toList());
			List<TasterDayInstance.Slot> instanceSlots = new ArrayList<>();
			for (Offer slot : slots) {
				String district = employerDistricts.get(new EmployerId(slot.employerId()));
				instanceSlots.add(new TasterDayInstance.Slot(trades.computeIfAbsent(trade(slot), t -> trades.size()),
						days.computeIfAbsent(slot.details().startsOn(), d -> days.size()), slot.details().seats(),
						districts.computeIfAbsent(normalised(district), d -> districts.size())));
			}
			List<TasterDayInstance.Pupil> instancePupils = new ArrayList<>();
			for (ParticipantId pupil : pupils) {
				PlacementFacts own = facts.get(pupil);
				List<String> titles = (own != null) ? this.catalogues.occupations(own.occupationInterests())
					.stream()
					.map(Occupation::title)
					.map(TasterDays::normalised)
					.toList() : List.of();
				Map<Integer, Integer> interest = new HashMap<>();
				trades.forEach((trade, number) -> interest.put(number,
						titles.stream().anyMatch(title -> title.contains(trade) || trade.contains(title)) ? WANTED
								: OPEN));
				String home = (own != null) ? normalised(own.districtCode()) : "";
				instancePupils
					.add(new TasterDayInstance.Pupil(districts.computeIfAbsent(home, d -> districts.size()), interest));
			}
			int[][] travel = new int[districts.size()][districts.size()];
			for (int a = 0; a < travel.length; a++) {
				for (int b = 0; b < travel.length; b++) {
					travel[a][b] = (a == b) ? SAME_DISTRICT_MINUTES : OTHER_DISTRICT_MINUTES;
				}
			}
			TasterDaySchedule schedule = new TasterDayScheduler(this.timeLimit, 2).schedule(new TasterDayInstance(
					instancePupils, instanceSlots, travel, MAXIMUM_TRAVEL_MINUTES, SLOTS_PER_PUPIL));
			if (schedule.status() == SolveStatus.INFEASIBLE) {
				return failed(startedAt, "matching.taster.no-schedule");
			}
			return new Result(RunStatus.COMPLETED, startedAt, null, pupils, slots, schedule);
		}
		catch (RuntimeException ex) {
			log.error("Taster-day schedule failed", ex);
			return failed(startedAt, "matching.failure.unexpected");
		}
	}

	private static Result failed(Instant startedAt, String failure) {
		return new Result(RunStatus.FAILED, startedAt, failure, List.of(), List.of(), null);
	}

	private static String trade(Offer slot) {
		String trade = slot.details().trade();
		return normalised((trade != null && !trade.isBlank()) ? trade : slot.details().title());
	}

	private static String normalised(String text) {
		return (text == null) ? "" : text.strip().toLowerCase(Locale.GERMAN);
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

	private static String key(StaffMember viewer) {
		return "taster:" + viewer.unitId();
	}

	private record Result(RunStatus status, Instant startedAt, String failure, List<ParticipantId> pupils,
			List<Offer> slots, TasterDaySchedule schedule) {
	}

}
