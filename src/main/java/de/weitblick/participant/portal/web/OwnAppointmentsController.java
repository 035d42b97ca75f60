package de.weitblick.participant.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.participant.appointment.Appointment;
import de.weitblick.participant.portal.OwnAppointments;
import de.weitblick.participant.portal.OwnCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The own appointments in the own area, each with a calendar file, as a page and in the
 * API.
 */
@Controller
@Tag(name = "Own area")
class OwnAppointmentsController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final OwnAppointments appointments;

	private final OwnCases ownCases;

	OwnAppointmentsController(OwnAppointments appointments, OwnCases ownCases) {
		this.appointments = appointments;
		this.ownCases = ownCases;
	}

	@GetMapping("/mein-bereich/termine")
	String page(Authentication authentication, Model model) {
		model.addAttribute("appointments", this.appointments.list(this.ownCases.required(authentication)));
		return "participant/portal/appointments";
	}

	@GetMapping("/mein-bereich/termine/{appointmentId}/kalender.ics")
	@ResponseBody
	ResponseEntity<String> calendarFile(@PathVariable UUID appointmentId, Authentication authentication,
			Locale locale) {
		return ics(appointmentId, authentication, locale);
	}

	@GetMapping("/api/v1/me/appointments")
	@ResponseBody
	@Operation(operationId = "listOwnAppointments", summary = "The own appointments in time order")
	@ApiResponse(responseCode = "200", description = "The appointments, the earliest first")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<Appointment> list(Authentication authentication) {
		return this.appointments.list(this.ownCases.required(authentication));
	}

	@GetMapping(path = "/api/v1/me/appointments/{appointmentId}/calendar", produces = "text/calendar")
	@ResponseBody
	@Operation(operationId = "downloadOwnAppointment",
			summary = "One own appointment as a calendar file (iCalendar); another person's is refused and audited")
	@ApiResponse(responseCode = "200", description = "The calendar file, as an attachment",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "No such appointment of the person's own")
	ResponseEntity<String> apiCalendarFile(@PathVariable UUID appointmentId, Authentication authentication) {
		return ics(appointmentId, authentication, LocaleContextHolder.getLocale());
	}

	private ResponseEntity<String> ics(UUID appointmentId, Authentication authentication, Locale locale) {
		String ics = this.appointments.calendarFile(this.ownCases.required(authentication), appointmentId, locale);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("termin.ics").build().toString())
			.body(ics);
	}

}
