package de.weitblick.participant.journal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling notes (Beratungsvermerke) of a case. Notes are never edited: a correction
 * is a new note, so what was written stays what was written. Only its author can remove a
 * note, with a reason: its text is gone, the trace of who removed it when and why stays.
 * Every change is checked against the case access rules and audited.
 */
@Service
@Transactional
public class CaseJournal {

	/** The audit subject of notes and appointments alike. */
	public static final String SUBJECT_TYPE = "case-journal";

	private static final int MAXIMUM_NOTE_LENGTH = 4000;

	private static final int MAXIMUM_REASON_LENGTH = 500;

	private static final String COLUMNS = "id, written_at, author, author_name, visibility, text, removed_at, "
			+ "removed_by, removal_reason";

	private final CaseFileGuard guard;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseJournal(CaseFileGuard guard, JdbcClient jdbc, Clock clock) {
		this.guard = guard;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The notes the viewer may read, the newest first: the team's and the viewer's own.
	 */
	@Transactional(readOnly = true)
	public List<CaseNote> notes(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.NOTES);
		return visibleNotes(id, viewer);
	}

	/**
	 * The notes the viewer may read, shown with a case file the viewer has opened: its
	 * read decided the access and was audited.
	 * @return empty when the case file's view leaves out the notes, never null
	 */
	@Transactional(readOnly = true)
	public List<CaseNote> notesShownWith(CaseFile caseFile, StaffMember viewer) {
		return caseFile.view().shows(CaseSection.NOTES) ? visibleNotes(caseFile.participant().id(), viewer) : List.of();
	}

	private List<CaseNote> visibleNotes(ParticipantId id, StaffMember viewer) {
		return this.jdbc.sql("""
				SELECT %s FROM case_note
				WHERE participant_id = :participant AND (visibility <> 'AUTHOR_ONLY' OR lower(author) = lower(:viewer))
				ORDER BY written_at DESC, id DESC
				""".formatted(COLUMNS))
			.param("participant", id.id())
			.param("viewer", viewer.username())
			.query(CaseJournal::note)
			.list();
	}

	/**
	 * The notes the viewer may read, read on their own (through the API): the read is
	 * audited.
	 * @see #notes(ParticipantId, StaffMember)
	 */
	public List<CaseNote> readNotes(ParticipantId id, StaffMember viewer) {
		this.guard.read(id, viewer, CaseSection.NOTES, SUBJECT_TYPE, AuditDetail.of("participant.audit.notes-read"));
		return notes(id, viewer);
	}

	/**
	 * Every note, whoever wrote it: for the person's own request for access, which covers
	 * all data about them.
	 */
	@Transactional(readOnly = true)
	public List<CaseNote> allNotes(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT %s FROM case_note
				WHERE participant_id = :participant ORDER BY written_at DESC, id DESC
				""".formatted(COLUMNS)).param("participant", id.id()).query(CaseJournal::note).list();
	}

	/**
	 * Writes a note.
	 * @throws RuleViolation when the text is empty or too long
	 */
	public UUID writeNote(ParticipantId id, String text, NoteVisibility visibility, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "participant.note.rule.text-required");
		}
		if (text.strip().length() > MAXIMUM_NOTE_LENGTH) {
			throw new RuleViolation("text", "participant.note.rule.too-long", MAXIMUM_NOTE_LENGTH);
		}
		UUID noteId = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO case_note (id, participant_id, written_at, author, author_name, visibility, text)
				VALUES (:id, :participant, :now, :author, :authorName, :visibility, :text)
				""")
			.param("id", noteId)
			.param("participant", id.id())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("author", viewer.username())
			.param("authorName", viewer.displayName())
			.param("visibility", ((visibility != null) ? visibility : NoteVisibility.TEAM).name())
			.param("text", text.strip())
			.update();
		this.guard.audit(viewer, AuditAction.CREATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.note-written"));
		return noteId;
	}

	/**
	 * Removes a note: its text is gone, the trace of who removed it when and why stays in
	 * the case file and in the audit trail. Only its author can remove it, and only once.
	 * @param reason why, required
	 * @throws RuleViolation when the reason is missing or too long, or the viewer did not
	 * write the note
	 * @throws NotFound when the case holds no such note
	 * @throws OptimisticLockingFailureException when it was removed in the meantime
	 */
	public void removeNote(ParticipantId id, UUID noteId, String reason, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "participant.note.rule.reason-required");
		}
		if (reason.strip().length() > MAXIMUM_REASON_LENGTH) {
			throw new RuleViolation("reason", "participant.note.rule.reason-too-long", MAXIMUM_REASON_LENGTH);
		}
		CaseNote note = this.jdbc.sql("""
				SELECT %s FROM case_note WHERE id = :note AND participant_id = :participant
				""".formatted(COLUMNS))
			.param("note", noteId)
			.param("participant", id.id())
			.query(CaseJournal::note)
			.optional()
			.filter(found -> found.visibility() != NoteVisibility.AUTHOR_ONLY
					|| found.author().equalsIgnoreCase(viewer.username()))
			.orElseThrow(() -> new NotFound("participant.note.not-found"));
		if (!note.author().equalsIgnoreCase(viewer.username())) {
			throw new RuleViolation("reason", "participant.note.rule.only-the-author");
		}
		int removed = this.jdbc.sql("""
				UPDATE case_note SET text = NULL, removed_at = :now, removed_by = :viewer, removal_reason = :reason
				WHERE id = :note AND removed_at IS NULL
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("viewer", viewer.username())
			.param("reason", reason.strip())
			.param("note", noteId)
			.update();
		if (removed == 0) {
			throw new OptimisticLockingFailureException("Note " + noteId + " was removed in the meantime");
		}
		this.guard.audit(viewer, AuditAction.ERASE, SUBJECT_TYPE, id, AuditDetail.of("participant.audit.note-removed",
				java.time.LocalDate.ofInstant(note.writtenAt(), java.time.ZoneId.of("Europe/Berlin")).toString()));
	}

	private static CaseNote note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime removedAt = rs.getObject("removed_at", OffsetDateTime.class);
		return new CaseNote(rs.getObject("id", UUID.class),
				rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("author"),
				rs.getString("author_name"), NoteVisibility.valueOf(rs.getString("visibility")), rs.getString("text"),
				(removedAt != null) ? removedAt.toInstant() : null, rs.getString("removed_by"),
				rs.getString("removal_reason"));
	}

}
