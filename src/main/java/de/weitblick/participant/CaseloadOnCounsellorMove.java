package de.weitblick.participant;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.CaseloadChoice;
import de.weitblick.organisation.CounsellorMoved;
import de.weitblick.organisation.Role;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a counsellor moves to another team, the cases the counsellor holds in the old team
 * either go along (the new team becomes responsible) or stay and go to the counsellor of
 * the old team the administrator named, in the move's own transaction: the move and the
 * cases are stored together or not at all, and no case is ever held by a counsellor
 * outside its responsible team. Each case's version goes up, so that a form opened before
 * the move is not saved over it; every case is written to the audit trail.
 */
@Component
class CaseloadOnCounsellorMove {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseloadOnCounsellorMove(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void follow(CounsellorMoved move) {
		List<UUID> moved = this.jdbc.sql("""
				UPDATE participant SET counsellor_id = :holder, responsible_unit_id = :unit, version = version + 1,
				    updated_at = :now
				WHERE counsellor_id = :counsellor AND responsible_unit_id = :from
				RETURNING id
				""")
			.param("holder", move.newCaseHolder())
			.param("unit", move.newResponsibleUnit())
			.param("now", move.movedAt().atOffset(ZoneOffset.UTC))
			.param("counsellor", move.counsellorId())
			.param("from", move.fromUnitId())
			.query(UUID.class)
			.list();
		if (moved.isEmpty()) {
			return;
		}
		Actor administrator = new Actor(move.movedBy(), Role.ADMINISTRATOR.name());
		AuditDetail detail = (move.caseload() == CaseloadChoice.FOLLOWS_COUNSELLOR)
				? AuditDetail.of("participant.audit.case-moved-with-counsellor", move.counsellorId(), move.fromUnitId(),
						move.toUnitId())
				: AuditDetail.of("participant.audit.case-handed-over", move.counsellorId(), move.handedOverToId(),
						move.fromUnitId());
		this.audit.recordActions(administrator, AuditAction.UPDATE, ParticipantManagement.SUBJECT_TYPE, moved,
				AccessPurpose.CASE_WORK, detail);
		this.events.publishEvent(new CasesReassigned(moved.stream().map(ParticipantId::new).toList(),
				move.newCaseHolder(), move.newResponsibleUnit(), administrator));
	}

}
