package de.weitblick.organisation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.organisation.CaseloadChoice;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnit;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.OrganisationalUnits;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
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
 * The administrator's pages that set up and change units and teams and move counsellors
 * between teams.
 */
@Controller
class OrganisationalUnitController {

	private final OrganisationManagement organisation;

	private final OrganisationalUnits units;

	OrganisationalUnitController(OrganisationManagement organisation, OrganisationalUnits units) {
		this.organisation = organisation;
		this.units = units;
	}

	@GetMapping("/admin/units/new")
	String newUnit(Model model) {
		model.addAttribute("form", new UnitForm());
		return unitForm(null, model);
	}

	@PostMapping("/admin/units")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return unitForm(null, model);
		}
		try {
			OrganisationalUnitId id = this.units.create(form.toDescription(), form.getReason(),
					authentication.getName());
			redirect.addFlashAttribute("unitMessageKey", "organisation.unit.created");
			return "redirect:/organisation/units/" + id.id();
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return unitForm(null, model);
		}
	}

	@GetMapping("/admin/units/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", UnitForm.of(unit(id)));
		return unitForm(id, model);
	}

	@PostMapping("/admin/units/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		OrganisationalUnit current = unit(id);
		if (form.getVersion() == null) {
			stale(errors, form, current);
		}
		if (errors.hasErrors()) {
			return unitForm(id, model);
		}
		try {
			this.units.change(new OrganisationalUnitId(id), form.getVersion(), form.toDescription(), form.getReason(),
					authentication.getName());
			redirect.addFlashAttribute("unitMessageKey", "organisation.unit.changed");
			return "redirect:/organisation/units/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			stale(errors, form, this.unit(id));
		}
		return unitForm(id, model);
	}

	/**
	 * The entries stay, with the version now stored: saving again applies them over what
	 * the other administrator saved, knowingly.
	 */
	private static void stale(BindingResult errors, UnitForm form, OrganisationalUnit current) {
		errors.reject("organisation.unit.changed-in-the-meantime",
				new Object[] { current.code() + " " + current.name() }, null);
		form.setVersion(current.version());
	}

	@GetMapping("/admin/units/{id}/counsellors/{counsellorId}/move")
	String moveForm(@PathVariable UUID id, @PathVariable UUID counsellorId, Model model) {
		model.addAttribute("form", new MoveForm());
		return showMoveForm(id, counsellorId, model);
	}

	@PostMapping("/admin/units/{id}/counsellors/{counsellorId}/move")
	String move(@PathVariable UUID id, @PathVariable UUID counsellorId, @Valid @ModelAttribute("form") MoveForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
		if (form.getCaseload() == CaseloadChoice.STAYS_WITH_TEAM && form.getHandOverToId() == null) {
			errors.rejectValue("handOverToId", "organisation.move.rule.successor-required");
		}
		if (errors.hasErrors()) {
			return showMoveForm(id, counsellorId, model);
		}
		try {
			this.units.moveCounsellor(counsellorId, new OrganisationalUnitId(id),
					new OrganisationalUnitId(form.getToUnitId()), form.getCaseload(), form.getHandOverToId(),
					form.getReason(), authentication.getName());
			redirect.addFlashAttribute("unitMessageKey", (form.getCaseload() == CaseloadChoice.FOLLOWS_COUNSELLOR)
					? "organisation.move.done-with-caseload" : "organisation.move.done-caseload-stays");
			return "redirect:/organisation/units/" + form.getToUnitId();
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("organisation.move.changed-in-the-meantime");
		}
		return showMoveForm(id, counsellorId, model);
	}

	private String unitForm(UUID id, Model model) {
		model.addAttribute("unitId", id);
		if (id != null) {
			model.addAttribute("unit", unit(id));
		}
		// A unit cannot belong to itself; the service refuses deeper cycles.
		model.addAttribute("parents", this.organisation.units().stream().filter(u -> !u.id().equals(id)).toList());
		return "organisation/unit-form";
	}

	private String showMoveForm(UUID id, UUID counsellorId, Model model) {
		OrganisationalUnit unit = unit(id);
		StaffMember counsellor = this.organisation.staffMember(counsellorId)
			.filter(member -> member.role() == Role.COUNSELLOR && id.equals(member.unitId()))
			.orElseThrow(() -> new NotFound("organisation.move.not-in-team"));
		List<StaffMember> successors = this.organisation.counsellors(id)
			.stream()
			.filter(member -> !member.id().equals(counsellorId))
			.toList();
		model.addAttribute("unit", unit);
		model.addAttribute("counsellor", counsellor);
		model.addAttribute("teams", this.organisation.units().stream().filter(u -> !u.id().equals(id)).toList());
		model.addAttribute("successors", successors);
		model.addAttribute("choices", CaseloadChoice.values());
		return "organisation/move";
	}

	private OrganisationalUnit unit(UUID id) {
		return this.organisation.unit(new OrganisationalUnitId(id))
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
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
