package de.weitblick.participant;

import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Component;

/**
 * The one gate to the parts of a case file (plan, notes, appointments): loads the
 * participant, applies the case access rules, and writes what was done to the audit
 * trail. A case the viewer may not see is indistinguishable from one that does not exist.
 */
@Component
class CaseFileGuard {

	private final ParticipantRepository participants;

	private final AuditTrail audit;

	CaseFileGuard(ParticipantRepository participants, AuditTrail audit) {
		this.participants = participants;
		this.audit = audit;
	}

	Participant readable(ParticipantId id, StaffMember viewer) {
		return this.participants.findById(id.id())
			.filter(participant -> CaseAccessPolicy.mayRead(viewer, participant))
			.orElseThrow(() -> new NotFound("participant.not-found"));
	}

	Participant changeable(ParticipantId id, StaffMember viewer) {
		Participant participant = readable(id, viewer);
		if (!CaseAccessPolicy.mayChange(viewer, participant)) {
			throw new NotFound("participant.not-found");
		}
		return participant;
	}

	void audit(StaffMember viewer, AuditAction action, String subjectType, ParticipantId id, String detail) {
		this.audit.record(new Actor(viewer.username(), viewer.role().name()), action, subjectType, id.id(),
				AccessPurpose.CASE_WORK, detail);
	}

}
