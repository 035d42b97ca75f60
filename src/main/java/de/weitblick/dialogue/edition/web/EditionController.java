package de.weitblick.dialogue.edition.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.dialogue.edition.EditionDetails;
import de.weitblick.dialogue.edition.EditionInvitations;
import de.weitblick.dialogue.edition.EditionMinutes;
import de.weitblick.dialogue.edition.EditionMinutes.StoredFile;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.dialogue.edition.InvitationStatus;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An edition of the dialogue: its public page (plan, tables, minutes and attachments) and
 * the moderators' page that plans it, invites people by e-mail and documents it.
 */
@Controller
class EditionController {

	static final String MANAGE = "/dialogue/manage/editions";

	private final EditionPlanning planning;

	private final EditionInvitations invitations;

	private final EditionMinutes minutes;

	private final DialogueManagement dialogue;

	private final WebInvocationPrivilegeEvaluator privileges;

	private final MessageSource messages;

	private final IdeaSubmission submission;

	private final SignedInStaff signedIn;

	EditionController(EditionPlanning planning, EditionInvitations invitations, EditionMinutes minutes,
			DialogueManagement dialogue, WebInvocationPrivilegeEvaluator privileges, MessageSource messages,
			IdeaSubmission submission, SignedInStaff signedIn) {
		this.planning = planning;
		this.invitations = invitations;
		this.minutes = minutes;
		this.dialogue = dialogue;
		this.privileges = privileges;
		this.messages = messages;
		this.submission = submission;
		this.signedIn = signedIn;
	}

	@GetMapping("/dialogue/editions/{id}")
	String edition(@PathVariable UUID id, Model model, Authentication authentication) {
		model.addAttribute("edition", this.planning.details(id, false));
		model.addAttribute("mayManage", mayManage(authentication));
		return "dialogue/edition";
	}

