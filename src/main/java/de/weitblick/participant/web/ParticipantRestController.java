package de.weitblick.participant.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.PossibleDuplicatesFound;
import de.weitblick.participant.Qualification;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.participant.casefile.web.ReferenceLists;
import de.weitblick.participant.web.CaseFileResources.AccessResource;
import de.weitblick.participant.web.CaseFileResources.ParticipantResource;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

	private final Catalogues catalogues;

	private final ParticipantFinder finder;

	private final CaseFileReading caseFiles;

	private final Viewers viewers;

	private final MessageSource messages;

	private final CaseFileResources resources;

	ParticipantRestController(ParticipantManagement participants, Catalogues catalogues, ParticipantFinder finder,
			CaseFileReading caseFiles, Viewers viewers, MessageSource messages, CaseFileResources resources) {
		this.participants = participants;
		this.catalogues = catalogues;
		this.finder = finder;
		this.caseFiles = caseFiles;
		this.viewers = viewers;
		this.messages = messages;
		this.resources = resources;
	}

	@GetMapping("/occupations")
	@Operation(summary = "Find positions of the KldB 2010 (occupational areas, main groups and groups) by the start "
			+ "of their code or a part of their German title")
	List<Occupation> findOccupations(@RequestParam(name = "q", defaultValue = "") String text) {
		return text.isBlank() ? this.catalogues.occupations() : this.catalogues.findOccupations(text);
	}

	@GetMapping
	@Operation(summary = "Search the case files the caller may see, in every state unless a status is given: a "
			+ "counsellor the team's; a project lead or an instructor the people of their projects, each with the "
			+ "view and the reason of the access (fields outside the view are null; a criterion a view does not "
			+ "show finds only cases whose view shows it)")
	PageResource searchParticipants(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) FocusGroupCode focusGroup,
			@RequestParam(required = false) UUID counsellorId, @RequestParam(required = false) ParticipantStatus status,
			@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) ParticipantSearch.SortOrder sort,
			@RequestParam(defaultValue = "false") boolean descending,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{error.input.page}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{error.input.page-size-min}") @Max(
					value = ParticipantSearch.MAXIMUM_SIZE, message = "{error.input.page-size-max}") int size,
			Authentication authentication) {
		var result = this.finder.search(new ParticipantSearch(name, birthDate, focusGroup, counsellorId, status,
				districtCode, sort, descending, page, size), this.viewers.of(authentication), AccessPurpose.SEARCH);
		var locale = LocaleContextHolder.getLocale();
		return new PageResource(result.items()
			.stream()
			.map(item -> ItemResource.of(item, this.resources.reasons(item.grants(), locale)))
			.toList(), result.page(), result.size(), result.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case file with the focus groups today and their reasons, as far as the caller's view "
			+ "shows it (fields outside the view are null); a record merged into another answers 301 with the "
			+ "survivor's address")
	@ApiResponse(responseCode = "301", description = "Merged into another case file, whose address is the Location")
	ResponseEntity<ParticipantResource> getParticipant(@PathVariable UUID id, Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		var caseFile = this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK);
		if (caseFile.isEmpty()) {
			ParticipantId survivor = this.caseFiles.mergedInto(new ParticipantId(id), viewer)
				.orElseThrow(() -> new NotFound("participant.not-found"));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/v1/participants/" + survivor.id()))
				.build();
		}
		return ResponseEntity.ok(this.resources.of(caseFile.get()));
	}

	@PostMapping
	@Operation(summary = "Register a person in the caller's team (counsellors only, 403 for anybody else); answers "
			+ "409 with the possible duplicates unless confirmedNoDuplicate is true")
	@ApiResponse(responseCode = "201", description = "Registered; the case file at the Location",
			content = @Content(schema = @Schema(implementation = ParticipantResource.class)))
	@ApiResponse(responseCode = "409", description = "Possible duplicates: the identifiers of those the caller may "
			+ "see in possibleDuplicates, the others counted in inOtherTeams; send again with confirmedNoDuplicate")
	ResponseEntity<?> registerParticipant(@Valid @RequestBody ParticipantRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		if (!this.participants.mayRegister(viewer)) {
			// Refused before the duplicate check, which would tell
			// whether such a person is registered somewhere.
			throw new AccessDeniedException("Only counsellors of a team register participants");
		}
		var record = request.toRecord();
		ParticipantId id;
		try {
			id = this.participants.register(record, request.counsellorId(),
					Boolean.TRUE.equals(request.consentToParentsOrigin()),
					Boolean.TRUE.equals(request.confirmedNoDuplicate()), viewer);
		}
		catch (PossibleDuplicatesFound found) {
			var duplicates = found.duplicates();
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
		CaseFile caseFile = this.caseFiles.caseFile(id, viewer, AccessPurpose.REGISTRATION).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id.id())).body(this.resources.of(caseFile));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a case file; refused with 409 when it changed since the given version")
	ParticipantResource changeParticipant(@PathVariable UUID id, @Valid @RequestBody ParticipantRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		if (request.version() == null) {
			throw new de.weitblick.shared.RuleViolation("version", "participant.validation.version");
		}
		this.participants.change(new ParticipantId(id), request.version(), request.toRecord(), viewer);
		return this.resources
			.of(this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK).orElseThrow());
	}

	record PageResource(List<ItemResource> items, int page, int size, long total) {
	}

	/**
	 * One line of the list; fields outside the caller's view are null.
	 *
	 * @param view how much of the case the caller sees
	 * @param accessThrough why a caller outside the responsible team sees it; empty for
	 * the team
	 */
	record ItemResource(ParticipantId id, String familyName, String givenNames, LocalDate birthDate,
			String districtName, UUID counsellorId, ParticipantStatus status, List<FocusGroupCode> focusGroups,
			CaseView view, List<AccessResource> accessThrough) {

		static ItemResource of(ParticipantListItem item, List<AccessResource> accessThrough) {
			return new ItemResource(item.id(), item.familyName(), item.givenNames(), item.birthDate(),
					item.districtName(), item.counsellorId(), item.status(), item.focusGroups(), item.view(),
					accessThrough);
		}

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
			UUID counsellorId, Boolean confirmedNoDuplicate, List<Qualification> qualifications,
			List<String> occupationInterests, WorkConstraints constraints) {

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
							? this.childrenBirthYears.stream().map(ChildInHousehold::new).toList() : List.of(),
					(this.qualifications != null) ? this.qualifications : List.of(),
					(this.occupationInterests != null) ? this.occupationInterests.stream()
						.map(code -> new OccupationInterest((code != null) ? code.strip() : null))
						.collect(java.util.stream.Collectors.toSet()) : Set.of(),
					this.constraints);
		}

	}

}
