package de.weitblick.dialogue.idea.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.Idea;
import de.weitblick.dialogue.idea.IdeaCoAuthors;
import de.weitblick.dialogue.idea.IdeaDevelopment;
import de.weitblick.dialogue.idea.IdeaNewsChoice;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.shared.NotFound;
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
 * An idea as its authors develop it further, on the public pages: the history of its
 * versions with what changed, a new version, co-authors invited and accepting, and the
 * choice between news at every step and a daily digest.
 */
@Controller
class IdeaDevelopmentController {

	private final IdeaDevelopment development;

	private final IdeaCoAuthors coAuthors;

	private final IdeaNewsChoice newsChoice;

	private final IdeaPages pages;

	private final PublicParticipation participation;

	private final MessageSource messages;

	IdeaDevelopmentController(IdeaDevelopment development, IdeaCoAuthors coAuthors, IdeaNewsChoice newsChoice,
			IdeaPages pages, PublicParticipation participation, MessageSource messages) {
		this.development = development;
		this.coAuthors = coAuthors;
		this.newsChoice = newsChoice;
		this.pages = pages;
		this.participation = participation;
		this.messages = messages;
	}

	@GetMapping("/public/dialogue/ideas/{id}/versions")
	String history(@PathVariable UUID id, Authentication authentication, HttpSession session, Model model) {
		boolean moderator = this.participation.contributor(authentication, session)
			.map(IdeaViews::moderates)
			.orElse(false);
		model.addAttribute("history", this.development.history(id, moderator));
		return "dialogue/ideas/versions";
	}

	@GetMapping("/public/dialogue/ideas/{id}/revision")
	String revisionForm(@PathVariable UUID id, Authentication authentication, HttpSession session, Model model) {
		Idea idea = this.pages.idea(id)
			.filter(found -> !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		model.addAttribute("form", RevisionForm.of(idea));
		model.addAttribute("idea", idea);
		return "dialogue/ideas/revision";
	}

	@PostMapping("/public/dialogue/ideas/{id}/revision")
	String revise(@PathVariable UUID id, @ModelAttribute("form") RevisionForm form, BindingResult errors,
			Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<Contributor> author = this.participation.contributor(authentication, session);
		if (author.isEmpty()) {
			redirect.addFlashAttribute("errorText", IdeaViews.text(this.messages, "dialogue.rule.confirm-first"));
			return "redirect:/public/dialogue/ideas/" + id;
		}
		if (!errors.hasErrors()) {
			try {
				this.development.revise(id, form.getVersion(), form.toRevision(), author.get());
				redirect.addFlashAttribute("doneKey", "dialogue.version.written.done");
				return "redirect:/public/dialogue/ideas/" + id;
			}
			catch (RuleViolation violation) {
				IdeaViews.reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("dialogue.idea.changed-in-the-meantime");
			}
		}
		model.addAttribute("idea", this.pages.idea(id).orElseThrow(() -> new NotFound("dialogue.idea.not-found")));
		return "dialogue/ideas/revision";
	}

	@PostMapping("/public/dialogue/ideas/{id}/co-authors")
	String invite(@PathVariable UUID id, @RequestParam(required = false) String invitee, Authentication authentication,
			HttpSession session, RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.coAuthors.invite(id, invitee, contributor);
			return "dialogue.co-author.invited";
		});
	}

	@PostMapping("/public/dialogue/ideas/{id}/co-authors/acceptance")
	String accept(@PathVariable UUID id, Authentication authentication, HttpSession session,
			RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.coAuthors.accept(id, contributor);
			return "dialogue.co-author.accepted";
		});
	}

	@PostMapping("/public/dialogue/ideas/{id}/news-choice")
	String chooseNews(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean dailyDigest,
			Authentication authentication, HttpSession session, RedirectAttributes redirect) {
		return act(id, authentication, session, redirect, contributor -> {
			this.newsChoice.choose(contributor, dailyDigest);
			return dailyDigest ? "dialogue.news.daily-chosen" : "dialogue.news.each-chosen";
		});
	}

	private String act(UUID id, Authentication authentication, HttpSession session, RedirectAttributes redirect,
			PublicIdeaController.Action action) {
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
		return "redirect:/public/dialogue/ideas/" + id + "#development";
	}

}
