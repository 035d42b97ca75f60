package de.weitblick.matching.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.matching.Decision;
import de.weitblick.matching.RunScope;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.CityDistrict;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantPage;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.PlacementFacts;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.project.Eligibility;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.PlaceProfile;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPlaceProfiles;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ProjectSummary;
import de.weitblick.project.WaitingTimes;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs of a counsellor's matching run, by its {@link RunScope}: the active people
 * of the counsellor's team (less those already accepted into a place by an earlier run of
 * the scope; for the waiting-list scope only those waiting on a project's list) × the
 * places of the running projects in today's period, or the employers' open offers. A pair
 * with a project is allowed only when the project's eligibility rules admit the person;
 * every pair is scored by the parts the data hold (see {@link Scoring}).
 */
@Component
public class TeamPlaces {

	/** People read from the team's list at most, 100 per page. */
	private static final int MAXIMUM_PAGES = 100;

	/** Offers read at most. */
	private static final int MAXIMUM_OFFERS = 5_000;

	/** The offer kinds that are places; taster slots are scheduled on their own. */
	private static final Set<OfferKind> PLACES = EnumSet.of(OfferKind.JOB, OfferKind.APPRENTICESHIP,
			OfferKind.INTERNSHIP, OfferKind.INTERNSHIP_MODULE);

	private final ParticipantFinder finder;

	private final ParticipantDirectory participants;

	private final ProjectManagement projects;

	private final Eligibility eligibility;

	private final ProjectPlaceProfiles placeProfiles;

	private final WaitingTimes waiting;

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final PlacementManagement placements;

	private final Catalogues catalogues;

	private final JdbcClient jdbc;

	private final Clock clock;

