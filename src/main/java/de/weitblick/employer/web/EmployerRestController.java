package de.weitblick.employer.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.employer.Chamber;
import de.weitblick.employer.Employer;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.EmployerSummary;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.OfferSearch;
import de.weitblick.employer.PossibleDuplicateEmployer;
import de.weitblick.employer.SizeClass;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers and their offers as JSON, with the same rules as the pages: the employer
 * service reaches every employer, an employer account only its own.
 */
@RestController
@Tag(name = "Employers", description = "Employers (Arbeitgeber) with their contacts and offers")
class EmployerRestController {

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final SignedInStaff signedIn;

	EmployerRestController(EmployerManagement employers, SignedInStaff signedIn, OfferManagement offerManagement) {
		this.offerManagement = offerManagement;
		this.employers = employers;
		this.signedIn = signedIn;
	}

	@GetMapping("/api/v1/employers")
	@Operation(summary = "Employers whose name is like the given words, ordered by name (at most 200)")
	List<EmployerSummary> listEmployers(@RequestParam(required = false) @Size(max = 200) String name,
			Authentication authentication) {
		return this.employers.employers(name, viewer(authentication));
	}

	@GetMapping("/api/v1/employers/duplicates")
	@Operation(summary = "Employers already known under a name similar to the given one")
	List<PossibleDuplicateEmployer> findPossibleDuplicates(@RequestParam @Size(max = 200) String name,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		if (!this.employers.mayRegister(viewer)) {
			throw new RuleViolation(null, "employer.rule.may-not-register");
		}
		return this.employers.possibleDuplicates(name, null);
	}

	@GetMapping("/api/v1/employers/{id}")
	@Operation(summary = "One employer with its contacts")
	Employer getEmployer(@PathVariable UUID id, Authentication authentication) {
		return this.employers.employer(new EmployerId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("employer.not-found"));
	}

