package de.weitblick.funding.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.funding.ActualsImported;
import de.weitblick.funding.BudgetCategory;
import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.Grant;
import de.weitblick.funding.GrantChanges;
import de.weitblick.funding.GrantId;
import de.weitblick.funding.Actuals;
import de.weitblick.funding.Grants;
import de.weitblick.funding.ProjectDirectory;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.RuleViolation.Reason;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The head of department's pages of grants: the list with the import of actuals, a new
 * grant, and a grant with its budget lines, planned and actual amounts per month.
 */
@Controller
class GrantController {

	private final Grants grants;

	private final Actuals actuals;

	private final FundingManagement funding;

	private final ObjectProvider<ProjectDirectory> projects;

	private final SignedInStaff signedIn;

	private final MessageSource messages;

	private final GrantChanges changes;

	GrantController(Grants grants, Actuals actuals, GrantChanges changes, FundingManagement funding,
			ObjectProvider<ProjectDirectory> projects, SignedInStaff signedIn, MessageSource messages) {
		this.grants = grants;
		this.actuals = actuals;
		this.changes = changes;
		this.funding = funding;
		this.projects = projects;
		this.signedIn = signedIn;
		this.messages = messages;
	}

	@GetMapping("/funding/grants")
	String list(@RequestParam(required = false) UUID programme, @RequestParam(required = false) UUID project,
			Model model) {
		model.addAttribute("grants",
				this.grants.grants((programme != null) ? new FundingProgrammeId(programme) : null, project));
		model.addAttribute("programme", programme);
		model.addAttribute("project", project);
		return listPage(model);
	}

