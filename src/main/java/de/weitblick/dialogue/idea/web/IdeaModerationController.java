package de.weitblick.dialogue.idea.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.EditionDocumentation;
import de.weitblick.dialogue.idea.EditionExport;
import de.weitblick.dialogue.idea.IdeaFilter;
import de.weitblick.dialogue.idea.IdeaMerging;
import de.weitblick.dialogue.idea.IdeaModeration;
import de.weitblick.dialogue.idea.IdeaPipeline;
import de.weitblick.dialogue.idea.IdeaReview;
import de.weitblick.dialogue.idea.IdeaSearch;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ideas for signed-in people, with what the moderators do: the list with hidden and
 * long-waiting ideas, the pipeline's steps, review scores, the plain-language summary,
 * hiding content and the moderation queue; and for the head of department, setting up the
 * project of an approved idea.
 */
@Controller
class IdeaModerationController {

	private static final int LISTED = 500;

	private static final String SCORE_PREFIX = "score-";

	private final IdeaSearch search;

	private final IdeaPipeline pipeline;

	private final IdeaReview review;

	private final IdeaModeration moderation;

	private final DialogueManagement dialogue;

	private final SignedInStaff signedIn;

	private final MessageSource messages;

	private final EditionExport export;

	private final IdeaMerging merging;

	private final EditionDocumentation documentation;

	private final WebInvocationPrivilegeEvaluator privileges;

	IdeaModerationController(IdeaSearch search, IdeaPipeline pipeline, IdeaReview review, IdeaModeration moderation,
			DialogueManagement dialogue, SignedInStaff signedIn, MessageSource messages, EditionExport export,
			IdeaMerging merging, EditionDocumentation documentation, WebInvocationPrivilegeEvaluator privileges) {
		this.privileges = privileges;
		this.merging = merging;
		this.documentation = documentation;
		this.export = export;
		this.search = search;
		this.pipeline = pipeline;
		this.review = review;
		this.moderation = moderation;
		this.dialogue = dialogue;
		this.signedIn = signedIn;
		this.messages = messages;
	}

	@GetMapping("/dialogue/ideas")
	String list(@RequestParam(required = false) UUID edition, @RequestParam(required = false) IdeaStatus status,
			@RequestParam(required = false) FocusGroupCode focusGroup, @RequestParam(required = false) String text,
			Authentication authentication, Model model, Locale locale) {
		Contributor viewer = Contributor.staff(this.signedIn.required(authentication));
		IdeaFilter filter = new IdeaFilter(edition, status, focusGroup, text);
		model.addAttribute("ideas", this.search.ideas(filter, IdeaViews.moderates(viewer), LISTED));
		model.addAttribute("filter", filter);
		model.addAttribute("moderator", IdeaViews.moderates(viewer));
		IdeaFilters.addOptions(model, this.dialogue, this.messages, locale);
		return "dialogue/ideas/list";
	}

