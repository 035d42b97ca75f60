package de.weitblick.employer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.employer.Chamber;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.EmployerView;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.OfferSearch;
import de.weitblick.employer.PossibleDuplicateEmployer;
import de.weitblick.employer.SizeClass;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
 * The employer list, an employer's page with its offers, the forms that register and
 * describe an employer and add or change an offer, and the offer search.
 */
@Controller
class EmployerController {

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final OrganisationManagement organisation;

	private final SignedInStaff signedIn;

	private final Clock clock;

	EmployerController(EmployerManagement employers, OrganisationManagement organisation, SignedInStaff signedIn,
			Clock clock, OfferManagement offerManagement) {
		this.offerManagement = offerManagement;
		this.employers = employers;
		this.organisation = organisation;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/employers")
	String employers(@RequestParam(required = false) String name, Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		Optional<EmployerId> own = this.employers.employerOf(viewer);
		if (own.isPresent()) {
			return "redirect:/employers/" + own.get().id();
		}
		model.addAttribute("employers", this.employers.employers(name, viewer));
		model.addAttribute("name", name);
		model.addAttribute("mayRegister", this.employers.mayRegister(viewer));
		return "employer/list";
	}

	@GetMapping("/employers/{id}")
	String employer(@PathVariable UUID id, Authentication authentication, Model model) {
		EmployerView view = this.employers.view(new EmployerId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("employer.not-found"));
		model.addAttribute("view", view);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "employer/detail";
	}

	@GetMapping("/employers/new")
	String registrationForm(Authentication authentication, Model model) {
		requireRegister(authentication);
		EmployerForm form = new EmployerForm();
		form.setCity("Kassel");
		return form(form, null, List.of(), model);
	}

	@PostMapping("/employers")
	String register(@Valid @ModelAttribute("form") EmployerForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = requireRegister(authentication);
		form.fillContactRows();
		List<PossibleDuplicateEmployer> duplicates = this.employers.possibleDuplicates(form.getName(), null);
		if (errors.hasErrors()) {
			return form(form, null, duplicates, model);
		}
		if (!duplicates.isEmpty() && !form.isConfirmedNew()) {
			errors.rejectValue("name", "employer.duplicate-warning", new Object[] { duplicates.size() }, null);
			return form(form, null, duplicates, model);
		}
		try {
			EmployerId id = this.employers.register(form.toDetails(), viewer);
			redirect.addFlashAttribute("messageKey", "employer.registered");
			return "redirect:/employers/" + id.id();
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return form(form, null, duplicates, model);
		}
	}

	@GetMapping("/employers/{id}/edit")
	String changeForm(@PathVariable UUID id, Authentication authentication, Model model) {
		StaffMember viewer = requireRegister(authentication);
		EmployerView view = this.employers.view(new EmployerId(id), viewer)
			.orElseThrow(() -> new NotFound("employer.not-found"));
		return form(EmployerForm.of(view.employer()), id, List.of(), model);
	}

	@PostMapping("/employers/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") EmployerForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = requireRegister(authentication);
		form.fillContactRows();
		if (form.getVersion() == null) {
			errors.reject("employer.validation.version");
		}
		if (errors.hasErrors()) {
			return form(form, id, List.of(), model);
		}
		try {
			this.employers.change(new EmployerId(id), form.getVersion(), form.toDetails(), viewer);
			redirect.addFlashAttribute("messageKey", "employer.changed");
			return "redirect:/employers/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("employer.changed-in-the-meantime");
		}
		return form(form, id, List.of(), model);
	}

	@GetMapping("/employers/{id}/offers/new")
	String offerForm(@PathVariable UUID id, Authentication authentication, Model model) {
		EmployerView view = this.employers.view(new EmployerId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("employer.not-found"));
		if (!view.mayMaintainOffers()) {
			throw new AccessDeniedException("May not maintain offers");
		}
		OfferForm form = new OfferForm();
		form.setStartsOn(LocalDate.now(this.clock));
		form.setSeats(1);
		return offerForm(form, view, null, model);
	}

	@PostMapping("/employers/{id}/offers")
	String addOffer(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		EmployerView view = this.employers.view(new EmployerId(id), viewer)
			.orElseThrow(() -> new NotFound("employer.not-found"));
		if (errors.hasErrors()) {
			return offerForm(form, view, null, model);
		}
		try {
			this.offerManagement.addOffer(new EmployerId(id), form.toDetails(), viewer);
			redirect.addFlashAttribute("messageKey", "employer.offer.added");
			return "redirect:/employers/" + id + "#offers";
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return offerForm(form, view, null, model);
		}
	}

	@GetMapping("/offers/{id}/edit")
	String changeOfferForm(@PathVariable UUID id, Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		Offer offer = this.offerManagement.offer(new OfferId(id), viewer)
			.orElseThrow(() -> new NotFound("employer.offer.not-found"));
		EmployerView view = this.employers.view(new EmployerId(offer.employerId()), viewer).orElseThrow();
		return offerForm(OfferForm.of(offer), view, id, model);
	}

	@PostMapping("/offers/{id}")
	String changeOffer(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		Offer offer = this.offerManagement.offer(new OfferId(id), viewer)
			.orElseThrow(() -> new NotFound("employer.offer.not-found"));
		EmployerView view = this.employers.view(new EmployerId(offer.employerId()), viewer).orElseThrow();
		if (form.getVersion() == null) {
			errors.reject("employer.validation.version");
		}
		if (errors.hasErrors()) {
			return offerForm(form, view, id, model);
		}
		try {
			this.offerManagement.changeOffer(new OfferId(id), form.getVersion(), form.toDetails(), viewer);
			redirect.addFlashAttribute("messageKey", "employer.offer.changed");
			return "redirect:/employers/" + offer.employerId() + "#offers";
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("employer.offer.changed-in-the-meantime");
		}
		return offerForm(form, view, id, model);
	}

	@GetMapping("/offers")
	String offers(@RequestParam(required = false) String text, @RequestParam(required = false) OfferKind kind,
			@RequestParam(required = false) OccupationalField field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		LocalDate day = (openOn != null) ? openOn : LocalDate.now(this.clock);
		model.addAttribute("offers",
				this.offerManagement.searchOffers(new OfferSearch(text, kind, field, day, page, 50), viewer));
		model.addAttribute("text", text);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("openOn", day);
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("fields", OccupationalField.values());
		return "employer/offers";
	}

	private StaffMember requireRegister(Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		if (!this.employers.mayRegister(viewer)) {
			throw new AccessDeniedException("May not register employers");
		}
		return viewer;
	}

	private String form(EmployerForm form, UUID employerId, List<PossibleDuplicateEmployer> duplicates, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("employerId", employerId);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("chambers", Chamber.values());
		model.addAttribute("accounts",
				this.organisation.accounts().stream().filter(account -> account.role() == Role.EMPLOYER).toList());
		return "employer/form";
	}

	private String offerForm(OfferForm form, EmployerView view, UUID offerId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("employer", view.employer());
		model.addAttribute("offerId", offerId);
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("fields", OccupationalField.values());
		return "employer/offer-form";
	}

	static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