	TeamPlaces(ParticipantFinder finder, ParticipantDirectory participants, ProjectManagement projects,
			Eligibility eligibility, ProjectPlaceProfiles placeProfiles, WaitingTimes waiting,
			EmployerManagement employers, PlacementManagement placements, Catalogues catalogues, JdbcClient jdbc,
			Clock clock, OfferManagement offerManagement) {
		this.offerManagement = offerManagement;
		this.finder = finder;
		this.participants = participants;
		this.projects = projects;
		this.eligibility = eligibility;
		this.placeProfiles = placeProfiles;
		this.waiting = waiting;
		this.employers = employers;
		this.placements = placements;
		this.catalogues = catalogues;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the scope of the viewer's team's runs over the projects' places
	 */
	public static String scopeOf(StaffMember viewer) {
		return RunScope.TEAM.keyOf(viewer);
	}

	/**
	 * Reads the people and places of the viewer's team's run over the projects' places.
	 */
	@Transactional
	public RunInputs read(StaffMember viewer) {
		return read(viewer, RunScope.TEAM);
	}

	/**
	 * Reads the people and places of the viewer's team in the scope as they are today.
	 */
	@Transactional
	public RunInputs read(StaffMember viewer, RunScope scope) {
		LocalDate today = LocalDate.now(this.clock);
		String key = scope.keyOf(viewer);
		Set<UUID> accepted = new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT c.participant_id FROM matching_proposal pr
				JOIN matching_run r ON r.id = pr.run_id
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				WHERE r.scope_key = :scope AND pr.decision = 'ACCEPTED'
				""").param("scope", key).query(UUID.class).list());
		Map<String, Decision> earlier = new HashMap<>();
		this.jdbc.sql("""
				SELECT c.participant_id, coalesce(p.place_period_id, p.offer_id), pr.decision FROM matching_proposal pr
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				JOIN matching_place p ON p.run_id = pr.run_id AND p.ordinal = pr.place
				WHERE pr.run_id = (SELECT id FROM matching_run WHERE scope_key = :scope AND status = 'COMPLETED'
				                   ORDER BY started_at DESC LIMIT 1)
				""")
			.param("scope", key)
			.query((rs, n) -> earlier.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class),
					Decision.valueOf(rs.getString(3))))
			.list();

		List<ParticipantId> team = team(viewer, accepted);
		Map<ParticipantId, LocalDate> waitingSince = this.waiting.waitingSince(team);
		Map<ParticipantId, List<ProjectId>> waitingIn = Map.of();
		if (scope == RunScope.WAITING_LIST) {
			team = team.stream().filter(waitingSince::containsKey).toList();
			waitingIn = this.waiting.waitingIn(team);
		}
		Actor actor = new Actor(viewer.username(), viewer.role().name());
		Map<ParticipantId, ParticipantProfile> profiles = this.participants.profiles(team, actor,
				AccessPurpose.CASE_WORK);
		Map<ParticipantId, PlacementFacts> facts = this.participants.placementFacts(team, actor,
				AccessPurpose.CASE_WORK);

		List<RunInputs.Place> places = new ArrayList<>();
		List<Scoring.Traits> traits = new ArrayList<>();
		List<Map<ParticipantId, List<RuleViolation.Reason>>> against = new ArrayList<>();
		if (scope == RunScope.OFFERS) {
			offers(today, places, traits);
		}
		else {
			projectPlaces(today, places, traits);
			for (RunInputs.Place place : places) {
				against
					.add(this.eligibility.reasonsAgainst(new ProjectId(place.projectId()), profiles.values(), today));
			}
		}

		List<RunInputs.Candidate> candidates = new ArrayList<>();
		List<RunInputs.Pair> pairs = new ArrayList<>();
		for (ParticipantId id : team) {
			ParticipantProfile person = profiles.get(id);
			if (person == null) {
				continue;
			}
			int candidate = candidates.size();
			candidates.add(new RunInputs.Candidate(id.id(), ScoreCard.NO_PLACE,
					person.focusGroups().stream().map(FocusGroupMembership::focusGroup).collect(Collectors.toSet())));
			List<ProjectId> waitsIn = waitingIn.getOrDefault(id, List.of());
			for (int p = 0; p < places.size(); p++) {
				RunInputs.Place place = places.get(p);
				if (!against.isEmpty() && !against.get(p).getOrDefault(id, List.of()).isEmpty()) {
					continue;
				}
				if (place.projectId() != null && waitsIn.contains(new ProjectId(place.projectId()))) {
					continue;
				}
				int[] parts = Scoring.parts(person, facts.get(id), waitingSince.get(id), today, traits.get(p));
				UUID placeKey = (place.placePeriodId() != null) ? place.placePeriodId() : place.offerId();
				pairs.add(new RunInputs.Pair(candidate, p, parts, earlier.get(id.id() + "/" + placeKey)));
			}
		}
		return new RunInputs(candidates, places, pairs);
	}

	private List<ParticipantId> team(StaffMember viewer, Set<UUID> accepted) {
		List<ParticipantId> team = new ArrayList<>();
		for (int page = 0; page < MAXIMUM_PAGES; page++) {
			ParticipantPage found = this.finder.search(
					new ParticipantSearch(null, null, null, null, ParticipantStatus.ACTIVE, null,
							ParticipantSearch.SortOrder.NAME, false, page, ParticipantSearch.MAXIMUM_SIZE),
					viewer, AccessPurpose.CASE_WORK);
			found.items()
				.stream()
				.map(ParticipantListItem::id)
				.filter(id -> !accepted.contains(id.id()))
				.forEach(team::add);
			if (!found.hasNext()) {
				break;
			}
		}
		return team;
	}

	private void projectPlaces(LocalDate today, List<RunInputs.Place> places, List<Scoring.Traits> traits) {
		Map<ProjectId, PlaceProfile> profiles = this.placeProfiles.all();
		for (ProjectSummary summary : this.projects.projects()) {
			if (summary.status() != ProjectStatus.RUNNING) {
				continue;
			}
			for (PlacePeriod period : this.projects.places(summary.id())) {
				if (period.period().contains(today)) {
					Project project = this.projects.project(summary.id()).orElseThrow();
					PlaceProfile profile = profiles.getOrDefault(summary.id(), PlaceProfile.NONE);
					places.add(RunInputs.Place.ofProject(summary.id().id(), period.id(), summary.name(), period.label(),
							Math.max(0, period.places() - period.occupied())));
					traits.add(new Scoring.Traits(project.eligibility().minimumGermanLevel(), true,
							Set.copyOf(summary.targetFocusGroups()), profile.districtCode(), profile.occupationCode(),
							profile.hoursFrom(), profile.hoursUntil()));
				}
			}
		}
	}

	private void offers(LocalDate today, List<RunInputs.Place> places, List<Scoring.Traits> traits) {
		List<Offer> open = this.offerManagement.openOffers(PLACES, today, MAXIMUM_OFFERS);
		Map<OfferId, Integer> held = this.placements.seatsHeld(open.stream().map(Offer::offerId).toList());
		Map<EmployerId, String> districts = this.employers
			.districts(open.stream().map(offer -> new EmployerId(offer.employerId())).distinct().toList());
		for (Offer offer : open) {
			places.add(new RunInputs.Place(null, null, offer.id(), offer.details().kind().name(),
					offer.details().title() + " (" + offer.employerName() + ")", "",
					Math.max(0, offer.details().seats() - held.getOrDefault(offer.offerId(), 0))));
			traits.add(new Scoring.Traits(null, false, null,
					districtCode(districts.get(new EmployerId(offer.employerId()))),
					occupationOf(offer.details().field()), null, null));
		}
	}

	/**
	 * The district of an employer's address, written as the district's code or name.
	 */
	private String districtCode(String district) {
		if (district == null || district.isBlank()) {
			return null;
		}
		String wanted = district.strip().toLowerCase(Locale.GERMAN);
		return this.catalogues.districts()
			.stream()
			.filter(d -> d.code().equals(wanted) || d.name().toLowerCase(Locale.GERMAN).equals(wanted))
			.map(CityDistrict::code)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The KldB 2010 group of an offer's occupational field: care 821 (Altenpflege), home
	 * economics 832, education 831; other fields are not recorded.
	 */
	static String occupationOf(OccupationalField field) {
		return switch (field) {
			case CARE -> "821";
			case HOME_ECONOMICS -> "832";
			case EDUCATION -> "831";
			case OTHER -> null;
		};
	}

}
