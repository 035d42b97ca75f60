package de.weitblick.participant.appointment.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.appointment.Appointment;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.appointment.AppointmentStatus;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments of a case file as JSON, with the rules, access checks and audit of the
 * case file page: only the responsible team sees and agrees them.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}")
@Tag(name = "Case journal", description = "Appointments and counselling notes (Termine, Beratungsvermerke) of a case "
		+ "file; every call is audited")
class AppointmentRestController {

	private final Appointments appointments;

	private final Viewers viewers;

	AppointmentRestController(Appointments appointments, Viewers viewers) {
		this.appointments = appointments;
		this.viewers = viewers;
	}

	@GetMapping("/appointments")
	@Operation(operationId = "listAppointments",
			summary = "The appointments of a case file in time order " + "(responsible team only); the read is audited")
	@ApiResponse(responseCode = "200", description = "The appointments, the earliest first")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's team's (project views leave appointments out)")
	List<AppointmentResource> appointments(@PathVariable UUID id, Authentication authentication) {
		return this.appointments.read(new ParticipantId(id), this.viewers.of(authentication))
			.stream()
			.map(AppointmentResource::of)
			.toList();
	}

	@PostMapping("/appointments")
	@Operation(operationId = "planAppointment",
			summary = "Agree an appointment on a day and at a time in the "
					+ "office's time zone (Europe/Berlin); it starts PLANNED")
	@ApiResponse(responseCode = "201", description = "The appointment as stored, with its Location")
	@ApiResponse(responseCode = "400", description = "A field is missing or out of range; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	@ApiResponse(responseCode = "422", description = "The day has passed; 'field' names day")
	ResponseEntity<AppointmentResource> planAppointment(@PathVariable UUID id,
			@Valid @RequestBody AppointmentInput input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		UUID appointmentId = this.appointments.plan(participant, input.day(), input.time(),
				(input.minutes() != null) ? input.minutes() : 45, input.kind(), input.place(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/appointments/" + appointmentId))
			.body(appointment(participant, appointmentId, viewer));
	}

	@PutMapping("/appointments/{appointmentId}")
	@Operation(operationId = "rescheduleAppointment",
			summary = "Move a planned appointment or change how and where it "
					+ "takes place, based on the version read")
	@ApiResponse(responseCode = "200", description = "The appointment as changed, with its new version")
	@ApiResponse(responseCode = "400", description = "A field is missing or out of range; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or appointment, or not the caller's team's")
	@ApiResponse(responseCode = "409",
			description = "The appointment changed since the given version; nothing is changed")
	@ApiResponse(responseCode = "422",
			description = "The day has passed, or the appointment is no longer planned; 'field' names what")
	AppointmentResource rescheduleAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId,
			@Valid @RequestBody AppointmentChange input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.appointments.change(participant, appointmentId, input.version(), input.day(), input.time(),
				(input.minutes() != null) ? input.minutes() : 45, input.kind(), input.place(), viewer);
		return appointment(participant, appointmentId, viewer);
	}

	@PostMapping("/appointments/{appointmentId}/cancellation")
	@Operation(operationId = "cancelAppointment", summary = "Cancel an appointment, based on the version read")
	@ApiResponse(responseCode = "200", description = "The appointment, now CANCELLED")
	@ApiResponse(responseCode = "400", description = "The version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or appointment, or not the caller's team's")
	@ApiResponse(responseCode = "409",
			description = "The appointment changed since the given version; nothing is changed")
	AppointmentResource cancelAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId,
			@Valid @RequestBody VersionInput input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.appointments.record(participant, appointmentId, input.version(), AppointmentStatus.CANCELLED, viewer);
		return appointment(participant, appointmentId, viewer);
	}

	@PutMapping("/appointments/{appointmentId}/outcome")
	@Operation(operationId = "recordAppointmentOutcome",
			summary = "Record whether the person came: ATTENDED or "
					+ "MISSED (recorded, never sanctioned), based on the version read")
	@ApiResponse(responseCode = "200", description = "The appointment with its outcome and new version")
	@ApiResponse(responseCode = "400", description = "Version or outcome missing; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or appointment, or not the caller's team's")
	@ApiResponse(responseCode = "409",
			description = "The appointment changed since the given version; nothing is changed")
	AppointmentResource recordAppointmentOutcome(@PathVariable UUID id, @PathVariable UUID appointmentId,
			@Valid @RequestBody OutcomeInput input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.appointments.record(participant, appointmentId, input.version(),
				AppointmentStatus.valueOf(input.outcome().name()), viewer);
		return appointment(participant, appointmentId, viewer);
	}

	private AppointmentResource appointment(ParticipantId participant, UUID appointmentId, StaffMember viewer) {
		return this.appointments.of(participant, viewer)
			.stream()
			.filter(appointment -> appointment.id().equals(appointmentId))
			.findFirst()
			.map(AppointmentResource::of)
			.orElseThrow(() -> new NotFound("participant.appointment.not-found"));
	}

	/**
	 * @param startsAt the moment it starts (UTC)
	 * @param version send it back with a change
	 * @param place may be null
	 */
	record AppointmentResource(UUID id, int version, Instant startsAt, int minutes, AppointmentKind kind, String place,
			AppointmentStatus status) {

		static AppointmentResource of(Appointment appointment) {
			return new AppointmentResource(appointment.id(), appointment.version(), appointment.startsAt(),
					appointment.minutes(), appointment.kind(), appointment.place(), appointment.status());
		}

	}

	/**
	 * @param day today or later
	 * @param time local time in Europe/Berlin, such as 09:30
	 * @param minutes 5 to 480; 45 when not given
	 * @param kind IN_PERSON when not given
	 */
	record AppointmentInput(@NotNull(message = "{participant.appointment.rule.day-required}") LocalDate day,
			@NotNull(message = "{participant.appointment.rule.time-required}") LocalTime time,
			@Min(value = 5, message = "{participant.appointment.rule.minutes}") @Max(value = 480,
					message = "{participant.appointment.rule.minutes}") Integer minutes,
			AppointmentKind kind, @Size(max = 200, message = "{participant.validation.too-long}") String place) {
	}

	/**
	 * @param version the version of the appointment that was read
	 */
	record AppointmentChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.appointment.rule.day-required}") LocalDate day,
			@NotNull(message = "{participant.appointment.rule.time-required}") LocalTime time,
			@Min(value = 5, message = "{participant.appointment.rule.minutes}") @Max(value = 480,
					message = "{participant.appointment.rule.minutes}") Integer minutes,
			AppointmentKind kind, @Size(max = 200, message = "{participant.validation.too-long}") String place) {
	}

	record VersionInput(@NotNull(message = "{participant.validation.version}") Integer version) {
	}

	/**
	 * Whether the person came to an appointment.
	 */
	enum Outcome {

		/** Wahrgenommen. */
		ATTENDED,

		/** Nicht erschienen. */
		MISSED

	}

	record OutcomeInput(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.validation.outcome}") Outcome outcome) {
	}

}
