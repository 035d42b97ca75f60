package de.weitblick.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.project.enrolment.EligibilityPolicy;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Referrals and enrolments of the synthetic demo participants, made through the same
 * rules as a counsellor's and a project lead's: the demo counsellor refers people of the
 * caseload to InMigra and to the carriage workshop, the project lead starts some of them,
 * and the carriage workshop fills up so that its waiting list shows. So that the project
 * page's figures have a history, the people started took part since some weeks, and the
 * period before had its own people, who left with an outcome and, where six months have
 * passed, a follow-up; attendance is recorded for every project day of both. The history
 * is written directly, as it happened before today, for eligible people only.
 */
@Service
public class SyntheticEnrolments {

	static final ProjectId IN_MIGRA = new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005002"));

	static final ProjectId CARRIAGE_WORKSHOP = new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005005"));

	private final Enrolments enrolments;

	private final Referrals referrals;

	private final ParticipantDirectory participants;

	private final ParticipantFinder finder;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	private final ProjectRepository projects;

	private final Places places;

	private final java.time.Clock clock;

	private final EntrySnapshots entrySnapshots;

	SyntheticEnrolments(Enrolments enrolments, Referrals referrals, ParticipantDirectory participants,
			ParticipantFinder finder, OrganisationManagement organisation, JdbcClient jdbc, ProjectRepository projects,
			Places places, java.time.Clock clock, EntrySnapshots entrySnapshots) {
		this.entrySnapshots = entrySnapshots;
		this.projects = projects;
		this.places = places;
		this.clock = clock;
		this.enrolments = enrolments;
		this.referrals = referrals;
		this.participants = participants;
		this.finder = finder;
		this.organisation = organisation;
		this.jdbc = jdbc;
	}

