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

}
