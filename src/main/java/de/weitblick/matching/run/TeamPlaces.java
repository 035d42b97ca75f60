package de.weitblick.matching.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.matching.Decision;
import de.weitblick.matching.ScorePart;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantPage;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.project.Eligibility;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ProjectSummary;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs of a counsellor's matching run: the active people of the counsellor's team
 * (less those already accepted into a place by an earlier run) × the places of the
 * running projects in today's period, each pair allowed only when the project's
 * eligibility rules admit the person, scored by the parts the data hold today.
 */
@Component
public class TeamPlaces {

	/** People read from the team's list at most, 100 per page. */
	private static final int MAXIMUM_PAGES = 100;

	private final ParticipantFinder finder;

	private final ParticipantDirectory participants;

	private final ProjectManagement projects;

	private final Eligibility eligibility;

	private final JdbcClient jdbc;

	private final Clock clock;

	TeamPlaces(ParticipantFinder finder, ParticipantDirectory participants, ProjectManagement projects,
			Eligibility eligibility, JdbcClient jdbc, Clock clock) {
		this.finder = finder;
		this.participants = participants;
		this.projects = projects;
		this.eligibility = eligibility;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the scope of the viewer's team: one run at a time per team
	 */
	public static String scopeOf(StaffMember viewer) {
		return "team:" + viewer.unitId();
	}

	/**
	 * Reads the people and places of the viewer's team as they are today.
	 */
	@Transactional
	public RunInputs read(StaffMember viewer) {
		LocalDate today = LocalDate.now(this.clock);
		String scope = scopeOf(viewer);
		Set<UUID> accepted = new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT c.participant_id FROM matching_proposal pr
				JOIN matching_run r ON r.id = pr.run_id
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				WHERE r.scope_key = :scope AND pr.decision = 'ACCEPTED'
				""").param("scope", scope).query(UUID.class).list());
		Map<String, Decision> earlier = new HashMap<>();
		this.jdbc.sql("""
				SELECT c.participant_id, p.place_period_id, pr.decision FROM matching_proposal pr
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				JOIN matching_place p ON p.run_id = pr.run_id AND p.ordinal = pr.place
				WHERE pr.run_id = (SELECT id FROM matching_run WHERE scope_key = :scope AND status = 'COMPLETED'
				                   ORDER BY started_at DESC LIMIT 1)
				""")
			.param("scope", scope)
			.query((rs, n) -> earlier.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class),
					Decision.valueOf(rs.getString(3))))
			.list();

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
		Map<ParticipantId, ParticipantProfile> profiles = this.participants.profiles(team,
				new Actor(viewer.username(), viewer.role().name()), AccessPurpose.CASE_WORK);

		List<RunInputs.Place> places = new ArrayList<>();
		List<Project> placeProjects = new ArrayList<>();
		List<Set<FocusGroupCode>> placeGroups = new ArrayList<>();
		for (ProjectSummary summary : this.projects.projects()) {
			if (summary.status() != ProjectStatus.RUNNING) {
				continue;
			}
			for (PlacePeriod period : this.projects.places(summary.id())) {
				if (period.period().contains(today)) {
					Project project = this.projects.project(summary.id()).orElseThrow();
					places.add(new RunInputs.Place(summary.id().id(), period.id(), summary.name(), period.label(),
							Math.max(0, period.places() - period.occupied())));
					placeProjects.add(project);
					placeGroups.add(Set.copyOf(summary.targetFocusGroups()));
				}
			}
		}

		List<Map<ParticipantId, List<RuleViolation.Reason>>> against = new ArrayList<>();
		for (RunInputs.Place place : places) {
			against.add(this.eligibility.reasonsAgainst(new ProjectId(place.projectId()), profiles.values(), today));
		}
		List<RunInputs.Candidate> candidates = new ArrayList<>();
		List<RunInputs.Pair> pairs = new ArrayList<>();
		for (ParticipantId id : team) {
			ParticipantProfile person = profiles.get(id);
			if (person == null) {
				continue;
			}
			int candidate = candidates.size();
			candidates.add(new RunInputs.Candidate(id.id(), ScoreCard.NO_PLACE));
			for (int p = 0; p < places.size(); p++) {
				RunInputs.Place place = places.get(p);
				if (!against.get(p).getOrDefault(id, List.of()).isEmpty()) {
					continue;
				}
				int[] parts = parts(person, placeProjects.get(p).eligibility().minimumGermanLevel(),
						placeGroups.get(p));
				pairs.add(new RunInputs.Pair(candidate, p, parts, earlier.get(id.id() + "/" + place.placePeriodId())));
			}
		}
		return new RunInputs(candidates, places, pairs);
	}

	/**
	 * The score parts of a person at a place, from what the data hold today: German
	 * against the place's requirement, and the person's focus groups against those the
	 * project is for. Occupation interests, commute, childcare hours and waiting time
	 * have no source in the places yet and are not recorded.
	 */
	static int[] parts(ParticipantProfile person, LanguageLevel required, Set<FocusGroupCode> projectGroups) {
		int[] parts = new int[ScorePart.values().length];
		java.util.Arrays.fill(parts, ScorePart.NOT_RECORDED);
		parts[ScorePart.LANGUAGE.ordinal()] = language(person.germanLevel(), required);
		if (!projectGroups.isEmpty()) {
			boolean member = person.focusGroups()
				.stream()
				.map(FocusGroupMembership::focusGroup)
				.anyMatch(projectGroups::contains);
			parts[ScorePart.FOCUS_GROUP.ordinal()] = member ? 100 : 0;
		}
		return parts;
	}

	/**
	 * A place that asks for the German the person has fits best; every level above what
	 * is asked for takes 20 off, as the place teaches what the person knows. A place that
	 * asks for nothing fits people with little German best.
	 */
	static int language(LanguageLevel german, LanguageLevel required) {
		int level = (german != null) ? german.ordinal() : 0;
		int asked = (required != null) ? required.ordinal() : 0;
		return Math.max(0, 100 - 20 * Math.abs(level - asked));
	}

}
