package de.weitblick.publishing.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import de.weitblick.organisation.Role;
import de.weitblick.publishing.AccessibilityFeedback;
import de.weitblick.publishing.LegalPage;
import de.weitblick.publishing.LegalPageKind;
import de.weitblick.publishing.PageText;
import de.weitblick.publishing.PublishingManagement;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal pages for everybody, signed in or not, with the accessibility feedback form;
 * and for administrators, the pages' texts to edit and the feedback received.
 */
@Controller
class LegalPageController {

	/** Times are stored in UTC and shown as people in the office read them. */
	private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

	/** The latest reports shown to the administrator. */
	private static final int FEEDBACK_SHOWN = 200;

	private final PublishingManagement publishing;

	private final AccessibilityFeedback feedback;

	LegalPageController(PublishingManagement publishing, AccessibilityFeedback feedback) {
		this.publishing = publishing;
		this.feedback = feedback;
	}

	@GetMapping("/legal/{slug}")
	String page(@PathVariable String slug, Model model, Locale locale, Authentication authentication) {
		LegalPageKind kind = kind(slug);
		if (!model.containsAttribute("feedback")) {
			model.addAttribute("feedback", new FeedbackForm());
		}
		return show(kind, model, locale, authentication);
	}

	@PostMapping("/legal/accessibility/feedback")
	String sendFeedback(@Valid @ModelAttribute("feedback") FeedbackForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.feedback.receive(form.getPage(), form.getMessage(), form.getContactEmail(), locale.getLanguage(),
						request.getRemoteAddr());
				redirect.addFlashAttribute("feedbackSent", true);
				return "redirect:/legal/accessibility#feedback";
			}
			catch (RuleViolation violation) {
				if (violation.field() != null) {
					errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
				}
				else {
					errors.reject(violation.messageKey(), violation.arguments(), null);
				}
			}
		}
		return show(LegalPageKind.ACCESSIBILITY, model, locale, authentication);
	}

	@GetMapping("/admin/legal")
	String overview(Model model) {
		model.addAttribute("pages", List.of(LegalPageKind.values()).stream().map(this.publishing::page).toList());
		model.addAttribute("reports", this.feedback.latest(FEEDBACK_SHOWN));
		model.addAttribute("zone", DISPLAY_ZONE);
		return "publishing/admin";
	}

	@GetMapping("/admin/legal/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		LegalPageKind kind = kind(slug);
		model.addAttribute("form", LegalPageForm.of(this.publishing.page(kind)));
		return editForm(kind, model);
	}

	@PostMapping("/admin/legal/{slug}")
	String save(@PathVariable String slug, @Valid @ModelAttribute("form") LegalPageForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		LegalPageKind kind = kind(slug);
		if (errors.hasErrors()) {
			return editForm(kind, model);
		}
		try {
			this.publishing.change(kind, form.getVersion(), form.getTextGerman(), form.getTextEnglish(),
					authentication.getName());
			redirect.addFlashAttribute("savedMessageKey", "publishing.legal.saved");
			return "redirect:/legal/" + kind.slug();
		}
		catch (RuleViolation violation) {
			if (violation.field() != null) {
				errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			}
			else {
				errors.reject(violation.messageKey(), violation.arguments(), null);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			// The entries stay, with the version now stored: saving again applies them
			// over the other administrator's, knowingly.
			LegalPage current = this.publishing.page(kind);
			errors.reject("publishing.legal.changed-in-the-meantime", new Object[] { current.changedBy() }, null);
			form.setVersion(current.version());
		}
		return editForm(kind, model);
	}

	private String show(LegalPageKind kind, Model model, Locale locale, Authentication authentication) {
		LegalPage page = this.publishing.page(kind);
		model.addAttribute("kind", kind);
		model.addAttribute("page", page);
		model.addAttribute("text", PageText.parse(page.text(locale)));
		model.addAttribute("mayEdit",
				authentication != null && authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority())));
		model.addAttribute("zone", DISPLAY_ZONE);
		return "publishing/page";
	}

	private String editForm(LegalPageKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("page", this.publishing.page(kind));
		model.addAttribute("history", this.publishing.history(kind));
		model.addAttribute("zone", DISPLAY_ZONE);
		return "publishing/edit";
	}

	private static LegalPageKind kind(String slug) {
		return LegalPageKind.bySlug(slug).orElseThrow(() -> new NotFound("publishing.legal.not-found"));
	}

}
