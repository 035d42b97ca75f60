package de.weitblick.project.enrolment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.project.web.Viewers;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CustomerReferral;
import de.weitblick.participant.CustomerReferralRefused;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.LikelyRegistered;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.ProjectId;
import de.weitblick.project.enrolment.web.EnrolmentRestController.EnrolmentResource;
import de.weitblick.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Jobcenter refers a person by its customer number (Kundennummer) instead of the
 * office's identifier; a number the office does not know registers the person from the
 * referral's data, by the rules of the referral list. The Jobcenter then reads the status
 * of its referral as every other, never the case file.
 */
@RestController
@RequestMapping("/api/v1/enrolments/by-customer-number")
@Tag(name = "Enrolments", description = "Referrals, waiting lists and enrolments (Zuweisungen, Wartelisten, "
		+ "Teilnahmen); every call is audited")
class CustomerReferralRestController {

	private final Enrolments enrolments;

	private final Referrals referrals;

	private final Viewers viewers;

	private final MessageSource messages;

	CustomerReferralRestController(Enrolments enrolments, Referrals referrals, Viewers viewers,
			MessageSource messages) {
		this.enrolments = enrolments;
		this.referrals = referrals;
		this.viewers = viewers;
		this.messages = messages;
	}

	@PostMapping
	@Operation(operationId = "referByCustomerNumber",
			summary = "Refer a person by the Jobcenter's customer number (Jobcenter partner accounts only)",
			description = "A customer number on record refers the person recorded with it; the birthDate must match. "
					+ "A new number registers the person first from the data sent (familyName, givenNames and "
					+ "birthDate required; every field takes what the column of the same meaning in a referral "
					+ "list takes, see docs/referral-import.md) in the team of the counsellor who takes partners' "
					+ "referrals (setting weitblick.partner-referrals.counsellor), then refers. If the person is "
					+ "not eligible, nobody is registered. A person on record with the same birth date and a "
					+ "similar name is answered with 409 unless confirmedNoDuplicate is true.")
	@ApiResponse(responseCode = "201",
			description = "Referred: status OFFERED or WAITING; personRegistered tells "
					+ "whether the person was registered by this referral")
	@ApiResponse(responseCode = "400",
			description = "A field is missing or breaks the referral list's rules; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller is no partner account")
	@ApiResponse(responseCode = "404", description = "No such project")
	@ApiResponse(responseCode = "409",
			description = "Somebody with the same birth date and a similar name is registered: 'possibleDuplicates' "
					+ "lists the customer number the office has for each (null when none); nothing is stored",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = DuplicatesProblem.class)))
	@ApiResponse(responseCode = "422",
			description = "Not eligible (every reason in 'reasons'), the number recorded with another birth date, "
					+ "the Jobcenter not a partner of the project, no Jobcenter account, or nobody set to take "
					+ "partners' referrals; 'field' names the field where one is concerned")
	ResponseEntity<CustomerReferralResource> referByCustomerNumber(@Valid @RequestBody CustomerReferralInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		if (viewer.role() != Role.PARTNER) {
			throw new AccessDeniedException("Only partner organisations refer by customer number");
		}
		Referrals.CustomerReferralResult result = this.referrals.referByCustomerNumber(new ProjectId(input.projectId()),
				input.placePeriodId(), input.person(), Boolean.TRUE.equals(input.confirmedNoDuplicate()), input.note(),
				viewer);
		EnrolmentId id = result.enrolment();
		EnrolmentResource enrolment = this.enrolments.enrolment(id, viewer)
			.map(EnrolmentResource::of)
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
		return ResponseEntity.created(URI.create("/api/v1/enrolments/" + id.id()))
			.body(new CustomerReferralResource(result.personRegistered(), enrolment));
	}

	@ExceptionHandler(CustomerReferralRefused.class)
	ResponseEntity<ProblemDetail> refused(CustomerReferralRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.detail.400", null, locale));
		problem.setTitle(this.messages.getMessage("error.status.400", null, locale));
		problem.setProperty("errors", refused.problems().stream().map(found -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", found.field());
			error.put("message", this.messages.getMessage(found.messageKey(), found.argumentArray(), locale));
			return error;
		}).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(LikelyRegistered.class)
	ResponseEntity<ProblemDetail> likelyRegistered(LikelyRegistered likely) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("enrolment.customer-referral.duplicates", null, locale));
		problem.setTitle(this.messages.getMessage("enrolment.customer-referral.duplicates-title", null, locale));
		problem.setProperty("possibleDuplicates", likely.matches());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A referral by customer number with the person's data, as a Jobcenter sends it.
	 *
	 * @param placePeriodId null for the period running today or else the next
	 * @param customerNumber the Jobcenter's customer number; spaces are ignored
	 * @param birthDate must match the person's for a number on record
	 * @param familyName required for a new number
	 * @param givenNames required for a new number
	 * @param gender not stated when left out
	 * @param districtCode a district of the city (code or name)
	 * @param benefitBasis SGB_II when left out
	 * @param citizenships country codes (ISO 3166-1)
	 * @param countryOfBirth country code (ISO 3166-1)
	 * @param referredOn the day of the referral at the Jobcenter, not in the future
	 * @param note why the person is referred to the project
	 * @param confirmedNoDuplicate true when the Jobcenter checked that a person on record
	 * with the same birth date and a similar name is somebody else
	 */
	record CustomerReferralInput(@NotNull(message = "{enrolment.validation.project}") UUID projectId,
			UUID placePeriodId,
			@NotBlank(message = "{enrolment.validation.customer-number}") @Size(max = 40,
					message = "{project.validation.too-long}") String customerNumber,
			@NotNull(message = "{enrolment.validation.birth-date}") LocalDate birthDate,
			@Size(max = 100, message = "{project.validation.too-long}") String familyName,
			@Size(max = 100, message = "{project.validation.too-long}") String givenNames, Gender gender,
			@Size(max = 200, message = "{project.validation.too-long}") String street,
			@Size(max = 10, message = "{project.validation.too-long}") String postalCode,
			@Size(max = 100, message = "{project.validation.too-long}") String city,
			@Size(max = 100, message = "{project.validation.too-long}") String districtCode,
			@Size(max = 40, message = "{project.validation.too-long}") String phone,
			@Size(max = 200, message = "{project.validation.too-long}") String email, BenefitBasis benefitBasis,
			LocalDate unemployedSince,
			@Size(max = 20, message = "{project.validation.too-long}") List<LanguageSkill> languages,
			@Size(max = 10, message = "{project.validation.too-long}") List<String> citizenships,
			@Size(max = 3, message = "{project.validation.too-long}") String countryOfBirth, Boolean germanSinceBirth,
			Integer immigrationYear, LocalDate referredOn,
			@Size(max = 1000, message = "{project.validation.too-long}") String note, Boolean confirmedNoDuplicate) {

		CustomerReferral person() {
			return new CustomerReferral(this.customerNumber, this.birthDate, this.familyName, this.givenNames,
					this.gender, this.street, this.postalCode, this.city, this.districtCode, this.phone, this.email,
					this.benefitBasis, this.unemployedSince, this.languages, this.citizenships, this.countryOfBirth,
					this.germanSinceBirth, this.immigrationYear, this.referredOn);
		}

	}

	/**
	 * @param personRegistered whether the customer number was new and the person
	 * registered by this referral
	 * @param enrolment the referral, as GET /api/v1/enrolments/{id} shows it
	 */
	record CustomerReferralResource(boolean personRegistered, EnrolmentResource enrolment) {
	}

	/**
	 * The problem detail of a likely duplicate.
	 *
	 * @param possibleDuplicates per person on record who may be the one referred, the
	 * customer number the office has for that person
	 */
	record DuplicatesProblem(String type, String title, int status, String detail, String instance,
			List<LikelyRegistered.PossibleMatch> possibleDuplicates) {
	}

}