	@PostMapping("/api/v1/employers")
	@Operation(summary = "Register an employer (employer service); refused when a similar name is known and "
			+ "confirmedNew is not true")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "A similar name is known, an unknown sector code, a bad postal "
			+ "code or contact, or the caller may not")
	ResponseEntity<Employer> registerEmployer(@Valid @RequestBody EmployerInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		if (!Boolean.TRUE.equals(input.confirmedNew())) {
			List<PossibleDuplicateEmployer> duplicates = this.employers.possibleDuplicates(input.name(), null);
			if (!duplicates.isEmpty()) {
				throw new RuleViolation("name", "employer.rule.possible-duplicate",
						String.join(", ", duplicates.stream().map(PossibleDuplicateEmployer::name).toList()));
			}
		}
		EmployerId id = this.employers.register(input.toDetails(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/employers/" + id.id()))
			.body(this.employers.employer(id, viewer).orElseThrow());
	}

	@PutMapping("/api/v1/employers/{id}")
	@Operation(summary = "Change an employer's details; refused with 409 when it changed since the given version")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422",
			description = "Unknown sector code, bad postal code or contact, or the caller may not")
	Employer changeEmployer(@PathVariable UUID id, @Valid @RequestBody EmployerInput input,
			Authentication authentication) {
		if (input.version() == null) {
			throw new RuleViolation("version", "employer.validation.version");
		}
		StaffMember viewer = viewer(authentication);
		this.employers.change(new EmployerId(id), input.version(), input.toDetails(), viewer);
		return this.employers.employer(new EmployerId(id), viewer).orElseThrow();
	}

	@GetMapping("/api/v1/employers/{id}/offers")
	@Operation(summary = "An employer's offers, the latest first")
	List<Offer> listEmployerOffers(@PathVariable UUID id, Authentication authentication) {
		return this.offerManagement.offers(new EmployerId(id), viewer(authentication));
	}

	@PostMapping("/api/v1/employers/{id}/offers")
	@Operation(summary = "Add an offer: a job, apprenticeship place, internship, internship module or taster slot")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "Dates out of order, no seats, a module without competence "
			+ "area or weeks, a taster slot without trade")
	ResponseEntity<Offer> addEmployerOffer(@PathVariable UUID id, @Valid @RequestBody OfferInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		OfferId offer = this.offerManagement.addOffer(new EmployerId(id), input.toDetails(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.id()))
			.body(this.offerManagement.offer(offer, viewer).orElseThrow());
	}

	@GetMapping("/api/v1/offers")
	@Operation(summary = "Search offers by words, kind, field and a day they are still open, the earliest first")
	List<Offer> searchOffers(@RequestParam(required = false) @Size(max = 200) String text,
			@RequestParam(required = false) OfferKind kind, @RequestParam(required = false) OccupationalField field,
			@RequestParam(required = false) LocalDate openOn,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size, Authentication authentication) {
		return this.offerManagement.searchOffers(new OfferSearch(text, kind, field, openOn, page, size),
				viewer(authentication));
	}

	@GetMapping("/api/v1/offers/{id}")
	@Operation(summary = "One offer")
	Offer getOffer(@PathVariable UUID id, Authentication authentication) {
		return this.offerManagement.offer(new OfferId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("employer.offer.not-found"));
	}

	@PutMapping("/api/v1/offers/{id}")
	@Operation(summary = "Change an offer; refused with 409 when it changed since the given version")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "Dates out of order, no seats, a module without competence "
			+ "area or weeks, a taster slot without trade")
	Offer changeOffer(@PathVariable UUID id, @Valid @RequestBody OfferInput input, Authentication authentication) {
		if (input.version() == null) {
			throw new RuleViolation("version", "employer.validation.version");
		}
		StaffMember viewer = viewer(authentication);
		this.offerManagement.changeOffer(new OfferId(id), input.version(), input.toDetails(), viewer);
		return this.offerManagement.offer(new OfferId(id), viewer).orElseThrow();
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	/**
	 * An employer as a client sends it.
	 */
	record EmployerInput(Integer version, @NotBlank @Size(max = 200) String name, @Size(max = 60) String legalForm,
			@NotBlank @Size(max = 10) String sectorCode, @NotNull SizeClass sizeClass, @Size(max = 200) String street,
			@Size(max = 10) String postalCode, @Size(max = 100) String city, @Size(max = 100) String district,
			boolean cityGroup, @NotNull Chamber chamber, boolean publicNamingConsent,
			@Size(max = 20) List<@Valid ContactInput> contacts, Boolean confirmedNew) {

		EmployerDetails toDetails() {
			return new EmployerDetails(this.name, this.legalForm, this.sectorCode, this.sizeClass, this.street,
					this.postalCode, this.city, this.district, this.cityGroup, this.chamber, this.publicNamingConsent,
					(this.contacts != null) ? this.contacts.stream().map(ContactInput::toContact).toList() : List.of());
		}

	}

	/**
	 * A contact person as a client sends it.
	 */
	record ContactInput(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role,
			@Size(max = 200) String email, @Size(max = 60) String phone, UUID accountId) {

		EmployerContact toContact() {
			return new EmployerContact(this.name, this.role, this.email, this.phone, this.accountId);
		}

	}

	/**
	 * An offer as a client sends it.
	 */
	record OfferInput(Integer version, @NotNull OfferKind kind, @NotBlank @Size(max = 200) String title,
			@NotNull OccupationalField field, @Size(max = 200) String occupation,
			@Size(max = 200) String competenceArea, @Min(1) @Max(52) Integer weeks, @Size(max = 100) String trade,
			@NotNull LocalDate startsOn, LocalDate endsOn, @NotNull @Min(1) @Max(10000) Integer seats,
			@Size(max = 4000) String requirements) {

		OfferDetails toDetails() {
			return new OfferDetails(this.kind, this.title, this.field, this.occupation, this.competenceArea, this.weeks,
					this.trade, this.startsOn, this.endsOn, this.seats, this.requirements);
		}

	}

}
