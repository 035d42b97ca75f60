package de.weitblick.dialogue.idea.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.dialogue.idea.AddressConfirmations;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaDiscussion;
import de.weitblick.dialogue.idea.IdeaFilter;
import de.weitblick.dialogue.idea.IdeaModeration;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaPipeline;
import de.weitblick.dialogue.idea.IdeaReview;
import de.weitblick.dialogue.idea.IdeaSearch;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.dialogue.idea.StakeholderGroup;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue's ideas for everybody, signed in or not: the list, each idea's page with
 * its timeline, and, for signed-in people and members of the public with a confirmed
 * address, submitting, commenting, supporting and reporting.
 */
@Controller
class PublicIdeaController {

	private static final int LISTED = 200;

	private final IdeaSearch search;

	private final IdeaPages pages;

	private final IdeaSubmission submission;

	private final IdeaDiscussion discussion;

	private final IdeaPipeline pipeline;

	private final IdeaReview review;

	private final IdeaModeration moderation;

	private final DialogueManagement dialogue;

	private final AddressConfirmations confirmations;

	private final PublicParticipation participation;

	private final MessageSource messages;

	PublicIdeaController(IdeaSearch search, IdeaPages pages, IdeaSubmission submission, IdeaDiscussion discussion,
			IdeaPipeline pipeline, IdeaReview review, IdeaModeration moderation, DialogueManagement dialogue,
			AddressConfirmations confirmations, PublicParticipation participation, MessageSource messages) {
		this.search = search;
		this.pages = pages;
		this.submission = submission;
		this.discussion = discussion;
		this.pipeline = pipeline;
		this.review = review;
		this.moderation = moderation;
		this.dialogue = dialogue;
		this.confirmations = confirmations;
		this.participation = participation;
		this.messages = messages;
	}

	@GetMapping("/public/dialogue/ideas")
	String list(@RequestParam(required = false) UUID edition, @RequestParam(required = false) IdeaStatus status,
			@RequestParam(required = false) FocusGroupCode focusGroup, @RequestParam(required = false) String text,
			Model model, java.util.Locale locale) {
		IdeaFilter filter = new IdeaFilter(edition, status, focusGroup, text);
		model.addAttribute("ideas", this.search.ideas(filter, false, LISTED));
		model.addAttribute("filter", filter);
		IdeaFilters.addOptions(model, this.dialogue, this.messages, locale);
		model.addAttribute("openEditions", this.submission.openEditions(true));
		return "dialogue/ideas/public-list";
	}

	@GetMapping("/public/dialogue/ideas/{id}")
	String page(@PathVariable UUID id, Authentication authentication, HttpSession session, Model model) {
		Optional<Contributor> viewer = this.participation.contributor(authentication, session);
		boolean moderator = viewer.map(IdeaViews::moderates).orElse(false);
		model.addAttribute("page", this.pages.page(id, viewer.orElse(null), moderator));
		model.addAttribute("viewer", viewer.orElse(null));
		model.addAttribute("moderator", moderator);
		model.addAttribute("groups", StakeholderGroup.values());
		model.addAttribute("shownAt", this.participation.now());
		model.addAttribute("criteria", this.review.offeredCriteria());
		return "dialogue/ideas/page";
	}

	@GetMapping("/public/dialogue/ideas/new")
	String form(Authentication authentication, HttpSession session, Model model) {
		IdeaForm form = new IdeaForm();
		form.setShownAt(this.participation.now());
		model.addAttribute("form", form);
		return showForm(authentication, session, model);
	}

	@PostMapping("/public/dialogue/ideas")
	String submit(@ModelAttribute("form") IdeaForm form, BindingResult errors, Authentication authentication,
			HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<Contributor> author = this.participation.contributor(authentication, session);
		if (author.isEmpty()) {
			return "redirect:/public/dialogue/ideas/new";
		}
		if (!errors.hasErrors()) {
			try {
				this.participation.checkHuman(author.get(), form.getWebsite(), form.getShownAt());
				Contributor named = author.get().isPublic()
						? Contributor.ofPublic(author.get().email(), form.getShownName()) : author.get();
				UUID id = this.submission.submit(form.toDraft(), named);
				redirect.addFlashAttribute("doneKey", "dialogue.idea.submitted");
				return "redirect:/public/dialogue/ideas/" + id;
			}
			catch (RuleViolation violation) {
				IdeaViews.reject(errors, violation);
			}
		}
		form.setShownAt(this.participation.now());
		return showForm(authentication, session, model);
	}

	private String showForm(Authentication authentication, HttpSession session, Model model) {
		Optional<Contributor> author = this.participation.contributor(authentication, session);
		model.addAttribute("author", author.orElse(null));
		Map<UUID, String> open = this.submission.openEditions(author.map(Contributor::isPublic).orElse(true));
		model.addAttribute("openEditions", open);
		model.addAttribute("focusGroups", FocusGroupCode.values());
		model.addAttribute("goals", this.pages.goals());
		return "dialogue/ideas/form";
	}

