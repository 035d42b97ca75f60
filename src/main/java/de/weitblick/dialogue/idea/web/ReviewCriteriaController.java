package de.weitblick.dialogue.idea.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.weitblick.dialogue.idea.ReviewCriteria;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' page of the review criteria: the list with labels, weights, order and
 * whether each is offered, a form that adds one and one that changes one.
 */
@Controller
class ReviewCriteriaController {

	static final String PAGE = "/dialogue/manage/review-criteria";

	private final ReviewCriteria criteria;

	private final MessageSource messages;

	ReviewCriteriaController(ReviewCriteria criteria, MessageSource messages) {
		this.criteria = criteria;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("criteria", this.criteria.all());
		return "dialogue/review-criteria";
	}

	@GetMapping(PAGE + "/{code}")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("criterion", this.criteria.criterion(code));
		return "dialogue/review-criterion";
	}

	@PostMapping(PAGE)
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String labelDe,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String weight,
			@RequestParam(required = false) String position, Locale locale, RedirectAttributes redirect) {
		Map<String, String> input = new LinkedHashMap<>();
		input.put("code", code);
		input.put("labelDe", labelDe);
		input.put("labelEn", labelEn);
		input.put("weight", weight);
		input.put("position", position);
		try {
			this.criteria.add(code, labelDe, labelEn, number(weight, "weight"), number(position, "position"));
			redirect.addFlashAttribute("doneKey", "dialogue.criterion.added");
			return "redirect:" + PAGE;
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("input", input);
			redirect.addFlashAttribute("error", new FormError("criterion", violation.field(),
					this.messages.getMessage(violation.messageKey(), violation.arguments(), locale)));
			return "redirect:" + PAGE + "#criterion";
		}
	}

	@PostMapping(PAGE + "/{code}")
	String change(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String labelDe,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String weight,
			@RequestParam(required = false) String position, @RequestParam(defaultValue = "false") boolean active,
			Locale locale, RedirectAttributes redirect) {
		return act(PAGE + "/" + code, locale, redirect, () -> this.criteria.change(code, version, labelDe, labelEn,
				number(weight, "weight"), number(position, "position"), active), "dialogue.criterion.changed");
	}

	@PostMapping(PAGE + "/{code}/active")
	String setActive(@PathVariable String code, @RequestParam int version, @RequestParam boolean active, Locale locale,
			RedirectAttributes redirect) {
		return act(PAGE, locale, redirect, () -> this.criteria.setActive(code, version, active),
				active ? "dialogue.criterion.reactivated" : "dialogue.criterion.deactivated");
	}

	private String act(String back, Locale locale, RedirectAttributes redirect, Runnable change, String doneKey) {
		try {
			change.run();
			redirect.addFlashAttribute("doneKey", doneKey);
			return "redirect:" + PAGE;
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", new FormError("criterion", violation.field(),
					this.messages.getMessage(violation.messageKey(), violation.arguments(), locale)));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", new FormError("criterion", null,
					this.messages.getMessage("dialogue.changed-in-the-meantime", null, locale)));
		}
		return "redirect:" + back;
	}

	private static Integer number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new RuleViolation(field, "dialogue.rule.criterion-number");
		}
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
