package de.weitblick.participant.journal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.plan.AppointmentKind;
import de.weitblick.participant.plan.AppointmentStatus;
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
 * Counselling notes and appointments on the case file.
 */
@Controller
class CaseJournalController {

	private final CaseJournal journal;

	private final Viewers viewers;

	CaseJournalController(CaseJournal journal, Viewers viewers) {
		this.journal = journal;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/notes")
	String writeNote(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) NoteVisibility visibility, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.journal.writeNote(new ParticipantId(id), text, visibility, this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.note.written");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("journalErrorKey", violation.messageKey());
			redirect.addFlashAttribute("journalErrorArguments", violation.arguments());
			redirect.addFlashAttribute("noteDraft", (text != null) ? text : "");
		}
		return "redirect:/participants/" + id + "#notes";
	}

	@PostMapping("/participants/{id}/appointments")
	String planAppointment(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
			@RequestParam(defaultValue = "45") int minutes, @RequestParam(required = false) AppointmentKind kind,
			@RequestParam(required = false) String place, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.journal.planAppointment(new ParticipantId(id), day, time, minutes, kind, place,
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
		this.journal.recordAppointment(new ParticipantId(id), appointmentId, status, this.viewers.of(authentication));
		return "redirect:/participants/" + id + "#appointments";
	}

}
