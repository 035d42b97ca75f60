package de.weitblick.participant.appointment.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.appointment.AppointmentStatus;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Appointments on the case file: agreeing one and recording what became of it. A refusal
 * is shown in the case file's journal section, next to the notes.
 */
@Controller
class AppointmentController {

	private final Appointments appointments;

	private final Viewers viewers;

	AppointmentController(Appointments appointments, Viewers viewers) {
		this.appointments = appointments;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/appointments")
	String planAppointment(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
			@RequestParam(defaultValue = "45") int minutes, @RequestParam(required = false) AppointmentKind kind,
			@RequestParam(required = false) String place, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.appointments.plan(new ParticipantId(id), day, time, minutes, kind, place,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.appointment.planned");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("journalErrorKey", violation.messageKey());
			redirect.addFlashAttribute("journalErrorArguments", violation.arguments());
		}
		return "redirect:/participants/" + id + "#appointments";
	}

	@PostMapping("/participants/{id}/appointments/{appointmentId}/status")
	String recordAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId,
			@RequestParam AppointmentStatus status, Authentication authentication) {
		this.appointments.record(new ParticipantId(id), appointmentId, status, this.viewers.of(authentication));
		return "redirect:/participants/" + id + "#appointments";
	}

}
