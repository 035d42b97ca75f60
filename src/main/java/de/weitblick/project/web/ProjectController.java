package de.weitblick.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.strategy.StrategyManagement;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectPlaceProfiles;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The project list, a project's page with its places, capacity history, enrolments and
 * waiting lists, and the forms that describe a project and plan its places.
 */
@Controller
class ProjectController {

	private final ProjectManagement projects;

	private final PlacesPlanning placesPlanning;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	private final Viewers viewers;

	private final ProjectPageModel page;

	private final StrategyManagement strategy;

	private final Clock clock;

	private final ProjectPlaceProfiles placeProfiles;

	ProjectController(ProjectManagement projects, PlacesPlanning placesPlanning, ProjectPageModel page,
			OrganisationManagement organisation, FundingManagement funding, StrategyManagement strategy,
			Viewers viewers, Clock clock, ProjectPlaceProfiles placeProfiles) {
		this.strategy = strategy;
		this.projects = projects;
		this.placeProfiles = placeProfiles;
		this.placesPlanning = placesPlanning;
		this.page = page;
		this.organisation = organisation;
		this.funding = funding;
		this.viewers = viewers;
		this.clock = clock;
	}

	@GetMapping("/projects")
	String projects(Authentication authentication, Model model) {
		model.addAttribute("projects", this.projects.projects());
		model.addAttribute("mayCreate",
				this.viewers.signedIn(authentication).map(this.projects::mayCreate).orElse(false));
		return "project/list";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable UUID id, @RequestParam(required = false) UUID figuresPeriod,
			Authentication authentication, Model model) {
		return this.page.detail(id, figuresPeriod, this.viewers.of(authentication), model);
	}

	@GetMapping("/projects/new")
	String creationForm(Authentication authentication, Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		if (!this.projects.mayCreate(viewer)) {
			throw new org.springframework.security.access.AccessDeniedException("May not create projects");
		}
		ProjectForm form = new ProjectForm();
		form.setOrganisationalUnitId(viewer.unitId());
		form.setStartsOn(LocalDate.now(this.clock));
		return form(form, null, true, model);
	}

	@PostMapping("/projects")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		if (errors.hasErrors()) {
			return form(form, null, true, model);
		}
		try {
			ProjectId id = this.projects.create(form.toDescription(), form.goals(), form.toPlaceProfile(), viewer);
			redirect.addFlashAttribute("messageKey", "project.created");
			return "redirect:/projects/" + id.id();
		}
		catch (RuleViolation violation) {
			Forms.reject(errors, violation);
			return form(form, null, true, model);
		}
	}

	@GetMapping("/projects/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication authentication, Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		Project project = this.projects.project(new ProjectId(id)).orElseThrow(() -> new NotFound("project.not-found"));
		var permissions = this.projects.permissions(project, viewer);
		if (!permissions.mayDescribe()) {
			throw new org.springframework.security.access.AccessDeniedException("May not change the project");
		}
		ProjectForm form = ProjectForm.of(project).withPlaceProfile(this.placeProfiles.of(new ProjectId(id)));
		form.setStrategyGoalIds(this.projects.goalsServed(project.id())
			.stream()
			.map(goal -> goal.id().id())
			.collect(java.util.stream.Collectors.toSet()));
		return form(form, id, permissions.mayNameLead(), model);
	}

	@PostMapping("/projects/{id}")
	String describe(@PathVariable UUID id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		Project project = this.projects.project(new ProjectId(id)).orElseThrow(() -> new NotFound("project.not-found"));
		boolean mayNameLead = this.projects.permissions(project, viewer).mayNameLead();
		if (form.getVersion() == null) {
			errors.rejectValue("version", "project.validation.version");
		}
		if (errors.hasErrors()) {
			return form(form, id, mayNameLead, model);
		}
		try {
			this.projects.describe(new ProjectId(id), form.getVersion(), form.toDescription(), form.goals(),
					form.toPlaceProfile(), viewer);
			redirect.addFlashAttribute("messageKey", "project.changed");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolation violation) {
			Forms.reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("project.changed-in-the-meantime");
		}
		return form(form, id, mayNameLead, model);
	}

	private String form(ProjectForm form, UUID projectId, boolean mayNameLead, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("projectId", projectId);
		model.addAttribute("mayNameLead", mayNameLead);
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("units", this.organisation.units());
		model.addAttribute("leads", this.organisation.projectLeads());
		model.addAttribute("focusGroups", FocusGroupCode.values());
		model.addAttribute("benefitBases", BenefitBasis.values());
		model.addAttribute("germanLevels", List.of(LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1,
				LanguageLevel.B2, LanguageLevel.C1, LanguageLevel.C2));
		model.addAttribute("partners", this.organisation.partners());
		model.addAttribute("partnerRoles", PartnerRole.values());
		model.addAttribute("programmes", this.funding.programmes());
		model.addAttribute("goals", this.strategy.goals());
		model.addAttribute("districts", this.placeProfiles.districts());
		return "project/form";
	}

	@PostMapping("/projects/{id}/periods")
	String addPeriod(@PathVariable UUID id, @RequestParam(required = false) String label,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) Integer places, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		try {
			if (startsOn == null || endsOn == null || places == null) {
				throw new RuleViolation(null, "project.rule.period-incomplete");
			}
			this.placesPlanning.addPeriod(new ProjectId(id), new PlacesPlan(label, startsOn, endsOn, places), viewer);
			redirect.addFlashAttribute("messageKey", "project.period-added");
			return "redirect:/projects/" + id + "#places";
		}
		catch (RuleViolation violation) {
			model.addAttribute("periodError", violation);
			model.addAttribute("periodInput", new PlacesInput(label, startsOn, endsOn, places));
			return this.page.detail(id, viewer, model);
		}
	}

	@PostMapping("/projects/{id}/periods/{periodId}/capacity")
	String changeCapacity(@PathVariable UUID id, @PathVariable UUID periodId, @RequestParam int version,
			@RequestParam(required = false) Integer places,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(required = false) String reason, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		try {
			if (places == null) {
				throw new RuleViolation("places", "project.rule.places-missing");
			}
			this.placesPlanning.changeCapacity(new ProjectId(id), periodId, version, places, effectiveOn, reason,
					viewer);
			redirect.addFlashAttribute("messageKey", "project.capacity-changed");
			return "redirect:/projects/" + id + "#places";
		}
		catch (RuleViolation violation) {
			model.addAttribute("capacityError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("capacityError", new RuleViolation(null, "project.places-changed-in-the-meantime"));
		}
		model.addAttribute("capacityPeriod", periodId);
		model.addAttribute("capacityInput", new CapacityInput(places, effectiveOn, reason));
		return this.page.detail(id, viewer, model);
	}

	/**
	 * What was typed into the form for a new period, shown again with its error.
	 */
	record PlacesInput(String label, LocalDate startsOn, LocalDate endsOn, Integer places) {
	}

	/**
	 * What was typed into a capacity form, shown again with its error.
	 */
	record CapacityInput(Integer places, LocalDate effectiveOn, String reason) {
	}

}
