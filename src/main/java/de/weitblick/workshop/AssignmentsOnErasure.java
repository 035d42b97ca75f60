package de.weitblick.workshop;

import de.weitblick.participant.CaseFileErased;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a case file is erased at the end of its retention period, the person's assignments
 * go with it, in the erasure's own transaction, with their absences and skills (the
 * database deletes those with the assignment).
 */
@Component
class AssignmentsOnErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AssignmentsOnErasure(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void erase(CaseFileErased erased) {
		int deleted = this.jdbc.sql("DELETE FROM work_assignment WHERE participant_id = :person")
			.param("person", erased.participant().id())
			.update();
		if (deleted > 0) {
			this.audit.recordAction(Actor.SYSTEM, AuditAction.ERASE, Assignments.SUBJECT_TYPE,
					erased.participant().id(), AccessPurpose.RETENTION,
					AuditDetail.of("workshop.audit.erased", deleted));
		}
	}

}
