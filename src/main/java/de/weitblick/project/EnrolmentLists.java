package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.project.enrolment.EnrolmentViews;
import de.weitblick.project.enrolment.WaitingList;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of referrals and enrolments: a project's people per period, a viewer's own
 * referrals and the waiting figures. Lists only whom the viewer may see, and writes every
 * person shown to the audit trail.
 */
@Service
@Transactional
public class EnrolmentLists {

	private final ProjectRepository projects;

	private final EnrolmentRepository enrolments;

	private final Places places;

	private final WaitingList waitingList;

	private final EnrolmentViews views;

	private final JdbcClient jdbc;

	private final Clock clock;

	EnrolmentLists(ProjectRepository projects, EnrolmentRepository enrolments, Places places, WaitingList waitingList,
			EnrolmentViews views, JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.enrolments = enrolments;
		this.places = places;
		this.waitingList = waitingList;
		this.views = views;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The people of every period of a project, as far as the viewer may see them: the
	 * project lead sees everybody, a counsellor the own team's people; everybody else the
	 * figures only. Who left in a period that is over is not listed. Every person shown
	 * is written to the audit trail.
	 * @return one entry per period in calendar order, never null
	 */
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
				""")
			.param("project", projectId.id())
			.param("today", LocalDate.now(this.clock))
			.query(UUID.class)
			.list());
		List<Enrolment> visible = all.stream().filter(e -> this.views.maySee(viewer, project, e)).toList();
		Map<ParticipantId, String> people = this.views.names(visible, viewer);
		List<PeriodEnrolments> result = new ArrayList<>();
		for (PlacePeriod period : periods) {
			boolean anyoneWaits = visible.stream()
				.anyMatch(e -> e.placePeriodId().equals(period.id()) && e.status() == EnrolmentStatus.WAITING);
			Map<UUID, Ranked> ranks = anyoneWaits ? this.waitingList.of(period.id(), project)
				.stream()
				.collect(Collectors.toMap(ranked -> ranked.entry().id(), Function.identity())) : Map.of();
			List<EnrolmentView> inPeriod = visible.stream()
				.filter(e -> e.placePeriodId().equals(period.id()))
				.map(e -> EnrolmentViews.view(e, project, period, people, ranks.get(e.id().id()), viewer))
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
		UUID partner = this.views.partnerOf(viewer);
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
			.filter(e -> EnrolmentViews.maySee(viewer, partner, projectsById.get(e.projectId().id()), e))
			.toList();
		Map<ParticipantId, String> people = this.views.names(visible, viewer);
		Map<UUID, List<Ranked>> waitingLists = new HashMap<>();
		Map<UUID, PlacePeriod> periods = new HashMap<>();
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
			return EnrolmentViews.view(e, project, period, people, rank, viewer);
		}).toList();
	}

}
