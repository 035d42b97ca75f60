package de.weitblick.participant.portal.notes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselling notes the team shared with the person, in the own area: only those
 * written with the visibility {@link NoteVisibility#SHARED_WITH_PARTICIPANT}, never the
 * team's or an author's own. Every read is audited.
 */
@Service
@Transactional
public class OwnNotes {

	/** The roles named in plain words; every other author is "the team". */
	private static final Set<String> NAMED_ROLES = Set.of("COUNSELLOR", "PROJECT_LEAD", "INSTRUCTOR",
			"EMPLOYER_SERVICE");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OwnNotes(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @return the notes shared with the person, the newest first; never null
	 */
	public List<SharedNote> list(OwnCase own) {
		this.audit.recordAction(own.actor(), AuditAction.READ, CaseJournal.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.notes-read"));
		return this.jdbc.sql("""
				SELECT n.id, n.written_at, a.role, n.text
				FROM case_note n LEFT JOIN staff_account a ON lower(a.username) = lower(n.author)
				WHERE n.participant_id = :participant AND n.visibility = :shared AND n.removed_at IS NULL
				ORDER BY n.written_at DESC, n.id DESC
				""")
			.param("participant", own.participant().id())
			.param("shared", NoteVisibility.SHARED_WITH_PARTICIPANT.name())
			.query((rs, n) -> new SharedNote(rs.getObject("id", UUID.class),
					rs.getObject("written_at", OffsetDateTime.class).toInstant(), roleKey(rs.getString("role")),
					rs.getString("text")))
			.list();
	}

	private static String roleKey(String role) {
		return "participant.portal.notes.author." + (NAMED_ROLES.contains(role) ? role : "TEAM");
	}

}