	/**
	 * The similar ideas beside the form, asked for by htmx while the person types.
	 */
	@GetMapping("/public/dialogue/ideas/similar")
	String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String problem,
			Model model) {
		String text = ((title != null) ? title : "") + " " + ((problem != null) ? problem : "");
		model.addAttribute("similar", this.search.similar(text));
		return "dialogue/ideas/form :: similar";
	}

	@PostMapping("/public/dialogue/address")
	String requestConfirmation(@RequestParam(required = false) String email,
			@RequestParam(required = false) String shownName, @RequestParam(required = false) String website,
			@RequestParam(required = false) String next, HttpSession session, RedirectAttributes redirect) {
		if (website != null && !website.isEmpty()) {
			redirect.addFlashAttribute("addressErrorKey", "dialogue.rule.spam");
			return "redirect:/public/dialogue/ideas/new";
		}
		try {
			this.confirmations.request(email, next);
			session.setAttribute(PublicParticipation.SHOWN_NAME, (shownName != null) ? shownName.strip() : "");
			redirect.addFlashAttribute("doneKey", "dialogue.address.sent");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("addressErrorKey", violation.messageKey());
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:/public/dialogue/ideas/new";
	}

	@GetMapping("/public/dialogue/confirm/{token}")
	String confirm(@PathVariable String token, @RequestParam(required = false) String next, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<String> address = this.confirmations.confirm(token);
		if (address.isEmpty()) {
			redirect.addFlashAttribute("addressErrorKey", "dialogue.address.link-invalid");
			return "redirect:/public/dialogue/ideas/new";
		}
		// A new session for the confirmed person, so no session id from before carries
		// the confirmation.
		Object name = request.getSession().getAttribute(PublicParticipation.SHOWN_NAME);
		request.changeSessionId();
		request.getSession().setAttribute(PublicParticipation.CONFIRMED_ADDRESS, address.get());
		request.getSession().setAttribute(PublicParticipation.SHOWN_NAME, (name != null) ? name : "");
		this.participation.remember(address.get(), request, response);
		redirect.addFlashAttribute("doneKey", "dialogue.address.confirmed");
		boolean local = next != null && next.startsWith("/public/") && !next.startsWith("//") && !next.contains("\\");
		return "redirect:" + (local ? next : "/public/dialogue/ideas/new");
	}

	@PostMapping("/public/dialogue/address/forget")
	String forgetAddress(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.participation.forget(request, response);
		redirect.addFlashAttribute("doneKey", "dialogue.address.forgotten");
		return "redirect:/public/dialogue/ideas";
	}

	@PostMapping("/public/dialogue/ideas/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) UUID parentId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String website,
			@RequestParam(defaultValue = "0") long shownAt, Authentication authentication, HttpSession session,
			RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.participation.checkHuman(contributor, website, shownAt);
			this.discussion.comment(id, parentId, text, contributor);
			return "dialogue.comment.written";
		}, "#comments");
	}

	@PostMapping("/public/dialogue/ideas/{id}/support")
	String support(@PathVariable UUID id, @RequestParam(required = false) StakeholderGroup group,
			Authentication authentication, HttpSession session, RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.discussion.support(id, group, contributor);
			return "dialogue.support.given";
		}, "#supports");
	}

	@PostMapping("/public/dialogue/ideas/{id}/support/withdrawal")
	String withdrawSupport(@PathVariable UUID id, Authentication authentication, HttpSession session,
			RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.discussion.withdrawSupport(id, contributor);
			return "dialogue.support.withdrawn";
		}, "#supports");
	}

	@PostMapping("/public/dialogue/ideas/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reasons,
			Authentication authentication, HttpSession session, RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.pipeline.move(id, version, IdeaStatus.WITHDRAWN, reasons, contributor);
			return "dialogue.idea.moved";
		}, "#timeline");
	}

	@PostMapping("/public/dialogue/ideas/{id}/reports")
	String report(@PathVariable UUID id, @RequestParam(required = false) UUID commentId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.moderation.report(id, commentId, reason);
			redirect.addFlashAttribute("doneKey", "dialogue.report.received");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorText", IdeaViews.text(this.messages, violation));
		}
		return "redirect:/public/dialogue/ideas/" + id;
	}

	private String act(UUID id, Authentication authentication, HttpSession session, RedirectAttributes redirect,
			Action action, String anchor) {
		Optional<Contributor> contributor = this.participation.contributor(authentication, session);
		if (contributor.isEmpty()) {
			redirect.addFlashAttribute("errorText", IdeaViews.text(this.messages, "dialogue.rule.confirm-first"));
			return "redirect:/public/dialogue/ideas/" + id;
		}
		try {
			redirect.addFlashAttribute("doneKey", action.take(contributor.get()));
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

		String take(Contributor contributor);

	}

}
