package de.weitblick.participant.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.ReferralSource;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants as JSON, with the same access rules and audit as the pages.
 */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "Case files of participants (Teilnehmende); every call is audited")
class ParticipantRestController {

	private final ParticipantManagement participants;

	private final Viewers viewers;

	private final MessageSource messages;

	ParticipantRestController(ParticipantManagement participants, Viewers viewers, MessageSource messages) {
		this.participants = participants;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search the case files of the caller's team, in every state unless a status is given")
	PageResource search(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) FocusGroupCode focusGroup,
			@RequestParam(required = false) UUID counsellorId, @RequestParam(required = false) ParticipantStatus status,
			@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) ParticipantSearch.SortOrder sort,
			@RequestParam(defaultValue = "false") boolean descending, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication authentication) {
		var result = this.participants.search(new ParticipantSearch(name, birthDate, focusGroup, counsellorId, status,
				districtCode, sort, descending, page, size), this.viewers.of(authentication), AccessPurpose.SEARCH);
		return new PageResource(result.items(), result.page(), result.size(), result.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case file with the focus groups today and their reasons")
	ParticipantResource participant(@PathVariable UUID id, Authentication authentication) {
		CaseFile caseFile = this.participants
			.caseFile(new ParticipantId(id), this.viewers.of(authentication), AccessPurpose.CASE_WORK)
			.orElseThrow(() -> new NotFound("participant.not-found"));
		return resource(caseFile);
	}

	@PostMapping
	@Operation(summary = "Register a person in the caller's team; answers 409 with the possible duplicates "
			+ "unless confirmedNoDuplicate is true")
	ResponseEntity<?> register(@Valid @RequestBody ParticipantRequest request, Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		var record = request.toRecord();
		if (!Boolean.TRUE.equals(request.confirmedNoDuplicate())) {
			var duplicates = this.participants.possibleDuplicates(record.details(), null, viewer);
			if (!duplicates.isEmpty()) {
				var locale = LocaleContextHolder.getLocale();
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
						this.messages.getMessage("participant.duplicates.api", null, locale));
				problem.setTitle(this.messages.getMessage("participant.duplicates.heading", null, locale));
				// Only the cases the caller may see are named; the others are counted.
				problem.setProperty("possibleDuplicates",
						duplicates.stream()
							.filter(PossibleDuplicate::isVisible)
							.map(duplicate -> duplicate.id().id())
							.toList());
				problem.setProperty("inOtherTeams", duplicates.stream().filter(d -> !d.isVisible()).count());
				return ResponseEntity.status(HttpStatus.CONFLICT)
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			}
		}
		ParticipantId id = this.participants.register(record, request.counsellorId(),
				Boolean.TRUE.equals(request.consentToParentsOrigin()), viewer);
		CaseFile caseFile = this.participants.caseFile(id, viewer, AccessPurpose.REGISTRATION).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id.id())).body(resource(caseFile));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a case file; refused with 409 when it changed since the given version")
	ParticipantResource change(@PathVariable UUID id, @Valid @RequestBody ParticipantRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		if (request.version() == null) {
			throw new de.weitblick.shared.RuleViolation("version", "participant.validation.version");
		}
		this.participants.change(new ParticipantId(id), request.version(), request.toRecord(), viewer);
		return resource(
				this.participants.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK).orElseThrow());
	}

	private ParticipantResource resource(CaseFile caseFile) {
		Participant p = caseFile.participant();
		var locale = LocaleContextHolder.getLocale();
		return new ParticipantResource(p.id().id(), p.version(), p.details(),
				caseFile.consentToParentsOrigin() ? p.parentsOrigin() : null, p.languages(), p.citizenships(),
				p.children(), p.counsellorId(), p.status(), p.registeredOn(),
				caseFile.focusGroups()
					.stream()
					.map(m -> new FocusGroupResource(m.focusGroup(),
							this.messages.getMessage(m.focusGroup().messageKey(), null, locale),
							this.messages.getMessage(m.reasonKey(), m.displayArguments(), locale)))
					.toList());
	}

	record PageResource(List<ParticipantListItem> items, int page, int size, long total) {
	}

	record FocusGroupResource(FocusGroupCode code, String name, String reason) {
	}

	record ParticipantResource(UUID id, int version, PersonalDetails details, ParentsOrigin parentsOrigin,
			Set<LanguageSkill> languages, Set<Citizenship> citizenships, List<ChildInHousehold> children,
			UUID counsellorId, ParticipantStatus status, LocalDate registeredOn, List<FocusGroupResource> focusGroups) {
	}

	/**
	 * A case file as a partner system sends it.
	 */
	record ParticipantRequest(Integer version,
			@NotBlank(message = "{participant.validation.family-name}") @Size(max = 100) String familyName,
			@NotBlank(message = "{participant.validation.given-names}") @Size(max = 100) String givenNames,
			@NotNull(message = "{participant.validation.birth-date}") LocalDate birthDate,
			@NotNull(message = "{participant.validation.gender}") Gender gender, @Size(max = 200) String street,
			@Pattern(regexp = "^[0-9]{5}$", message = "{participant.validation.postal-code}") String postalCode,
			@Size(max = 100) String city, String districtCode,
			@Pattern(regexp = "^[+0-9 ()/-]{4,40}$", message = "{participant.validation.phone}") String phone,
			@Email(message = "{participant.validation.email}") String email, Boolean bornWithGermanCitizenship,
			String countryOfBirth,
			@Min(value = 1900, message = "{participant.validation.year}") @Max(value = 2100,
					message = "{participant.validation.year}") Integer immigrationYear,
			List<String> citizenships, List<@Valid LanguageSkill> languages, Boolean consentToParentsOrigin,
			ParentsOrigin parentsOrigin, Boolean singleParent, List<Integer> childrenBirthYears,
			@NotNull(message = "{participant.validation.benefit-basis}") BenefitBasis benefitBasis,
			LocalDate unemployedSince,
			@NotNull(message = "{participant.validation.referral-source}") ReferralSource referralSource,
			UUID counsellorId, Boolean confirmedNoDuplicate) {

		@AssertTrue(message = "{participant.validation.country}")
		boolean isCountriesValid() {
			List<String> codes = new java.util.ArrayList<>((this.citizenships != null) ? this.citizenships : List.of());
			codes.add(this.countryOfBirth);
			if (this.parentsOrigin != null) {
				codes.add(this.parentsOrigin.motherCountryOfBirth());
				codes.add(this.parentsOrigin.fatherCountryOfBirth());
			}
			return codes.stream().filter(code -> code != null).allMatch(ReferenceLists::isCountry);
		}

		@AssertTrue(message = "{participant.validation.language}")
		boolean isLanguagesValid() {
			return this.languages == null || this.languages.stream()
				.allMatch(skill -> skill != null && ReferenceLists.isLanguage(skill.languageCode())
						&& skill.level() != null);
		}

		ParticipantRecord toRecord() {
			PersonalDetails details = new PersonalDetails(this.familyName.strip(), this.givenNames.strip(),
					this.birthDate, this.gender, this.street, this.postalCode, this.city, this.districtCode, this.phone,
					this.email, this.bornWithGermanCitizenship, this.countryOfBirth, this.immigrationYear,
					Boolean.TRUE.equals(this.singleParent), this.benefitBasis, this.unemployedSince,
					this.referralSource);
			return new ParticipantRecord(details, this.parentsOrigin,
					(this.languages != null) ? Set.copyOf(this.languages) : Set.of(),
					(this.citizenships != null) ? this.citizenships.stream()
						.map(Citizenship::new)
						.collect(java.util.stream.Collectors.toSet()) : Set.of(),
					(this.childrenBirthYears != null)
							? this.childrenBirthYears.stream().map(ChildInHousehold::new).toList() : List.of());
		}

	}

}
