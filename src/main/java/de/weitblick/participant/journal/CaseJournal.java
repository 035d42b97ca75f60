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
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling notes (Beratungsvermerke) of a case. Notes are never edited or deleted by
 * hand: a correction is a new note, so what was written stays what was written. Every
 * change is checked against the case access rules and audited.
 */
@Service
@Transactional
public class CaseJournal {

	/** The audit subject of notes and appointments alike. */
	public static final String SUBJECT_TYPE = "case-journal";

	private static final int MAXIMUM_NOTE_LENGTH = 4000;

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
				SELECT id, written_at, author, author_name, visibility, text FROM case_note
				WHERE participant_id = :participant AND (visibility <> 'AUTHOR_ONLY' OR lower(author) = lower(:viewer))
				ORDER BY written_at DESC, id DESC
				""").param("participant", id.id()).param("viewer", viewer.username()).query(CaseJournal::note).list();
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
				SELECT id, written_at, author, author_name, visibility, text FROM case_note
				WHERE participant_id = :participant ORDER BY written_at DESC, id DESC
				""").param("participant", id.id()).query(CaseJournal::note).list();
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

	private static CaseNote note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CaseNote(rs.getObject("id", UUID.class),
				rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("author"),
				rs.getString("author_name"), NoteVisibility.valueOf(rs.getString("visibility")), rs.getString("text"));
	}

}
