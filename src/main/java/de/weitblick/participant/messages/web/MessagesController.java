package de.weitblick.participant.messages.web;

import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.messages.Messages;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message thread on both sides: the responsible team's on the case file, the person's
 * in the own area.
 */
@Controller
class MessagesController {

	private final Messages messages;

	private final Viewers viewers;

	private final OwnCases ownCases;

	MessagesController(Messages messages, Viewers viewers, OwnCases ownCases) {
		this.messages = messages;
		this.viewers = viewers;
		this.ownCases = ownCases;
	}

	@GetMapping("/participants/{id}/messages")
	String thread(@PathVariable UUID id, Authentication authentication, Model model) {
		model.addAttribute("thread", this.messages.thread(new ParticipantId(id), this.viewers.of(authentication)));
		return "participant/messages/thread";
	}

	@PostMapping("/participants/{id}/messages")
	String write(@PathVariable UUID id, @RequestParam(required = false) String text, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.messages.write(new ParticipantId(id), text, this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.message.sent");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			redirect.addFlashAttribute("errorArguments", violation.arguments());
			redirect.addFlashAttribute("draft", (text != null) ? text : "");
		}
		return "redirect:/participants/" + id + "/messages";
	}

	@GetMapping("/mein-bereich/nachrichten")
	String ownThread(Authentication authentication, Model model) {
		model.addAttribute("thread", this.messages.ownThread(this.ownCases.required(authentication)));
		return "participant/messages/own";
	}

	@PostMapping("/mein-bereich/nachrichten")
	String writeOwn(@RequestParam(required = false) String text, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.messages.writeOwn(this.ownCases.required(authentication), text);
			redirect.addFlashAttribute("messageKey", "participant.message.sent");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			redirect.addFlashAttribute("errorArguments", violation.arguments());
			redirect.addFlashAttribute("draft", (text != null) ? text : "");
		}
		return "redirect:/mein-bereich/nachrichten";
	}

}
