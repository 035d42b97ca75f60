package de.weitblick.participant.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.participant.appointment.Appointment;
import de.weitblick.participant.appointment.AppointmentStatus;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own appointments in the own area, each as a calendar file (iCalendar, RFC
 * 5545) to put into the phone's calendar. Asking for an appointment that is not the
 * person's own is refused and audited.
 */
@Service
@Transactional
public class OwnAppointments {

	private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Appointments appointments;

	private final OwnCases ownCases;

	private final AuditTrail audit;

	private final MessageSource messages;

	OwnAppointments(Appointments appointments, OwnCases ownCases, AuditTrail audit, MessageSource messages) {
		this.appointments = appointments;
		this.ownCases = ownCases;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * @return the own appointments in time order, never null; the read is audited
	 */
	public List<Appointment> list(OwnCase own) {
		this.audit.recordAction(own.actor(), AuditAction.READ, Appointments.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.appointments-read"));
		return this.appointments.all(own.participant());
	}

	/**
	 * @param appointmentId must be one of the person's own appointments
	 * @param locale the reader's language
	 * @return the appointment as an iCalendar file, never null
	 * @throws de.weitblick.shared.NotFound when it is not the person's own; audited
	 */
	public String calendarFile(OwnCase own, UUID appointmentId, Locale locale) {
		Appointment appointment = this.appointments.all(own.participant())
			.stream()
			.filter(candidate -> candidate.id().equals(appointmentId))
			.findFirst()
			.orElseThrow(() -> this.ownCases.refuse(own, Appointments.SUBJECT_TYPE, appointmentId));
		this.audit.recordAction(own.actor(), AuditAction.EXPORT, Appointments.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.calendar-file"));
		Instant start = appointment.startsAt();
		Instant end = start.plusSeconds(60L * appointment.minutes());
		// Only what the person needs in the own calendar; no name.
		String summary = this.messages.getMessage("participant.portal.appointment.summary", null, locale);
		String kind = this.messages.getMessage(appointment.kind().messageKey(), null, locale);
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Weitblick//Mein Bereich//DE");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + appointment.id() + "@weitblick");
		line(ics, "DTSTAMP:" + ICS_TIME.format(Instant.now()));
		line(ics, "DTSTART:" + ICS_TIME.format(start));
		line(ics, "DTEND:" + ICS_TIME.format(end));
		line(ics, "SUMMARY:" + escaped(summary + " (" + kind + ")"));
		if (appointment.place() != null) {
			line(ics, "LOCATION:" + escaped(appointment.place()));
		}
		line(ics, "STATUS:" + ((appointment.status() == AppointmentStatus.CANCELLED) ? "CANCELLED" : "CONFIRMED"));
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Writes a content line, folded after 70 characters as RFC 5545 asks. */
	private static void line(StringBuilder ics, String line) {
		int from = 0;
		while (line.length() - from > 70) {
			ics.append(line, from, from + 70).append("\r\n ");
			from += 70;
		}
		ics.append(line, from, line.length()).append("\r\n");
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

}
