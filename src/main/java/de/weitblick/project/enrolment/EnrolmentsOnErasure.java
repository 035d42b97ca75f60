package de.weitblick.project.enrolment;

import java.util.List;
import java.util.UUID;

import de.weitblick.participant.CaseFileErased;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.Enrolments;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a case file is erased at the end of its retention period, the person's enrolments
 * go with it, in the erasure's own transaction: their notes, attendance and outcomes (the
 * database deletes those with the enrolment). A place the person still held goes to the
 * next person waiting. What remains in the project is its figures without the person.
 */
@Component
class EnrolmentsOnErasure {

	private final JdbcClient jdbc;

	private final ProjectRepository projects;

	private final Places places;

	private final WaitingList waitingList;

	private final AuditTrail audit;

	EnrolmentsOnErasure(JdbcClient jdbc, ProjectRepository projects, Places places, WaitingList waitingList,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.places = places;
		this.waitingList = waitingList;
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void erase(CaseFileErased erased) {
		UUID person = erased.participant().id();
		// A place held is released under the period's lock, as every change of who holds
		// a
		// place is; periods are locked in their order so two erasures never wait for each
		// other.
		List<Held> held = this.jdbc.sql("""
				SELECT DISTINCT project_id, place_period_id FROM enrolment
				WHERE participant_id = :person AND status IN ('OFFERED', 'ENROLLED')
				ORDER BY place_period_id
				""")
			.param("person", person)
			.query((rs, n) -> new Held(rs.getObject("project_id", UUID.class),
					rs.getObject("place_period_id", UUID.class)))
			.list();
		held.forEach(place -> this.places.lock(place.periodId()));
		int deleted = this.jdbc.sql("DELETE FROM enrolment WHERE participant_id = :person")
			.param("person", person)
			.update();
		for (Held place : held) {
			this.places.release(place.periodId());
			this.projects.findById(place.projectId())
				.ifPresent(project -> this.waitingList.fill(place.periodId(), project, Actor.SYSTEM));
		}
		if (deleted > 0) {
			this.audit.recordAction(Actor.SYSTEM, AuditAction.ERASE, Enrolments.SUBJECT_TYPE, person,
					AccessPurpose.RETENTION, AuditDetail.of("project.audit.enrolments-erased", deleted));
		}
	}

	private record Held(UUID projectId, UUID periodId) {
	}

}