	@PostMapping("/funding/grants/actuals")
	String importActuals(@RequestParam(required = false) MultipartFile file, Authentication authentication,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			ActualsImported imported = this.actuals.importActuals(content, viewer(authentication));
			// Flash attributes live in the session, which keeps only serializable values.
			redirect.addFlashAttribute("importedRows", imported.rows());
			redirect.addFlashAttribute("importedMonths", imported.months());
			redirect.addFlashAttribute("warnings", texts(imported.warnings(), locale));
			return "redirect:/funding/grants";
		}
		catch (RuleViolation violation) {
			model.addAttribute("importRefused", violation);
			model.addAttribute("grants", this.grants.grants(null, null));
			return listPage(model);
		}
	}

	@GetMapping("/funding/grants/new")
	String newGrant(Model model) {
		model.addAttribute("grantForm", GrantForm.empty());
		return formPage(model);
	}

	@PostMapping("/funding/grants/new")
	String create(@Valid @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
			Authentication authentication, Model model) {
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			GrantId id = this.grants.create(form.toDraft(), viewer(authentication));
			return "redirect:/funding/grants/" + id.id();
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return formPage(model);
		}
	}

	@GetMapping("/funding/grants/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detailPage(id, model, null, null);
	}

	@PostMapping("/funding/grants/{id}/lines")
	String addLine(@PathVariable UUID id, @Valid @ModelAttribute("lineForm") BudgetForms.LineForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.grants.addBudgetLine(new GrantId(id), form.getVersion(), form.getCategory(), form.getCostCentre(),
						Money.cents(form.getPlannedPerMonth()), viewer(authentication));
				return "redirect:/funding/grants/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("funding.rule.stale");
			}
		}
		return detailPage(id, model, form, null);
	}

	@PostMapping("/funding/grants/{id}/actuals")
	String recordActual(@PathVariable UUID id, @Valid @ModelAttribute("actualForm") BudgetForms.ActualForm form,
			BindingResult errors, Authentication authentication, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				redirect.addFlashAttribute(
						"warnings", texts(
								this.actuals.recordActual(new GrantId(id), form.getVersion(), form.getLineId(),
										form.getMonth(), Money.cents(form.getAmount()), viewer(authentication)),
								locale));
				redirect.addFlashAttribute("recorded", true);
				return "redirect:/funding/grants/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("funding.rule.stale");
			}
		}
		return detailPage(id, model, null, form);
	}

	@GetMapping("/funding/grants/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Grant grant = this.grants.grant(new GrantId(id)).orElseThrow(() -> new NotFound("funding.grant.not-found"));
		model.addAttribute("grantForm", GrantForm.of(grant));
		return editPage(id, model);
	}

	@PostMapping("/funding/grants/{id}/edit")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
			Authentication authentication, Model model) {
		if (form.getVersion() == null) {
			errors.reject("funding.rule.version");
		}
		if (errors.hasErrors()) {
			return editPage(id, model);
		}
		try {
			this.changes.change(new GrantId(id), form.getVersion(), form.toDraft(), viewer(authentication));
			return "redirect:/funding/grants/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("funding.rule.stale");
		}
		return editPage(id, model);
	}

	@PostMapping("/funding/grants/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam int version, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return refusedOr(id, model, () -> {
			this.changes.delete(new GrantId(id), version, viewer(authentication));
			redirect.addFlashAttribute("deleted", true);
			return "redirect:/funding/grants";
		});
	}

	@PostMapping("/funding/grants/{id}/lines/{lineId}")
	String changeLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam int version,
			@RequestParam(required = false) BudgetCategory category, @RequestParam(required = false) String costCentre,
			@RequestParam(required = false) BigDecimal plannedPerMonth, Authentication authentication, Model model) {
		return refusedOr(id, model, () -> {
			this.changes.changeBudgetLine(new GrantId(id), version, lineId, category, costCentre,
					(plannedPerMonth != null) ? Money.cents(plannedPerMonth) : null, viewer(authentication));
			return "redirect:/funding/grants/" + id;
		});
	}

	@PostMapping("/funding/grants/{id}/lines/{lineId}/delete")
	String deleteLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam int version,
			Authentication authentication, Model model) {
		return refusedOr(id, model, () -> {
			this.changes.deleteBudgetLine(new GrantId(id), version, lineId, viewer(authentication));
			return "redirect:/funding/grants/" + id;
		});
	}

	@PostMapping("/funding/grants/{id}/lines/{lineId}/actuals/{month}/delete")
	String deleteActual(@PathVariable UUID id, @PathVariable UUID lineId, @PathVariable YearMonth month,
			@RequestParam int version, Authentication authentication, Model model) {
		return refusedOr(id, model, () -> {
			this.changes.deleteActual(new GrantId(id), version, lineId, month, viewer(authentication));
			return "redirect:/funding/grants/" + id;
		});
	}

	/**
	 * Makes a correction, or shows the grant again with why it was refused.
	 */
	private String refusedOr(UUID id, Model model, java.util.function.Supplier<String> correction) {
		try {
			return correction.get();
		}
		catch (RuleViolation violation) {
			model.addAttribute("refusal", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("refusal", new RuleViolation(null, "funding.rule.stale"));
		}
		return detailPage(id, model, null, null);
	}

	private String editPage(UUID id, Model model) {
		model.addAttribute("grantId", id);
		return formPage(model);
	}

	private String listPage(Model model) {
		model.addAttribute("programmeOptions",
				this.funding.programmes().stream().map(p -> Map.entry(p.id(), p.name())).toList());
		model.addAttribute("projectNames", projectNames());
		return "funding/grants";
	}

	private String formPage(Model model) {
		model.addAttribute("programmes", this.funding.programmes());
		model.addAttribute("projectNames", projectNames());
		return "funding/grant-form";
	}

	private String detailPage(UUID id, Model model, BudgetForms.LineForm lineForm, BudgetForms.ActualForm actualForm) {
		Grant grant = this.grants.grant(new GrantId(id)).orElseThrow(() -> new NotFound("funding.grant.not-found"));
		model.addAttribute("grant", grant);
		model.addAttribute("projectName", projectNames().getOrDefault(grant.projectId(), grant.projectId().toString()));
		model.addAttribute("categories", List.of(BudgetCategory.values()));
		if (lineForm == null) {
			lineForm = new BudgetForms.LineForm();
			lineForm.setVersion(grant.version());
		}
		if (actualForm == null) {
			actualForm = new BudgetForms.ActualForm();
			actualForm.setVersion(grant.version());
		}
		model.addAttribute("lineForm", lineForm);
		model.addAttribute("actualForm", actualForm);
		return "funding/grant";
	}

	private List<String> texts(List<Reason> reasons, Locale locale) {
		return new ArrayList<>(reasons.stream()
			.map(reason -> this.messages.getMessage(reason.messageKey(), reason.argumentArray(), locale))
			.toList());
	}

	private Map<UUID, String> projectNames() {
		ProjectDirectory directory = this.projects.getIfAvailable();
		return (directory != null) ? directory.projectNames() : Map.of();
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	private static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
