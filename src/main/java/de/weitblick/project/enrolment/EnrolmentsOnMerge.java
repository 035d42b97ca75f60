package de.weitblick.project.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.weitblick.organisation.Notifications;
import de.weitblick.participant.ParticipantsMerged;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Project;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two records of one person are merged, their enrolments follow the record that
 * remains, in the merge's own transaction: the merge and the moves are stored together or
 * not at all, and no enrolment ever names a record that no longer exists.
 * <p>
 * A project holds one active enrolment per person. When both records were active in the
 * same project, the enrolment further along goes on (taking part before a place offered,
 * a place offered before waiting) and, when both are equally far, the surviving record's;
 * the other is closed as {@link EnrolmentStatus#MERGED}, naming the one that goes on. A
 * place it held goes to the next person waiting, and the project's lead is told.
 * Everything is written to the audit trail under the surviving record.
 */
@Component
class EnrolmentsOnMerge {

	private final JdbcClient jdbc;

	private final ProjectRepository projects;

	private final Places places;

	private final WaitingList waitingList;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	EnrolmentsOnMerge(JdbcClient jdbc, ProjectRepository projects, Places places, WaitingList waitingList,
			Notifications notifications, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.places = places;
		this.waitingList = waitingList;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void follow(ParticipantsMerged merge) {
		UUID survivor = merge.survivor().id();
		UUID merged = merge.merged().id();
		Actor actor = merge.mergedBy();
		// Every change of who holds a place takes the period's lock first; with the locks
		// of all periods concerned, taken in their order, no referral, offer or exit
		// changes these enrolments while they are compared. Read again once locked: until
		// then, one of them may have changed.
		Set<UUID> locked = new HashSet<>();
		List<Active> survivorsActive;
		List<Active> mergedActive;
		while (true) {
			survivorsActive = active(survivor);
			mergedActive = active(merged);
			List<UUID> unlocked = Stream.concat(survivorsActive.stream(), mergedActive.stream())
				.map(Active::periodId)
				.filter(period -> !locked.contains(period))
				.distinct()
				.sorted()
				.toList();
			if (unlocked.isEmpty()) {
				break;
			}
			unlocked.forEach(period -> {
				this.places.lock(period);
				locked.add(period);
			});
		}
		Map<UUID, Active> survivorsByProject = survivorsActive.stream()
			.collect(Collectors.toMap(Active::projectId, Function.identity()));
		for (Active mergedOne : mergedActive) {
			Active survivorsOne = survivorsByProject.get(mergedOne.projectId());
			if (survivorsOne != null) {
				boolean survivorsGoesOn = progress(survivorsOne.status()) >= progress(mergedOne.status());
				Active goesOn = survivorsGoesOn ? survivorsOne : mergedOne;
				close(survivorsGoesOn ? mergedOne : survivorsOne, goesOn, survivor, actor);
			}
		}
		List<Moved> moved = this.jdbc.sql("""
				UPDATE enrolment SET participant_id = :survivor, version = version + 1, updated_by = :by,
				    updated_at = :now
				WHERE participant_id = :merged
				RETURNING id, project_id
				""")
			.param("survivor", survivor)
			.param("merged", merged)
			.param("by", actor.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Moved(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class)))
			.list();
		for (Moved enrolment : moved) {
			this.audit.recordAction(actor, AuditAction.UPDATE, Enrolments.SUBJECT_TYPE, survivor,
					AccessPurpose.CASE_WORK,
					AuditDetail.of("project.audit.enrolment-moved", enrolment.id(), enrolment.projectId(), merged));
		}
	}

	/**
	 * The enrolments of a record that hold or wait for a place.
	 */
	private List<Active> active(UUID participant) {
		return this.jdbc.sql("""
				SELECT id, project_id, place_period_id, status FROM enrolment
				WHERE participant_id = :participant AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
				""")
			.param("participant", participant)
			.query((rs, n) -> new Active(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("place_period_id", UUID.class), EnrolmentStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * How far an active enrolment has come: taking part before a place offered before
	 * waiting.
	 */
	private static int progress(EnrolmentStatus status) {
		return switch (status) {
			case ENROLLED -> 2;
			case OFFERED -> 1;
			default -> 0;
		};
	}

	private void close(Active closed, Active goesOn, UUID survivor, Actor actor) {
		Project project = this.projects.findById(closed.projectId()).orElseThrow();
		this.jdbc.sql("""
				UPDATE enrolment SET status = 'MERGED', merged_into_enrolment_id = :goesOn,
				    ended_on = GREATEST(CAST(:today AS date), referred_on, offered_on, started_on),
				    version = version + 1, updated_by = :by, updated_at = :now
				WHERE id = :id AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
				""")
			.param("goesOn", goesOn.id())
			.param("today", LocalDate.now(this.clock))
			.param("by", actor.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", closed.id())
			.update();
		this.audit.recordAction(actor, AuditAction.UPDATE, Enrolments.SUBJECT_TYPE, survivor, AccessPurpose.CASE_WORK,
				AuditDetail.of("project.audit.enrolment-closed-merged", closed.id(), project.id().id(), goesOn.id()));
		if (closed.status().holdsAPlace()) {
			this.places.release(closed.periodId());
			this.waitingList.fill(closed.periodId(), project, actor);
		}
		if (project.leadId() != null) {
			this.notifications.notify(project.leadId(), "enrolment.notification.merged", List.of(project.displayName()),
					"/projects/" + project.id().id());
		}
	}

	private record Active(UUID id, UUID projectId, UUID periodId, EnrolmentStatus status) {
	}

	private record Moved(UUID id, UUID projectId) {
	}

}
