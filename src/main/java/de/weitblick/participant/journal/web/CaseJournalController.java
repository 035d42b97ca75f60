package de.weitblick.participant.journal.web;

import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Counselling notes on the case file.
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

	@PostMapping("/participants/{id}/notes/{noteId}/removal")
	String removeNote(@PathVariable UUID id, @PathVariable UUID noteId, @RequestParam(required = false) String reason,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.journal.removeNote(new ParticipantId(id), noteId, reason, this.viewers.of(authentication));
			redirect.addFlashAttribute("notesMessageKey", "participant.note.removed");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("notesErrorKey", violation.messageKey());
			redirect.addFlashAttribute("notesErrorArguments", violation.arguments());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("notesErrorKey", "participant.note.removed-in-the-meantime");
		}
		return "redirect:/participants/" + id + "#notes";
	}

}
