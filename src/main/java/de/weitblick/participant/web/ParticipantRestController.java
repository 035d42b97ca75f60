package de.weitblick.participant.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import de.weitblick.participant.CaseGrant;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.Gender;
import de.weitblick.participant.JobcenterReferral;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
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
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.merge.MergeField;
import de.weitblick.participant.merge.MergeSide;
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

	private final HealthData health;

	private final CaseFileMerge merge;

	ParticipantRestController(ParticipantManagement participants, Catalogues catalogues, ParticipantFinder finder,
			CaseFileReading caseFiles, Viewers viewers, MessageSource messages, HealthData health,
			CaseFileMerge merge) {
		this.participants = participants;
		this.catalogues = catalogues;
		this.finder = finder;
		this.caseFiles = caseFiles;
		this.viewers = viewers;
		this.messages = messages;
		this.health = health;
		this.merge = merge;
	}

	@GetMapping("/occupations")
	@Operation(summary = "Find positions of the KldB 2010 (occupational areas, main groups and groups) by the start "
			+ "of their code or a part of their German title")
	List<Occupation> findOccupations(@RequestParam(name = "q", defaultValue = "") String text) {
		return text.isBlank() ? this.catalogues.occupations() : this.catalogues.findOccupations(text);
	}

	@GetMapping("/{id}/health-restrictions")
	@Operation(summary = "The health restrictions (a special category of data); only for staff with the "
			+ "permission, every read is audited; 404 without the permission")
	HealthRestrictions getHealthRestrictions(@PathVariable UUID id, Authentication authentication) {
		return this.health.read(new ParticipantId(id), this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("participant.not-found"));
	}

	@PutMapping("/{id}/health-restrictions")
	@Operation(summary = "Record the health restrictions; 422 without the person's consent to HEALTH_DATA, 409 when "
			+ "they changed since the given version")
	HealthRestrictions recordHealthRestrictions(@PathVariable UUID id, @RequestBody HealthRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		this.health.record(new ParticipantId(id), request.version(), request.restrictions(),
				request.maximumHoursPerDay(), request.note(), viewer);
		return this.health.read(new ParticipantId(id), viewer).orElseThrow();
	}

	@PutMapping("/{id}/consents/health-data")
	@Operation(summary = "Record the consent to HEALTH_DATA or its withdrawal, which erases the health restrictions")
	ResponseEntity<Void> recordHealthDataConsent(@PathVariable UUID id, @RequestBody ConsentRequest request,
			Authentication authentication) {
		this.health.setConsent(new ParticipantId(id), Boolean.TRUE.equals(request.consent()),
				this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/merge-preview")
	@Operation(summary = "Compare a case file with another record of the same person: the fields that differ")
	List<ConflictResource> previewMerge(@PathVariable UUID id, @RequestParam UUID other,
			Authentication authentication) {
		var locale = LocaleContextHolder.getLocale();
		return this.merge.compare(new ParticipantId(id), new ParticipantId(other), this.viewers.of(authentication))
			.conflicts()
			.stream()
			.map(conflict -> new ConflictResource(conflict.field(),
					this.merge.describe(conflict.field(), conflict.survivorValue(), locale),
					this.merge.describe(conflict.field(), conflict.mergedValue(), locale)))
			.toList();
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge another record of the same person into this one; per differing field the choice "
			+ "SURVIVOR (default) or MERGED; 409 when either record changed since the given versions, nothing is "
			+ "merged then; the other record's address then leads here")
	ParticipantResource mergeCaseFiles(@PathVariable UUID id, @Valid @RequestBody MergeRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		this.merge.merge(new ParticipantId(id), request.version(), new ParticipantId(request.otherId()),
				request.otherVersion(), (request.choices() != null) ? request.choices() : Map.of(), viewer);
		return resource(this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK).orElseThrow());
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
		return new PageResource(
				result.items().stream().map(item -> ItemResource.of(item, reasons(item.grants(), locale))).toList(),
				result.page(), result.size(), result.total());
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
		return ResponseEntity.ok(resource(caseFile.get()));
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
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id.id())).body(resource(caseFile));
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
		return resource(this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK).orElseThrow());
	}

	/**
	 * The case file as far as the caller's view shows it; what the view leaves out is
	 * null.
	 */
	private ParticipantResource resource(CaseFile caseFile) {
		Participant p = caseFile.participant();
		CaseView view = caseFile.view();
		var locale = LocaleContextHolder.getLocale();
		return new ParticipantResource(p.id().id(), p.version(), DetailsResource.of(p.details(), view),
				caseFile.consentToParentsOrigin() ? p.parentsOrigin() : null,
				view.shows(CaseSection.LANGUAGES) ? p.languages() : null,
				view.shows(CaseSection.ORIGIN) ? p.citizenships() : null,
				view.shows(CaseSection.HOUSEHOLD) ? p.children() : null,
				view.shows(CaseSection.QUALIFICATIONS) ? p.qualifications() : null,
				view.shows(CaseSection.OCCUPATION_INTERESTS) ? this.catalogues.occupations(p.occupationCodes()) : null,
				view.shows(CaseSection.CONSTRAINTS) ? p.constraints() : null,
				view.shows(CaseSection.BENEFITS) ? p.counsellorId() : null, p.status(),
				view.shows(CaseSection.BENEFITS) ? p.registeredOn() : null,
				view.shows(CaseSection.FOCUS_GROUPS) ? caseFile.focusGroups()
					.stream()
					.map(m -> new FocusGroupResource(m.focusGroup(),
							this.messages.getMessage(m.focusGroup().messageKey(), null, locale),
							this.messages.getMessage(m.reasonKey(), m.displayArguments(), locale)))
					.toList() : null,
				view.shows(CaseSection.BENEFITS) ? caseFile.jobcenterReferrals() : null, view,
				reasons(caseFile.grants(), locale));
	}

	private List<AccessResource> reasons(List<CaseGrant> grants, java.util.Locale locale) {
		return grants.stream()
			.map(grant -> new AccessResource(
					this.messages.getMessage(grant.reasonKey(), grant.displayArguments(), locale), grant.until()))
			.toList();
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
	 * Why a caller outside the responsible team sees a case.
	 *
	 * @param reason in the caller's language
	 * @param until the last day of the access when it is known already, otherwise null
	 */
	record AccessResource(String reason, LocalDate until) {
	}

	/**
	 * The personal details as far as the view shows them; null where it does not.
	 */
	record DetailsResource(String familyName, String givenNames, LocalDate birthDate, Gender gender, String street,
			String postalCode, String city, String districtCode, String phone, String email,
			Boolean bornWithGermanCitizenship, String countryOfBirth, Integer immigrationYear, Boolean singleParent,
			BenefitBasis benefitBasis, LocalDate unemployedSince, ReferralSource referralSource) {

		static DetailsResource of(PersonalDetails d, CaseView view) {
			boolean person = view.shows(CaseSection.PERSON);
			boolean contact = view.shows(CaseSection.CONTACT);
			boolean origin = view.shows(CaseSection.ORIGIN);
			boolean benefits = view.shows(CaseSection.BENEFITS);
			return new DetailsResource(d.familyName(), d.givenNames(), person ? d.birthDate() : null,
					person ? d.gender() : null, person ? d.street() : null, person ? d.postalCode() : null,
					person ? d.city() : null, person ? d.districtCode() : null, contact ? d.phone() : null,
					contact ? d.email() : null, origin ? d.bornWithGermanCitizenship() : null,
					origin ? d.countryOfBirth() : null, origin ? d.immigrationYear() : null,
					view.shows(CaseSection.HOUSEHOLD) ? d.singleParent() : null, benefits ? d.benefitBasis() : null,
					benefits ? d.unemployedSince() : null, benefits ? d.referralSource() : null);
		}

	}

	record FocusGroupResource(FocusGroupCode code, String name, String reason) {
	}

	record ParticipantResource(UUID id, int version, DetailsResource details, ParentsOrigin parentsOrigin,
			Set<LanguageSkill> languages, Set<Citizenship> citizenships, List<ChildInHousehold> children,
			List<Qualification> qualifications, List<Occupation> occupationInterests, WorkConstraints constraints,
			UUID counsellorId, ParticipantStatus status, LocalDate registeredOn, List<FocusGroupResource> focusGroups,
			List<JobcenterReferral> jobcenterReferrals, CaseView view, List<AccessResource> accessThrough) {
	}

	record HealthRequest(Integer version, Set<HealthRestriction> restrictions, Integer maximumHoursPerDay,
			String note) {
	}

	record ConsentRequest(Boolean consent) {
	}

	record ConflictResource(MergeField field, String thisRecord, String otherRecord) {
	}

	/**
	 * @param otherId the record to merge into this one
	 * @param version the version of this record the caller saw
	 * @param otherVersion the version of the other record the caller saw
	 * @param choices per differing field SURVIVOR (this record's value) or MERGED (the
	 * other's); not named means SURVIVOR
	 */
	record MergeRequest(@NotNull(message = "{participant.validation.merge-other}") UUID otherId,
			@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.validation.version}") Integer otherVersion,
			Map<MergeField, MergeSide> choices) {
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