	/**
	 * Refers and enrols demo participants, unless any enrolment exists.
	 * @param counsellorUsername the counsellor whose caseload is referred
	 * @param leadUsername the lead of the demo projects
	 * @return how many referrals were made
	 */
	public int createIfNone(String counsellorUsername, String leadUsername) {
		if (this.jdbc.sql("SELECT count(*) FROM enrolment").query(Integer.class).single() > 0) {
			return 0;
		}
		StaffMember counsellor = this.organisation.staffMember(counsellorUsername).orElse(null);
		StaffMember lead = this.organisation.staffMember(leadUsername).orElse(null);
		if (counsellor == null || lead == null) {
			return 0;
		}
		List<UUID> caseload = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			List<ParticipantListItem> items = this.finder
				.search(new ParticipantSearch(null, null, null, counsellor.id(), ParticipantStatus.ACTIVE, null,
						ParticipantSearch.SortOrder.NAME, false, page, ParticipantSearch.MAXIMUM_SIZE), counsellor,
						AccessPurpose.CASELOAD)
				.items();
			items.forEach(item -> caseload.add(item.id().id()));
		}
		int referred = refer(IN_MIGRA, caseload, 24, 14, counsellor, lead);
		referred += refer(CARRIAGE_WORKSHOP, caseload, 16, 8, counsellor, lead);
		LocalDate today = LocalDate.now(this.clock);
		backdateStarts(IN_MIGRA, today);
		backdateStarts(CARRIAGE_WORKSHOP, today);
		referred += pastPeriod(IN_MIGRA, caseload, 18, 4, today, lead);
		referred += pastPeriod(CARRIAGE_WORKSHOP, caseload, 10, 5, today, lead);
		return referred;
	}

	/**
	 * The people started today started, one a week, in the weeks before, and their days
	 * since are recorded.
	 */
	private void backdateStarts(ProjectId project, LocalDate today) {
		PlacePeriod current = this.places.of(project)
			.stream()
			.filter(period -> period.period().contains(today))
			.findFirst()
			.orElse(null);
		if (current == null) {
			return;
		}
		List<UUID> started = this.jdbc.sql("""
				SELECT id FROM enrolment WHERE place_period_id = :period AND status = 'ENROLLED' ORDER BY referred_at
				""").param("period", current.id()).query(UUID.class).list();
		for (int i = 0; i < started.size(); i++) {
			LocalDate start = today.minusWeeks(12 - (i % 12));
			if (start.isBefore(current.startsOn())) {
				start = current.startsOn();
			}
			this.jdbc.sql("""
					UPDATE enrolment SET referred_on = :start, offered_on = :start, started_on = :start
					WHERE id = :id
					""").param("start", start).param("id", started.get(i)).update();
		}
		this.entrySnapshots.record(started);
		sessions(project, current.startsOn(), today.minusDays(1));
		attendance(started);
	}

	/**
	 * People who took part in the period before the current one and left with an outcome.
	 * @return how many
	 */
	private int pastPeriod(ProjectId projectId, List<UUID> caseload, int wanted, int droppedOut, LocalDate today,
			StaffMember lead) {
		Project project = this.projects.findById(projectId.id()).orElse(null);
		PlacePeriod past = this.places.of(projectId)
			.stream()
			.filter(period -> period.endsOn().isBefore(today))
			.max(java.util.Comparator.comparing(PlacePeriod::startsOn))
			.orElse(null);
		if (project == null || past == null) {
			return 0;
		}
		java.util.Set<UUID> inProject = new java.util.HashSet<>(
				this.jdbc.sql("SELECT participant_id FROM enrolment WHERE project_id = :project")
					.param("project", projectId.id())
					.query(UUID.class)
					.list());
		LocalDate firstStart = past.startsOn().plusWeeks(2);
		List<de.weitblick.participant.ParticipantId> candidates = caseload.stream()
			.filter(person -> !inProject.contains(person))
			.map(de.weitblick.participant.ParticipantId::new)
			.toList();
		var profiles = this.participants.profiles(candidates, de.weitblick.privacy.Actor.SYSTEM,
				AccessPurpose.PROJECT_WORK);
		List<UUID> made = new ArrayList<>();
		for (de.weitblick.participant.ParticipantId person : candidates) {
			if (made.size() == wanted) {
				break;
			}
			var profile = profiles.get(person);
			if (profile == null) {
				continue;
			}
			try {
				EligibilityPolicy.check(project.eligibility(), profile, firstStart);
			}
			catch (RuleViolation notEligible) {
				continue;
			}
			int i = made.size();
			boolean dropped = i < droppedOut;
			LocalDate started = firstStart.plusWeeks(i % 4);
			LocalDate ended = dropped ? started.plusWeeks(8 + 3 * i) : past.endsOn().minusDays(i % 3);
			OutcomeKind outcome = PAST_OUTCOMES.get(i % PAST_OUTCOMES.size());
			UUID id = de.weitblick.shared.TimeOrderedIds.next();
			String groups = profile.focusGroups()
				.stream()
				.map(m -> m.focusGroup().name())
				.collect(java.util.stream.Collectors.joining(","));
			String rules = profile.focusGroups()
				.stream()
				.map(m -> m.ruleId().toString())
				.collect(java.util.stream.Collectors.joining(","));
			this.jdbc
				.sql("""
						INSERT INTO enrolment (id, version, project_id, place_period_id, participant_id, status, referred_on,
						    referred_at, referred_by, referred_by_role, responsible_unit_id, counsellor_id, focus_groups,
						    focus_group_rules, offered_on, started_on, ended_on, updated_by, updated_at)
						VALUES (:id, 0, :project, :period, :person, :status, :referred, :referredAt, 'fachkraft',
						    'COUNSELLOR', :unit, :counsellor, :groups, :rules, :referred, :started, :ended, :lead,
						    :endedAt)
						""")
				.param("id", id)
				.param("project", projectId.id())
				.param("period", past.id())
				.param("person", person.id())
				.param("status", dropped ? "DROPPED_OUT" : "COMPLETED")
				.param("referred", started.minusDays(10))
				.param("referredAt", started.minusDays(10).atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
				.param("unit", profile.responsibleUnitId())
				.param("counsellor", profile.counsellorId())
				.param("groups", groups)
				.param("rules", rules)
				.param("started", started)
				.param("ended", ended)
				.param("lead", lead.username())
				.param("endedAt", ended.atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
				.update();
			LocalDate due = ended.plus(Outcomes.FOLLOW_UP_AFTER);
			boolean followedUp = !due.isAfter(today) && i % 5 != 4;
			OutcomeKind later = FOLLOW_UPS.get(i % FOLLOW_UPS.size());
			this.jdbc.sql("""
					INSERT INTO enrolment_outcome (enrolment_id, version, exit_outcome, job_searching,
					    qualification_gained, exit_recorded_by, exit_recorded_at, follow_up_due_on, follow_up_status,
					    follow_up_on, follow_up_recorded_by, follow_up_recorded_at)
					VALUES (:id, 0, :outcome, :searching, :qualification, :lead, :endedAt, :due, :later, :laterOn,
					    :laterBy, :laterAt)
					""")
				.param("id", id)
				.param("outcome", (dropped ? OutcomeKind.UNKNOWN : outcome).name())
				.param("searching", dropped || outcome == OutcomeKind.OTHER)
				.param("qualification", !dropped && i % 3 == 0)
				.param("lead", lead.username())
				.param("endedAt", ended.atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
				.param("due", due)
				.param("later", followedUp ? later.name() : null)
				.param("laterOn", followedUp ? due.plusDays(3) : null)
				.param("laterBy", followedUp ? lead.username() : null)
				.param("laterAt", followedUp ? due.plusDays(3).atStartOfDay().atOffset(java.time.ZoneOffset.UTC) : null)
				.update();
			made.add(id);
		}
		this.entrySnapshots.record(made);
		sessions(projectId, past.startsOn(), past.endsOn());
		attendance(made);
		return made.size();
	}

	/** Where the people of the period before went: mostly on to training and work. */
	private static final List<OutcomeKind> PAST_OUTCOMES = List.of(OutcomeKind.APPRENTICESHIP, OutcomeKind.EMPLOYMENT,
			OutcomeKind.SCHOOL, OutcomeKind.FURTHER_TRAINING, OutcomeKind.APPRENTICESHIP, OutcomeKind.EMPLOYMENT,
			OutcomeKind.RECOGNITION_ACHIEVED, OutcomeKind.OTHER, OutcomeKind.APPRENTICESHIP);

	private static final List<OutcomeKind> FOLLOW_UPS = List.of(OutcomeKind.EMPLOYMENT, OutcomeKind.APPRENTICESHIP,
			OutcomeKind.EMPLOYMENT, OutcomeKind.NOT_REACHABLE, OutcomeKind.FURTHER_TRAINING, OutcomeKind.EMPLOYMENT,
			OutcomeKind.OTHER);

	/**
	 * A project day of six hours every Monday to Thursday; Fridays are for counselling
	 * and applications.
	 */
	private void sessions(ProjectId project, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				INSERT INTO project_session (id, version, project_id, held_on, label, planned_hours, recorded_by,
				                             recorded_at)
				SELECT gen_random_uuid(), 0, :project, CAST(d AS date), '', 6, 'projektleitung', now()
				FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS d
				WHERE extract(isodow FROM d) BETWEEN 1 AND 4
				ON CONFLICT (project_id, held_on, label) DO NOTHING
				""").param("project", project.id()).param("from", from).param("to", to).update();
	}

	/**
	 * Attendance on every project day of the enrolments: mostly there, now and then a
	 * shorter day, an excused or an unexcused absence, the same on every start.
	 */
	private void attendance(List<UUID> enrolments) {
		if (enrolments.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO attendance (id, version, session_id, enrolment_id, status, hours, recorded_by, recorded_at)
				SELECT gen_random_uuid(), 0, s.id, e.id,
				       CASE WHEN x.r < 850 THEN 'PRESENT' WHEN x.r < 950 THEN 'EXCUSED' ELSE 'UNEXCUSED' END,
				       CASE WHEN x.r < 780 THEN s.planned_hours WHEN x.r < 850 THEN s.planned_hours - 2 ELSE 0 END,
				       'projektleitung', now()
				FROM enrolment e
				JOIN project_session s ON s.project_id = e.project_id
				     AND s.held_on BETWEEN e.started_on AND COALESCE(e.ended_on, s.held_on)
				CROSS JOIN LATERAL (SELECT abs(hashtext(e.id::text || s.held_on::text)) % 1000 AS r) AS x
				WHERE e.id = ANY(CAST(:ids AS uuid[]))
				ON CONFLICT (enrolment_id, session_id) DO NOTHING
				""").param("ids", enrolments.toArray(UUID[]::new)).update();
	}

	private int refer(ProjectId project, List<UUID> caseload, int wanted, int toStart, StaffMember counsellor,
			StaffMember lead) {
		int referred = 0;
		int started = 0;
		for (UUID person : caseload) {
			if (referred == wanted) {
				break;
			}
			try {
				EnrolmentId id = this.referrals.refer(new ReferralRequest(project, null,
						new de.weitblick.participant.ParticipantId(person), null, null), counsellor);
				referred++;
				EnrolmentView view = this.enrolments.enrolment(id, lead).orElseThrow();
				if (started < toStart && view.enrolment().status() == EnrolmentStatus.OFFERED) {
					this.enrolments.enrol(id, view.enrolment().version(), view.enrolment().offeredOn(), lead);
					started++;
				}
			}
			catch (RuleViolation notEligible) {
				// The demo shows eligible people only; the others stay in the caseload.
			}
		}
		return referred;
	}

}
