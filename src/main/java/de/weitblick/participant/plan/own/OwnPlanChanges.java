package de.weitblick.participant.plan.own;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person changed in the own plan, for the responsible team: the own words, the
 * steps done and the agreement, each with its date. A change is new until somebody of the
 * team marks the changes seen.
 */
@Service
@Transactional
public class OwnPlanChanges {

	/** How many changes the case file shows, the newest first. */
	public static final int SHOWN = 30;

	private final CaseFileGuard guard;

	private final OwnChangeLog log;

	private final SupportPlans plans;

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnPlanChanges(CaseFileGuard guard, OwnChangeLog log, SupportPlans plans, JdbcClient jdbc, Clock clock) {
		this.guard = guard;
		this.log = log;
		this.plans = plans;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The changes, shown with a case file the viewer has opened (its read decided the
	 * access and was audited) and the plan it shows. Only a viewer who may change the
	 * case file (the responsible team) sees them.
	 * @param caseFile must not be null
	 * @param plan the plan the page shows, or null when its view leaves it out
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public PersonsPlanChanges shownWith(CaseFile caseFile, SupportPlan plan) {
		if (plan == null || !caseFile.mayChange()) {
			return PersonsPlanChanges.NONE;
		}
		return changes(caseFile.participant().id(), plan);
	}

	private PersonsPlanChanges changes(ParticipantId id, SupportPlan plan) {
		record Row(OwnPlanChange change, int unseen) {
		}
		// One statement: the newest changes, each row counting the unseen ones of all.
		List<Row> rows = this.jdbc.sql("""
				SELECT c.id, c.kind, coalesce(g.title, s.description) AS about, c.happened_at,
				       c.seen_at IS NOT NULL AS seen, count(*) FILTER (WHERE c.seen_at IS NULL) OVER () AS unseen
				FROM plan_own_change c
				LEFT JOIN plan_goal g ON g.id = c.goal_id AND g.participant_id = c.participant_id
				LEFT JOIN plan_step s ON s.id = c.step_id
				WHERE c.participant_id = :participant
				ORDER BY c.happened_at DESC, c.id DESC LIMIT :limit
				""")
			.param("participant", id.id())
			.param("limit", SHOWN)
			.query((rs,
					n) -> new Row(new OwnPlanChange(rs.getObject("id", UUID.class),
							OwnChangeKind.valueOf(rs.getString("kind")), rs.getString("about"),
							rs.getObject("happened_at", OffsetDateTime.class).toInstant(), rs.getBoolean("seen")),
							rs.getInt("unseen")))
			.list();
		return new PersonsPlanChanges(rows.stream().map(Row::change).toList(),
				rows.isEmpty() ? 0 : rows.getFirst().unseen(),
				this.log.latestAgreement(id, PlanVersion.of(plan)).orElse(null));
	}

	/**
	 * The changes read on their own (through the API), for the responsible team: the read
	 * is audited.
	 * @param id the case file, must not be null
	 * @param viewer must be allowed to change the case file
	 * @return never null
	 * @throws de.weitblick.shared.NotFound when the viewer may not change the case file
	 * (audited)
	 */
	public PersonsPlanChanges read(ParticipantId id, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		this.guard.audit(viewer, AuditAction.READ, SupportPlans.SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.own-plan-changes-read"));
		return changes(id, this.plans.of(id, viewer));
	}

	/**
	 * Marks every change of the person's own plan seen.
	 * @param id the case file, must not be null
	 * @param viewer must be allowed to change the case file
	 * @return how many changes were new, zero or more
	 * @throws de.weitblick.shared.NotFound when the viewer may not change the case file
	 */
	public int markSeen(ParticipantId id, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		int seen = this.jdbc.sql("""
				UPDATE plan_own_change SET seen_at = :now, seen_by = :viewer
				WHERE participant_id = :participant AND seen_at IS NULL
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("viewer", viewer.username())
			.param("participant", id.id())
			.update();
		this.guard.audit(viewer, AuditAction.UPDATE, SupportPlans.SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.own-plan-changes-seen"));
		return seen;
	}

}
