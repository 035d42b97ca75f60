package de.weitblick.project.enrolment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.CasesReassigned;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.Enrolments;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When cases go to another counsellor or team, their referrals and enrolments go along in
 * the same transaction: the team now responsible for a person sees and speaks for the
 * person's enrolments, the team before no longer does.
 */
@Component
class EnrolmentsOnReassignment {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	EnrolmentsOnReassignment(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void follow(CasesReassigned reassignment) {
		UUID[] people = reassignment.participants().stream().map(ParticipantId::id).toArray(UUID[]::new);
		List<UUID> concerned = this.jdbc.sql("""
				UPDATE enrolment SET responsible_unit_id = :unit, counsellor_id = :counsellor, version = version + 1,
				    updated_by = :by, updated_at = :now
				WHERE participant_id = ANY(:people) AND responsible_unit_id IS NOT NULL
				  AND (responsible_unit_id <> :unit OR counsellor_id IS DISTINCT FROM :counsellor)
				RETURNING participant_id
				""")
			.param("unit", reassignment.responsibleUnitId())
			.param("counsellor", reassignment.counsellorId())
			.param("by", reassignment.reassignedBy().username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("people", people)
			.query(UUID.class)
			.list();
		this.audit.recordActions(reassignment.reassignedBy(), AuditAction.UPDATE, Enrolments.SUBJECT_TYPE,
				concerned.stream().distinct().toList(), AccessPurpose.CASE_WORK,
				AuditDetail.of("project.audit.enrolments-follow-case", reassignment.responsibleUnitId()));
	}

}
