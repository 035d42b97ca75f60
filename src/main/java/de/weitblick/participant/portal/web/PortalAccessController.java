package de.weitblick.participant.portal.web;

import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.IssuedInvitation;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counsellor's side of the own area: whether the person has access, inviting them by
 * e-mail or by a printed letter, and resetting lost access.
 */
@Controller
class PortalAccessController {

	private final PortalInvitations invitations;

	private final Viewers viewers;

	private final PdfDocuments pdfs;

	PortalAccessController(PortalInvitations invitations, Viewers viewers, PdfDocuments pdfs) {
		this.invitations = invitations;
		this.viewers = viewers;
		this.pdfs = pdfs;
	}

	@GetMapping("/participants/{id}/portal")
	String access(@PathVariable UUID id, Authentication authentication, Model model) {
		model.addAttribute("participantId", id);
		model.addAttribute("status", this.invitations.status(new ParticipantId(id), this.viewers.of(authentication)));
		model.addAttribute("channels", InvitationChannel.values());
		return "participant/portal/access";
	}

	@PostMapping("/participants/{id}/portal/invitations")
	Object invite(@PathVariable UUID id, @RequestParam(required = false) InvitationChannel channel,
			@RequestParam(required = false) String email, @RequestParam(defaultValue = "false") boolean reset,
			Authentication authentication, RedirectAttributes redirect) {
		StaffMember counsellor = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		IssuedInvitation issued;
		try {
			issued = reset ? this.invitations.reset(participant, channel, email, counsellor)
					: this.invitations.invite(participant, channel, email, counsellor);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			redirect.addFlashAttribute("errorField", violation.field());
			redirect.addFlashAttribute("email", email);
			return "redirect:/participants/" + id + "/portal";
		}
		if (issued.channel() == InvitationChannel.LETTER) {
			byte[] pdf = this.pdfs.render("participant/portal/letter-pdf",
					Map.of("code", issued.code(), "expiresAt", issued.expiresAt()), LocaleContextHolder.getLocale());
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("einladung-mein-bereich.pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(pdf);
		}
		redirect.addFlashAttribute("messageKey", "participant.portal.invitation-sent");
		return "redirect:/participants/" + id + "/portal";
	}

}
