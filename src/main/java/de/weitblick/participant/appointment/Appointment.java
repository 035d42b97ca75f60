package de.weitblick.participant.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting with a participant.
 *
 * @param id never null
 * @param startsAt never null
 * @param minutes 5 to 480
 * @param kind never null
 * @param place may be null
 * @param status never null
 * @param version changes with every change of the appointment
 */
public record Appointment(UUID id, Instant startsAt, int minutes, AppointmentKind kind, String place,
		AppointmentStatus status, int version) {

	/**
	 * @return the day it takes place on in the office's time, as a form shows it
	 */
	public java.time.LocalDate officeDay() {
		return this.startsAt.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
	}

	/**
	 * @return the time it starts at in the office's time, to the minute, as a form shows
	 * it
	 */
	public String officeTime() {
		java.time.LocalTime time = this.startsAt.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime();
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

}
