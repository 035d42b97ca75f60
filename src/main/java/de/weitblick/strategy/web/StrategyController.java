package de.weitblick.strategy.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.GoalId;
import de.weitblick.strategy.GoalIndicator;
import de.weitblick.strategy.GoalMeasurement;
import de.weitblick.strategy.GoalProgress;
import de.weitblick.strategy.StrategyGoal;
import de.weitblick.strategy.StrategyManagement;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy goals: public pages with each goal's progress, and the head of
 * department's forms that define goals and record their figures.
 */
@Controller
class StrategyController {

	static final String MANAGE = "/strategy/manage/goals";

	private final StrategyManagement strategy;

	private final WebInvocationPrivilegeEvaluator privileges;

	StrategyController(StrategyManagement strategy, WebInvocationPrivilegeEvaluator privileges) {
		this.strategy = strategy;
		this.privileges = privileges;
	}

	@GetMapping("/strategy/goals")
	String goals(Model model, Authentication authentication) {
		model.addAttribute("goals", this.strategy.goals());
		model.addAttribute("mayEdit", mayEdit(authentication));
		return "strategy/goals";
	}

	@GetMapping(MANAGE)
	String manage(Model model) {
		model.addAttribute("goals", this.strategy.goals());
		model.addAttribute("mayEdit", true);
		return "strategy/goals";
	}

	@GetMapping("/strategy/goals/{id}")
	String goal(@PathVariable UUID id, Model model, Authentication authentication) {
		if (!model.containsAttribute("measurement")) {
			model.addAttribute("measurement", new MeasurementForm());
		}
		return goalPage(this.strategy.progress(new GoalId(id)), model, authentication);
	}

	@GetMapping(MANAGE + "/new")
	String create(Model model) {
		GoalForm form = new GoalForm();
		form.setIndicator(GoalIndicator.PEOPLE_REACHED);
		model.addAttribute("form", form);
		return form(null, model);
	}

	@PostMapping(MANAGE)
	String define(@Valid @ModelAttribute("form") GoalForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				GoalId id = this.strategy.define(form.toDefinition(), authentication.getName());
				redirect.addFlashAttribute("savedMessageKey", "strategy.saved");
				return "redirect:/strategy/goals/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
		}
		return form(null, model);
	}

	@GetMapping(MANAGE + "/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		StrategyGoal goal = this.strategy.progress(new GoalId(id)).goal();
		model.addAttribute("form", GoalForm.of(goal));
		return form(goal, model);
	}

	@PostMapping(MANAGE + "/{id}")
	String redefine(@PathVariable UUID id, @Valid @ModelAttribute("form") GoalForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		GoalId goalId = new GoalId(id);
		StrategyGoal goal = this.strategy.progress(goalId).goal();
		if (form.getVersion() == null) {
			errors.reject("strategy.rule.version-required");
		}
		if (!errors.hasErrors()) {
			try {
				this.strategy.redefine(goalId, form.getVersion(), form.toDefinition(), authentication.getName());
				redirect.addFlashAttribute("savedMessageKey", "strategy.saved");
				return "redirect:/strategy/goals/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("strategy.changed-in-the-meantime", new Object[] { goal.changedBy() }, null);
				form.setVersion(goal.version());
			}
		}
		return form(goal, model);
	}

	@PostMapping(MANAGE + "/{id}/measurements")
	String record(@PathVariable UUID id, @Valid @ModelAttribute("measurement") MeasurementForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
		GoalId goalId = new GoalId(id);
		if (form.getVersion() == null) {
			errors.reject("strategy.rule.version-required");
		}
		if (!errors.hasErrors()) {
			try {
				this.strategy.record(goalId, form.getVersion(),
						new GoalMeasurement(form.getYear(), form.getValue(), form.getSource()),
						authentication.getName());
				redirect.addFlashAttribute("savedMessageKey", "strategy.figure-saved");
				return "redirect:/strategy/goals/" + id + "#figures";
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				GoalProgress current = this.strategy.progress(goalId);
				errors.reject("strategy.changed-in-the-meantime", new Object[] { current.goal().changedBy() }, null);
				form.setVersion(current.goal().version());
			}
		}
		return goalPage(this.strategy.progress(goalId), model, authentication);
	}

	private String goalPage(GoalProgress progress, Model model, Authentication authentication) {
		model.addAttribute("progress", progress);
		model.addAttribute("goal", progress.goal());
		model.addAttribute("mayEdit", mayEdit(authentication));
		return "strategy/goal";
	}

	private String form(StrategyGoal goal, Model model) {
		model.addAttribute("goal", goal);
		model.addAttribute("indicators", GoalIndicator.values());
		model.addAttribute("focusGroups", FocusGroupCode.values());
		model.addAttribute("projects", this.strategy.servingProjects());
		return "strategy/form";
	}

	/**
	 * Decimal figures as the reader writes them: "4,5" in German, "4.5" in English.
	 */
	@InitBinder
	void decimals(WebDataBinder binder, Locale locale) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setParseBigDecimal(true);
		binder.registerCustomEditor(BigDecimal.class, new CustomNumberEditor(BigDecimal.class, format, true));
	}

	private boolean mayEdit(Authentication authentication) {
		return authentication != null && this.privileges.isAllowed(MANAGE + "/new", authentication);
	}

	private static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
