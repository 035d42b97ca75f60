package de.weitblick.participant.appointment;

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
import de.weitblick.participant.journal.CaseJournal;
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
 * The appointments (Termine) of a case: agreed, moved, and what became of them. Every
 * change is checked against the case access rules and audited.
 */
@Service
@Transactional
public class Appointments {

	/**
	 * Appointments are audited as part of the case journal, together with the notes, so
	 * the person's request for access names them as one kind of data.
	 */
	public static final String SUBJECT_TYPE = CaseJournal.SUBJECT_TYPE;

	/** Appointments are agreed in local time. */
	private static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");

	private final CaseFileGuard guard;

	private final JdbcClient jdbc;

	private final Clock clock;

	Appointments(CaseFileGuard guard, JdbcClient jdbc, Clock clock) {
		this.guard = guard;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The appointments, shown with a case file the viewer has opened: its read decided
	 * the access and was audited.
	 * @return empty when the case file's view leaves out the appointments, never null
	 */
	@Transactional(readOnly = true)
	public List<Appointment> shownWith(CaseFile caseFile) {
		return caseFile.view().shows(CaseSection.APPOINTMENTS) ? all(caseFile.participant().id()) : List.of();
	}

	/**
	 * The appointments, read on their own (through the API): the read is audited.
	 */
	public List<Appointment> read(ParticipantId id, StaffMember viewer) {
		this.guard.read(id, viewer, CaseSection.APPOINTMENTS, SUBJECT_TYPE,
				AuditDetail.of("participant.audit.appointments-read"));
		return all(id);
	}

	/**
	 * The appointments, in time order.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> of(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.APPOINTMENTS);
		return all(id);
	}

	/**
	 * Every appointment, for the person's own request for access.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> all(ParticipantId id) {
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
	public UUID plan(ParticipantId id, LocalDate day, LocalTime time, int minutes, AppointmentKind kind, String place,
			StaffMember viewer) {
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
	public void change(ParticipantId id, UUID appointmentId, int expectedVersion, LocalDate day, LocalTime time,
			int minutes, AppointmentKind kind, String place, StaffMember viewer) {
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
	public void record(ParticipantId id, UUID appointmentId, AppointmentStatus status, StaffMember viewer) {
		record(id, appointmentId, null, status, viewer);
	}

	/**
	 * Records what became of an appointment, unless it changed since the viewer read it.
	 * @param expectedVersion the version the viewer read, or null to take it as it is
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void record(ParticipantId id, UUID appointmentId, Integer expectedVersion, AppointmentStatus status,
			StaffMember viewer) {
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

}