	/**
	 * The documentation of an edition as CSV for a spreadsheet (semicolons, UTF-8 with a
	 * byte order mark, as spreadsheet programs in German expect).
	 */
	@GetMapping("/dialogue/ideas/export.csv")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam UUID edition, Locale locale) {
		byte[] text = ("\uFEFF" + this.export.csv(edition, locale)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"arbeitsmarktdialog-" + edition + ".csv\"")
			.contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(text);
	}

	@GetMapping("/dialogue/moderation")
	String queue(Authentication authentication, Model model) {
		if (!IdeaViews.moderates(Contributor.staff(this.signedIn.required(authentication)))) {
			throw new AccessDeniedException("moderators only");
		}
		model.addAttribute("queue", this.moderation.queue());
		model.addAttribute("mayAdministerCriteria",
				this.privileges.isAllowed(ReviewCriteriaController.PAGE, authentication));
		return "dialogue/ideas/queue";
	}

	@PostMapping("/dialogue/moderation/reports/{reportId}/dismissal")
	String dismiss(@PathVariable UUID reportId, Authentication authentication, RedirectAttributes redirect) {
		this.moderation.dismissReport(reportId, Contributor.staff(this.signedIn.required(authentication)));
		redirect.addFlashAttribute("doneKey", "dialogue.report.dismissed");
		return "redirect:/dialogue/moderation";
	}

	@PostMapping("/dialogue/ideas/{id}/steps")
	String move(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) IdeaStatus status,
			@RequestParam(required = false) String reasons, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, authentication, redirect, viewer -> {
			this.pipeline.move(id, version, status, reasons, Contributor.staff(viewer));
			return "dialogue.idea.moved";
		}, "#timeline");
	}

	@PostMapping("/dialogue/ideas/{id}/scores")
	String score(@PathVariable UUID id, HttpServletRequest request, Authentication authentication,
			RedirectAttributes redirect) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (String criterion : this.review.criteria()) {
			String value = request.getParameter(SCORE_PREFIX + criterion);
			if (value != null && !value.isBlank()) {
				try {
					scores.put(criterion, Integer.valueOf(value.strip()));
				}
				catch (NumberFormatException notANumber) {
					scores.put(criterion, 0);
				}
			}
		}
		return act(id, authentication, redirect, viewer -> {
			this.review.score(id, scores, Contributor.staff(viewer));
			return "dialogue.review.scored";
		}, "#review");
	}

	@PostMapping("/dialogue/ideas/{id}/project")
	String implement(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, authentication, redirect, viewer -> {
			this.pipeline.implement(id, version, viewer);
			return "dialogue.idea.implemented";
		}, "#project");
	}

	@PostMapping("/dialogue/ideas/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID intoId,
			Authentication authentication, RedirectAttributes redirect) {
		String result = act(id, authentication, redirect, viewer -> {
			this.merging.merge(id, version, intoId, Contributor.staff(viewer));
			return "dialogue.merge.done";
		}, "");
		return result;
	}

	/**
	 * The documentation of an edition as tagged PDF (Dokumentation des
	 * Arbeitsmarktdialogs).
	 */
	@GetMapping("/dialogue/ideas/documentation.pdf")
	org.springframework.http.ResponseEntity<byte[]> documentation(@RequestParam UUID edition, Locale locale) {
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"dokumentation-arbeitsmarktdialog-" + edition + ".pdf\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.body(this.documentation.pdf(edition, locale));
	}

	@PostMapping("/dialogue/ideas/{id}/summary")
	String summarise(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) String plainSummary, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, authentication, redirect, viewer -> {
			this.pipeline.summarise(id, version, plainSummary, Contributor.staff(viewer));
			return "dialogue.idea.summarised";
		}, "#plain-summary");
	}

	@PostMapping("/dialogue/ideas/{id}/visibility")
	String hide(@PathVariable UUID id, @RequestParam(required = false) UUID commentId,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean show,
			Authentication authentication, RedirectAttributes redirect) {
		if (!show && (reason == null || reason.isBlank())) {
			redirect.addFlashAttribute("errorText", IdeaViews.text(this.messages, "dialogue.rule.hide-reason"));
			return "redirect:/public/dialogue/ideas/" + id;
		}
		return act(id, authentication, redirect, viewer -> {
			this.moderation.hide(id, commentId, show ? null : reason, Contributor.staff(viewer));
			return show ? "dialogue.moderation.shown" : "dialogue.moderation.hidden.done";
		}, "");
	}

	private String act(UUID id, Authentication authentication, RedirectAttributes redirect, Action action,
			String anchor) {
		StaffMember viewer = this.signedIn.required(authentication);
		try {
			redirect.addFlashAttribute("doneKey", action.take(viewer));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorText", IdeaViews.text(this.messages, violation));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("errorText",
					IdeaViews.text(this.messages, "dialogue.idea.changed-in-the-meantime"));
		}
		return "redirect:/public/dialogue/ideas/" + id + anchor;
	}

	interface Action {

		String take(StaffMember viewer);

	}

}
