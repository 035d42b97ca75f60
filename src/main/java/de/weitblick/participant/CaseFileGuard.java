package de.weitblick.participant;

import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one gate to a case file and its parts (plan, notes, appointments, documents): loads
 * the participant, applies the case access rules, and writes what was done to the audit
 * trail. A case the viewer may not see is indistinguishable from one that does not exist;
 * the refused attempt itself is audited, in a transaction of its own so that the refusal
 * cannot roll it back.
 */
@Component
class CaseFileGuard {

	private final ParticipantRepository participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CaseFileGuard(ParticipantRepository participants, AuditTrail audit, JdbcClient jdbc) {
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * @return the participant, or empty when there is none or the viewer may not see it;
	 * a refusal is audited, except for a merged record whose survivor the viewer may see
	 * (the caller sends the viewer there)
	 */
	Optional<Participant> visible(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		Optional<Participant> found = this.participants.findById(id.id());
		if (found.isPresent() && CaseAccessPolicy.mayRead(viewer, found.get())) {
			return found;
		}
		if (found.isEmpty() && survivorOf(id, viewer).isPresent()) {
			return Optional.empty();
		}
		this.audit.recordRefused(actor(viewer), ParticipantManagement.SUBJECT_TYPE, id.id(), purpose,
				found.isPresent() ? "case of another team" : "no such case");
		return Optional.empty();
	}

	Participant readable(ParticipantId id, StaffMember viewer) {
		return visible(id, viewer, AccessPurpose.CASE_WORK).orElseThrow(() -> new NotFound("participant.not-found"));
	}

	Participant changeable(ParticipantId id, StaffMember viewer) {
		Participant participant = readable(id, viewer);
		if (!CaseAccessPolicy.mayChange(viewer, participant)) {
			throw new NotFound("participant.not-found");
		}
		return participant;
	}

	/**
	 * The record a merged record lives on in, if the viewer may see it.
	 * @return empty when the record was never merged or the viewer may not see the
	 * survivor
	 */
	Optional<ParticipantId> survivorOf(ParticipantId id, StaffMember viewer) {
		return this.jdbc.sql("SELECT survivor_id FROM participant_merge WHERE merged_id = :id")
			.param("id", id.id())
			.query(UUID.class)
			.optional()
			.flatMap(this.participants::findById)
			.filter(survivor -> CaseAccessPolicy.mayRead(viewer, survivor))
			.map(Participant::id);
	}

	void audit(StaffMember viewer, AuditAction action, String subjectType, ParticipantId id, String detail) {
		this.audit.record(actor(viewer), action, subjectType, id.id(), AccessPurpose.CASE_WORK, detail);
	}

	static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

}
