package de.weitblick.participant.casefile;

import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.casefile.CaseAccessPolicy.Access;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one gate to a case file and its parts (plan, notes, appointments, documents): loads
 * the participant, applies the case access rules and the viewer's view of the case, and
 * writes what was done to the audit trail. A case the viewer may not see is
 * indistinguishable from one that does not exist; the refused attempt itself is audited,
 * in a transaction of its own so that the refusal cannot roll it back.
 *
 * <p>
 * Public because every capability of the case file (plan, appointments, notes, documents,
 * health data, merge, data protection) lives in a sub-package of its own and passes this
 * gate; outside the module's base package, no other module reaches it.
 */
@Component
public class CaseFileGuard {

	private final ParticipantRepository participants;

	private final CaseAccessPolicy policy;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CaseFileGuard(ParticipantRepository participants, CaseAccessPolicy policy, AuditTrail audit, JdbcClient jdbc) {
		this.participants = participants;
		this.policy = policy;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * @return the participant with what the viewer may see of it, or empty when there is
	 * none or the viewer may not see it; a refusal is audited, except for a merged record
	 * whose survivor the viewer may see (the caller sends the viewer there)
	 */
	public Optional<OpenCase> open(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		Optional<Participant> found = this.participants.findById(id.id());
		if (found.isPresent()) {
			Optional<Access> access = this.policy.access(viewer, found.get());
			if (access.isPresent()) {
				return Optional.of(new OpenCase(found.get(), access.get()));
			}
		}
		if (found.isEmpty() && survivorOf(id, viewer).isPresent()) {
			return Optional.empty();
		}
		this.audit.recordRefusal(actor(viewer), ParticipantManagement.SUBJECT_TYPE, id.id(), purpose,
				AuditDetail
					.of(found.isEmpty() ? "participant.audit.refused.no-such-case" : (viewer.role() == Role.COUNSELLOR)
							? "participant.audit.refused.other-team" : "participant.audit.refused.no-grant"));
		return Optional.empty();
	}

	/**
	 * A part of a case file, when the viewer's view of the case shows it.
	 * @param section the part, must not be null
	 * @return empty when the viewer may not see the case or its view does not show the
	 * part; a refusal is audited
	 */
	public Optional<OpenCase> open(ParticipantId id, StaffMember viewer, AccessPurpose purpose, CaseSection section) {
		return open(id, viewer, purpose).filter(opened -> {
			if (opened.view().shows(section)) {
				return true;
			}
			this.audit.recordRefusal(actor(viewer), ParticipantManagement.SUBJECT_TYPE, id.id(),
					opened.access().purpose(purpose), AuditDetail.of("participant.audit.refused.section",
							AuditDetail.term(section.messageKey()), AuditDetail.term(opened.view().messageKey())));
			return false;
		});
	}

	/**
	 * A case file whose part the viewer asks for.
	 * @param section the part, must not be null
	 * @throws NotFound when the viewer may not see the case or its view does not show the
	 * part; a refusal is audited
	 */
	public OpenCase readable(ParticipantId id, StaffMember viewer, CaseSection section) {
		return open(id, viewer, AccessPurpose.CASE_WORK, section)
			.orElseThrow(() -> new NotFound("participant.not-found"));
	}

	/**
	 * A case file the viewer may change: only the responsible team.
	 * @throws NotFound otherwise
	 */
	public Participant changeable(ParticipantId id, StaffMember viewer) {
		OpenCase opened = open(id, viewer, AccessPurpose.CASE_WORK)
			.orElseThrow(() -> new NotFound("participant.not-found"));
		if (!this.policy.mayChange(viewer, opened.participant())) {
			this.audit.recordRefusal(actor(viewer), ParticipantManagement.SUBJECT_TYPE, id.id(),
					opened.access().purpose(AccessPurpose.CASE_WORK),
					AuditDetail.of("participant.audit.refused.change"));
			throw new NotFound("participant.not-found");
		}
		return opened.participant();
	}

	/**
	 * The record a merged record lives on in, if the viewer may see it.
	 * @return empty when the record was never merged or the viewer may not see the
	 * survivor
	 */
	public Optional<ParticipantId> survivorOf(ParticipantId id, StaffMember viewer) {
		return this.jdbc.sql("SELECT survivor_id FROM participant_merge WHERE merged_id = :id")
			.param("id", id.id())
			.query(UUID.class)
			.optional()
			.flatMap(this.participants::findById)
			.filter(survivor -> this.policy.access(viewer, survivor).isPresent())
			.map(Participant::id);
	}

	/**
	 * A part of a case file read on its own, not with the case file that shows it: the
	 * read is audited with the purpose of the viewer's access.
	 * @throws NotFound as {@link #readable}
	 */
	public OpenCase read(ParticipantId id, StaffMember viewer, CaseSection section, String subjectType,
			AuditDetail detail) {
		OpenCase opened = readable(id, viewer, section);
		this.audit.recordAction(actor(viewer), AuditAction.READ, subjectType, id.id(),
				opened.access().purpose(AccessPurpose.CASE_WORK), detail);
		return opened;
	}

	public void audit(StaffMember viewer, AuditAction action, String subjectType, ParticipantId id,
			AuditDetail detail) {
		this.audit.recordAction(actor(viewer), action, subjectType, id.id(), AccessPurpose.CASE_WORK, detail);
	}

	public static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	/**
	 * A case file as one viewer may see it.
	 *
	 * @param participant never null
	 * @param access what the viewer sees and why, never null
	 */
	public record OpenCase(Participant participant, Access access) {

		public CaseView view() {
			return this.access.view();
		}

	}

}
