package de.weitblick.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.merge.MergeRecord;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case file for a purpose, with what other modules hold about the person, and
 * writes the read to the audit trail: the whole file for the responsible team, the view a
 * grant gives for anybody else.
 */
@Service
@Transactional
public class CaseFileReading {

	private final JdbcClient jdbc;

	private final FocusGroupManagement focusGroups;

	private final AuditTrail audit;

	private final Consents consents;

	private final CaseFileGuard guard;

	private final CaseAccessPolicy policy;

	private final ObjectProvider<Participations> participations;

	private final Clock clock;

	CaseFileReading(JdbcClient jdbc, FocusGroupManagement focusGroups, AuditTrail audit, Consents consents,
			CaseFileGuard guard, CaseAccessPolicy policy, ObjectProvider<Participations> participations, Clock clock) {
		this.jdbc = jdbc;
		this.focusGroups = focusGroups;
		this.audit = audit;
		this.consents = consents;
		this.guard = guard;
		this.policy = policy;
		this.participations = participations;
		this.clock = clock;
	}

	/**
	 * Reads one case file for a purpose, and writes that read to the audit trail: the
	 * whole file for the responsible team, the view a grant gives for anybody else.
	 * @return the case file with the person's focus groups today (when the view shows
	 * them), or empty when there is none or the viewer may not see it (the two are
	 * deliberately indistinguishable)
	 */
	public Optional<CaseFile> caseFile(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		return this.guard.open(id, viewer, purpose).map(opened -> {
			Participant participant = opened.participant();
			CaseView view = opened.view();
			// A read through a grant has the grant's purpose and names its basis.
			this.audit.recordAction(actor(viewer), AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, id.id(),
					opened.access().purpose(purpose), opened.access().auditDetail());
			List<FocusGroupMembership> memberships = view.shows(CaseSection.FOCUS_GROUPS)
					? this.focusGroups.classifier().classify(participant.facts(), today()) : List.of();
			boolean parentsOrigin = view.shows(CaseSection.PARENTS_ORIGIN)
					&& this.consents.inForce(id.id()).contains(ConsentPurpose.PARENTS_ORIGIN);
			// The customer numbers identify the person at the Jobcenter: part of the
			// benefits section, which the project views leave out.
			List<JobcenterReferral> jobcenterReferrals = view.shows(CaseSection.BENEFITS) ? referrals(id) : List.of();
			return new CaseFile(participant, memberships, parentsOrigin, this.policy.mayChange(viewer, participant),
					view, opened.access().grants(), jobcenterReferrals);
		});
	}

	/**
	 * Reads a case file to change it, such as for its edit form: only the responsible
	 * team; anybody else is refused before anything is read, and the refusal is audited.
	 * @return the case file, never null
	 * @throws NotFound when there is no such case or the viewer may not change it
	 */
	public CaseFile caseFileToChange(ParticipantId id, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		return caseFile(id, viewer, AccessPurpose.CASE_WORK).orElseThrow(() -> new NotFound("participant.not-found"));
	}

	/**
	 * The projects and offers a person was or is in, from the modules that hold them. The
	 * read belongs to the read of the case file that shows it and is audited with it.
	 * @return the newest first, never null
	 * @throws NotFound when the viewer may not see the case or its view does not show
	 * them
	 */
	@Transactional(readOnly = true)
	public List<Participation> participations(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.PARTICIPATIONS);
		return allParticipations(id);
	}

	public List<Participation> allParticipations(ParticipantId id) {
		List<Participation> all = new ArrayList<>();
		this.participations.orderedStream().forEach(source -> all.addAll(source.of(id)));
		all.sort(java.util.Comparator.comparing(Participation::referredOn).thenComparing(Participation::id).reversed());
		return List.copyOf(all);
	}

	/**
	 * The records of the same person merged into this one, the newest first.
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<MergeRecord> merges(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT merged_id, merged_at, merged_by_name, merged_registered_on, replaced_values
				FROM participant_merge WHERE survivor_id = :id ORDER BY merged_at DESC, id DESC
				""")
			.param("id", id.id())
			.query((rs, n) -> new MergeRecord(rs.getObject("merged_id", UUID.class),
					rs.getObject("merged_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("merged_by_name"), rs.getObject("merged_registered_on", LocalDate.class),
					rs.getString("replaced_values")))
			.list();
	}

	/**
	 * Where a record that was merged into another lives on.
	 * @return the survivor, or empty when the record was not merged or the viewer may not
	 * see the survivor
	 */
	@Transactional(readOnly = true)
	public Optional<ParticipantId> mergedInto(ParticipantId id, StaffMember viewer) {
		return this.guard.survivorOf(id, viewer);
	}

	public List<JobcenterReferral> referrals(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT customer_number, referred_on, recorded_at FROM participant_referral
				WHERE participant_id = :id ORDER BY recorded_at, customer_number
				""")
			.param("id", id.id())
			.query((rs, n) -> new JobcenterReferral(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