	@GetMapping("/dialogue/editions/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		StoredFile file = this.minutes.attachment(id, attachmentId);
		MediaType type;
		try {
			type = MediaType.parseMediaType(file.contentType());
		}
		catch (IllegalArgumentException unknown) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping(MANAGE)
	String editions(Model model) {
		model.addAttribute("editions", this.dialogue.editions());
		model.addAttribute("formats", DialogueFormat.values());
		return "dialogue/editions-manage";
	}

	@PostMapping(MANAGE)
	String create(@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) DialogueFormat format, @RequestParam(required = false) String venue,
			@RequestParam(required = false) String description, Locale locale, RedirectAttributes redirect) {
		try {
			UUID id = this.planning.create(title, heldOn, format, venue, description);
			redirect.addFlashAttribute("doneKey", "dialogue.edition.created");
			return "redirect:" + MANAGE + "/" + id;
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", new FormError("edition", violation.field(),
					this.messages.getMessage(violation.messageKey(), violation.arguments(), locale)));
			return "redirect:" + MANAGE + "#edition";
		}
	}

	@GetMapping(MANAGE + "/{id}")
	String manage(@PathVariable UUID id, Model model) {
		model.addAttribute("edition", this.planning.details(id, true));
		model.addAttribute("call", this.submission.call(id));
		model.addAttribute("focusGroups", FocusGroupCode.values());
		model.addAttribute("statuses", InvitationStatus.values());
		return "dialogue/edition-manage";
	}

	@PostMapping(MANAGE + "/{id}/schedule")
	String schedule(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate registrationClosesOn,
			Locale locale, RedirectAttributes redirect) {
		return act(id, "schedule", locale, redirect,
				() -> this.planning.schedule(id, version, startsAt, endsAt, registrationClosesOn),
				"dialogue.edition.scheduled");
	}

	@PostMapping(MANAGE + "/{id}/call")
	String changeCall(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean submissionsOpen,
			@RequestParam(defaultValue = "false") boolean publicParticipation, Authentication authentication,
			Locale locale, RedirectAttributes redirect) {
		return act(id, "call", locale, redirect, () -> this.submission.changeCall(id, submissionsOpen,
				publicParticipation, Contributor.staff(this.signedIn.required(authentication))), "dialogue.call.saved");
	}

	@PostMapping(MANAGE + "/{id}/agenda")
	String addAgendaItem(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
			@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			Locale locale, RedirectAttributes redirect) {
		return act(id, "agenda", locale, redirect, () -> this.planning.addAgendaItem(id, startsAt, title, description),
				"dialogue.agenda.added");
	}

	@PostMapping(MANAGE + "/{id}/agenda/{itemId}/delete")
	String removeAgendaItem(@PathVariable UUID id, @PathVariable UUID itemId, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "agenda", locale, redirect, () -> this.planning.removeAgendaItem(id, itemId),
				"dialogue.agenda.removed");
	}

	@PostMapping(MANAGE + "/{id}/tables")
	String addTable(@PathVariable UUID id, @RequestParam(required = false) FocusGroupCode focusGroup,
			@RequestParam(required = false) String title, @RequestParam(required = false) String host, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "table", locale, redirect, () -> this.planning.addTable(id, focusGroup, title, host),
				"dialogue.table.added");
	}

	@PostMapping(MANAGE + "/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String organisation,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		return act(id, "invitation", locale, redirect,
				() -> this.invitations.invite(id, name, email, organisation, authentication.getName()),
				"dialogue.invitation.sent");
	}

	@PostMapping(MANAGE + "/{id}/reminders")
	String remind(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		return act(id, "reminder", locale, redirect, () -> {
			int reminded = this.invitations.remind(id);
			redirect.addFlashAttribute("doneArguments", new Object[] { reminded });
		}, "dialogue.invitation.reminded");
	}

	@PostMapping(MANAGE + "/{id}/invitations/{invitationId}")
	String recordAnswer(@PathVariable UUID id, @PathVariable UUID invitationId, @RequestParam int version,
			@RequestParam(required = false) InvitationStatus status, @RequestParam(required = false) UUID tableId,
			@RequestParam(defaultValue = "false") boolean attended, Locale locale, RedirectAttributes redirect) {
		return act(id, "answer-" + invitationId, locale, redirect,
				() -> this.invitations.recordAnswer(id, invitationId, version, status, tableId, attended),
				"dialogue.invitation.answer-recorded");
	}

	@PostMapping(MANAGE + "/{id}/minutes")
	String writeMinutes(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) String minutes, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "minutes", locale, redirect,
				() -> this.minutes.writeMinutes(id, version, minutes, authentication.getName()),
				"dialogue.minutes.saved");
	}

	@PostMapping(MANAGE + "/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		return act(id, "attachment", locale, redirect, () -> {
			try {
				this.minutes.attach(id, (file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getContentType() : null, (file != null) ? file.getBytes() : null,
						authentication.getName());
			}
			catch (IOException unreadable) {
				throw new RuleViolation("file", "dialogue.rule.file-empty");
			}
		}, "dialogue.attachment.added");
	}

	/**
	 * Runs a change and goes back to the planning page: with a confirmation, or with the
	 * refusal linked to the form field it is about. Nothing is stored when it is refused.
	 */
	private String act(UUID id, String form, Locale locale, RedirectAttributes redirect, Runnable change,
			String doneKey) {
		try {
			change.run();
			redirect.addFlashAttribute("doneKey", doneKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", new FormError(form, violation.field(),
					this.messages.getMessage(violation.messageKey(), violation.arguments(), locale)));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", new FormError(form, null,
					this.messages.getMessage("dialogue.changed-in-the-meantime", null, locale)));
		}
		return "redirect:" + MANAGE + "/" + id + "#" + form;
	}

	private boolean mayManage(Authentication authentication) {
		return authentication != null && this.privileges.isAllowed(MANAGE, authentication);
	}

	/**
	 * A refused change: the form and field it is about (the field may be null), and the
	 * message in the reader's language.
	 */
	record FormError(String form, String field, String message) implements Serializable {

		/**
		 * @return the id of the element the error summary links to
		 */
		public String target() {
			return (this.field != null) ? this.form + "-" + this.field : this.form;
		}

	}

}
