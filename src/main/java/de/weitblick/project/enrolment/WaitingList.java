package de.weitblick.project.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Notifications;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.Enrolment;
import de.weitblick.project.Enrolments;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.Project;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;
import de.weitblick.project.enrolment.WaitingListPriority.Waiting;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.places.Places;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waiting lists: their order, and the offer of a place that became free to the next
 * person, whose counsellor is told.
 *
 * <p>
 * Public because the enrolment facades in the base package and the places planning
 * (another sub-package) keep the order; outside the base package, no other module reaches
 * it.
 */
@Component
@EnableConfigurationProperties(WaitingListSettings.class)
public class WaitingList {

	private final JdbcClient jdbc;

	private final EnrolmentRepository enrolments;

	private final Places places;

	private final WaitingListSettings settings;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	public WaitingList(JdbcClient jdbc, EnrolmentRepository enrolments, Places places, WaitingListSettings settings,
			Notifications notifications, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.places = places;
		this.settings = settings;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the waiting list of a period in the order places are offered, never null
	 */
	public List<Ranked> of(UUID periodId, Project project) {
		List<Waiting> waiting = this.jdbc.sql("""
				SELECT id, focus_groups, referred_at FROM enrolment
				WHERE place_period_id = :period AND status = 'WAITING'
				""")
			.param("period", periodId)
			.query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), groups(rs.getString("focus_groups")),
					rs.getObject("referred_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		return WaitingListPriority.order(waiting, project.targetFocusGroups(), this.settings, today());
	}

	/**
	 * Offers the free places of a period to the next people waiting and tells their
	 * counsellors. The caller holds the period's lock ({@link Places#lock}).
	 * @return the enrolments now offered a place, never null
	 */
	public List<Enrolment> fill(UUID periodId, Project project, Actor actor) {
		List<Enrolment> offered = new ArrayList<>();
		for (Ranked next : of(periodId, project)) {
			if (!this.places.take(periodId)) {
				break;
			}
			Enrolment enrolment = this.enrolments.findById(next.entry().id()).orElseThrow();
			enrolment.offer(today(), actor.username(), this.clock.instant());
			this.enrolments.save(enrolment);
			this.audit.recordAction(actor, AuditAction.UPDATE, Enrolments.SUBJECT_TYPE, enrolment.participantId(),
					AccessPurpose.PROJECT_WORK, AuditDetail.of("project.audit.offered", project.id().id()));
			if (enrolment.counsellorId() != null) {
				this.notifications.notify(enrolment.counsellorId(), "enrolment.notification.offered",
						List.of(project.displayName(), label(periodId)), "/projects/" + project.id().id());
			}
			offered.add(enrolment);
		}
		return offered;
	}

	private String label(UUID periodId) {
		return this.places.find(periodId).map(PlacePeriod::label).orElse("");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public static List<FocusGroupCode> groups(String codes) {
		return (codes == null || codes.isEmpty()) ? List.of()
				: Arrays.stream(codes.split(",")).map(FocusGroupCode::valueOf).toList();
	}

}
