package de.weitblick.workshop;

import java.util.List;
import java.util.UUID;

import de.weitblick.participant.ParticipantsMerged;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two records of one person are merged, the assignments of the merged record follow
 * the record that remains, in the merge's own transaction. From then on the limits of §
 * 16d (6) SGB II count the months of both records' assignments together, as they are one
 * person's; a merge itself is never refused for them, but the next assignment or
 * extension is judged on the whole record. Each moved assignment is audited under the
 * surviving record.
 */
@Component
class AssignmentsOnMerge {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AssignmentsOnMerge(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void follow(ParticipantsMerged merge) {
		UUID survivor = merge.survivor().id();
		UUID merged = merge.merged().id();
		// the same lock an assignment of either record takes, so none is made for the
		// merged record while its assignments move
		for (UUID person : (survivor.compareTo(merged) < 0) ? List.of(survivor, merged) : List.of(merged, survivor)) {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('work_assignment'), hashtext(CAST(:person AS text)))")
				.param("person", person)
				.query((rs, n) -> 1)
				.list();
		}
		List<UUID> moved = this.jdbc.sql("""
				UPDATE work_assignment SET participant_id = :survivor, version = version + 1
				WHERE participant_id = :merged RETURNING id
				""").param("survivor", survivor).param("merged", merged).query(UUID.class).list();
		for (UUID assignment : moved) {
			this.audit.recordAction(merge.mergedBy(), AuditAction.UPDATE, Assignments.SUBJECT_TYPE, survivor,
					AccessPurpose.CASE_WORK, AuditDetail.of("workshop.audit.assignment-moved", assignment, merged));
		}
	}

}
