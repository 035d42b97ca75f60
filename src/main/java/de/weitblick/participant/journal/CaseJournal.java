package de.weitblick.participant.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.plan.Appointment;
import de.weitblick.participant.plan.AppointmentKind;
import de.weitblick.participant.plan.AppointmentStatus;
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
 * Counselling notes and appointments of a case. Notes are never edited or deleted by
 * hand: a correction is a new note, so what was written stays what was written. Every
 * change is checked against the case access rules and audited.
 */
@Service
@Transactional
public class CaseJournal {

	public static final String SUBJECT_TYPE = "case-journal";

	/** Appointments are agreed in local time. */
	private static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");

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

	/**
	 * The appointments, shown with a case file the viewer has opened: its read decided
	 * the access and was audited.
	 * @return empty when the case file's view leaves out the appointments, never null
	 */
	@Transactional(readOnly = true)
	public List<Appointment> appointmentsShownWith(CaseFile caseFile) {
		return caseFile.view().shows(CaseSection.APPOINTMENTS) ? allAppointments(caseFile.participant().id())
				: List.of();
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
	 * The appointments, read on their own (through the API): the read is audited.
	 */
	public List<Appointment> readAppointments(ParticipantId id, StaffMember viewer) {
		this.guard.read(id, viewer, CaseSection.APPOINTMENTS, SUBJECT_TYPE,
				AuditDetail.of("participant.audit.appointments-read"));
		return allAppointments(id);
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

	/**
	 * The appointments, in time order.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> appointments(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.APPOINTMENTS);
		return allAppointments(id);
	}

	/**
	 * Every appointment, for the person's own request for access.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> allAppointments(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT id, starts_at, minutes, kind, place, status, version FROM appointment
				WHERE participant_id = :participant ORDER BY starts_at, id
				""")
			.param("participant", id.id())
			.query((rs, n) -> new Appointment(rs.getObject("id", UUID.class),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("minutes"),
					AppointmentKind.valueOf(rs.getString("kind")), rs.getString("place"),
					AppointmentStatus.valueOf(rs.getString("status")), rs.getInt("version")))
			.list();
	}

	/**
	 * Agrees an appointment.
	 * @throws RuleViolation when day or time are missing, the day has passed, or the
	 * length is implausible
	 */
	public UUID planAppointment(ParticipantId id, LocalDate day, LocalTime time, int minutes, AppointmentKind kind,
			String place, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		Instant startsAt = startOf(day, time, minutes);
		UUID appointmentId = TimeOrderedIds.next();
		this.jdbc
			.sql("""
					INSERT INTO appointment (id, participant_id, starts_at, minutes, kind, place, status, created_by, created_at)
					VALUES (:id, :participant, :startsAt, :minutes, :kind, :place, 'PLANNED', :author, :now)
					""")
			.param("id", appointmentId)
			.param("participant", id.id())
			.param("startsAt", startsAt.atOffset(ZoneOffset.UTC))
			.param("minutes", minutes)
			.param("kind", ((kind != null) ? kind : AppointmentKind.IN_PERSON).name())
			.param("place", (place == null || place.isBlank()) ? null : place.strip())
			.param("author", viewer.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.appointment-planned"));
		return appointmentId;
	}

	/**
	 * Moves a planned appointment to another time or changes how and where it takes
	 * place.
	 * @param expectedVersion the version of the appointment the viewer read
	 * @throws RuleViolation as when agreeing one, and when the appointment is no longer
	 * planned
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void changeAppointment(ParticipantId id, UUID appointmentId, int expectedVersion, LocalDate day,
			LocalTime time, int minutes, AppointmentKind kind, String place, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		AppointmentStatus status = this.jdbc
			.sql("SELECT status FROM appointment WHERE id = :appointment AND participant_id = :participant")
			.param("appointment", appointmentId)
			.param("participant", id.id())
			.query((rs, n) -> AppointmentStatus.valueOf(rs.getString("status")))
			.optional()
			.orElseThrow(() -> new NotFound("participant.appointment.not-found"));
		if (status != AppointmentStatus.PLANNED) {
			throw new RuleViolation("status", "participant.appointment.rule.not-planned");
		}
		Instant startsAt = startOf(day, time, minutes);
		int changed = this.jdbc.sql("""
				UPDATE appointment SET starts_at = :startsAt, minutes = :minutes, kind = :kind, place = :place,
				    version = version + 1
				WHERE id = :appointment AND version = :expected
				""")
			.param("startsAt", startsAt.atOffset(ZoneOffset.UTC))
			.param("minutes", minutes)
			.param("kind", ((kind != null) ? kind : AppointmentKind.IN_PERSON).name())
			.param("place", (place == null || place.isBlank()) ? null : place.strip())
			.param("appointment", appointmentId)
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"Appointment " + appointmentId + " was changed in the meantime");
		}
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.appointment-changed"));
	}

	private Instant startOf(LocalDate day, LocalTime time, int minutes) {
		if (day == null) {
			throw new RuleViolation("day", "participant.appointment.rule.day-required");
		}
		if (time == null) {
			throw new RuleViolation("time", "participant.appointment.rule.time-required");
		}
		if (day.isBefore(LocalDate.now(this.clock.withZone(OFFICE_TIME)))) {
			throw new RuleViolation("day", "participant.appointment.rule.day-in-past");
		}
		if (minutes < 5 || minutes > 480) {
			throw new RuleViolation("minutes", "participant.appointment.rule.minutes");
		}
		return day.atTime(time).atZone(OFFICE_TIME).toInstant();
	}

	/**
	 * Records what became of an appointment.
	 */
	public void recordAppointment(ParticipantId id, UUID appointmentId, AppointmentStatus status, StaffMember viewer) {
		recordAppointment(id, appointmentId, null, status, viewer);
	}

	/**
	 * Records what became of an appointment, unless it changed since the viewer read it.
	 * @param expectedVersion the version the viewer read, or null to take it as it is
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void recordAppointment(ParticipantId id, UUID appointmentId, Integer expectedVersion,
			AppointmentStatus status, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		int changed = this.jdbc.sql("""
				UPDATE appointment SET status = :status, version = version + 1
				WHERE id = :appointment AND participant_id = :participant
				  AND (CAST(:expected AS integer) IS NULL OR version = :expected)
				""")
			.param("status", status.name())
			.param("appointment", appointmentId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			boolean exists = this.jdbc
				.sql("SELECT count(*) FROM appointment WHERE id = :appointment AND participant_id = :participant")
				.param("appointment", appointmentId)
				.param("participant", id.id())
				.query(Integer.class)
				.single() == 1;
			if (!exists) {
				throw new NotFound("participant.appointment.not-found");
			}
			throw new OptimisticLockingFailureException(
					"Appointment " + appointmentId + " was changed in the meantime");
		}
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.appointment-status", AuditDetail.term(status.messageKey())));
	}

	private static CaseNote note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CaseNote(rs.getObject("id", UUID.class),
				rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("author"),
				rs.getString("author_name"), NoteVisibility.valueOf(rs.getString("visibility")), rs.getString("text"));
	}

}
