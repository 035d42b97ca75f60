package de.weitblick.recognition.web;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.employer.OfferId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.PersonFound;
import de.weitblick.recognition.RecognitionCase;
import de.weitblick.recognition.RecognitionCaseId;
import de.weitblick.recognition.RecognitionDraft;
import de.weitblick.recognition.RecognitionFigures;
import de.weitblick.recognition.RecognitionManagement;
import de.weitblick.recognition.RecognitionSummary;
import de.weitblick.shared.NotFound;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recognition cases as JSON, with the same rules as the pages: counsellors and the
 * employer service reach the cases of their own unit's people; every change names the
 * version it read.
 */
@RestController
@Tag(name = "Recognitions", description = "Recognition (Anerkennung) of foreign qualifications with the plan of "
		+ "internship modules that closes the gaps of the notice")
class RecognitionRestController {

	private final RecognitionManagement recognitions;

	private final SignedInStaff signedIn;

	RecognitionRestController(RecognitionManagement recognitions, SignedInStaff signedIn) {
		this.recognitions = recognitions;
		this.signedIn = signedIn;
	}

	@GetMapping("/api/v1/recognitions")
	@Operation(summary = "The recognition cases of the caller's unit with the people's names, those in progress first")
	List<RecognitionSummary> listRecognitions(Authentication authentication) {
		return this.recognitions.cases(viewer(authentication));
	}

	@GetMapping("/api/v1/recognitions/{id}")
	@Operation(summary = "One recognition case with its gaps and modules")
	RecognitionCase getRecognition(@PathVariable UUID id, Authentication authentication) {
		return this.recognitions.recognitionCase(new RecognitionCaseId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("recognition.not-found"));
	}

	@GetMapping("/api/v1/recognitions/people")
	@Operation(summary = "People of the caller's unit by name (typos allowed) or date of birth, to open a case for "
			+ "(at most 20)")
	List<PersonFound> findRecognitionPeople(@RequestParam(required = false) @Size(max = 200) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			Authentication authentication) {
		return this.recognitions.findPeople(name, birthDate, viewer(authentication));
	}

	@PostMapping("/api/v1/recognitions")
	@Operation(summary = "Open a recognition case from the notice of partial equivalence with the gaps it names")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "A field missing, the notice in the future, no gap, a person "
			+ "outside the caller's unit or with a case in progress")
	ResponseEntity<RecognitionCase> createRecognition(@Valid @RequestBody CaseInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		RecognitionCaseId id = this.recognitions.open(new RecognitionDraft(input.participantId(), input.qualification(),
				input.country(), input.referenceOccupation(), input.competentBody(), input.noticeOn(), input.gaps()),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/recognitions/" + id.id()))
			.body(this.recognitions.recognitionCase(id, viewer).orElseThrow());
	}

	@PostMapping("/api/v1/recognitions/{id}/modules")
	@Operation(summary = "Plan an internship module at the employer offering it, to close one gap")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "Unknown or closed gap, no internship module offer, an offer "
			+ "that has ended, a start before the notice, or the case recognised already")
	RecognitionCase planRecognitionModule(@PathVariable UUID id, @Valid @RequestBody ModuleInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		this.recognitions.planModule(new RecognitionCaseId(id), input.version(), input.gapId(),
				new OfferId(input.offerId()), input.startsOn(), viewer);
		return this.recognitions.recognitionCase(new RecognitionCaseId(id), viewer).orElseThrow();
	}

	@PostMapping("/api/v1/recognitions/{id}/modules/{moduleId}/progress")
	@Operation(summary = "Record a module's progress: the first day and the weeks done; all weeks done completes it")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "Unknown module, weeks out of range, a start in the future")
	RecognitionCase recordModuleProgress(@PathVariable UUID id, @PathVariable UUID moduleId,
			@Valid @RequestBody ProgressInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		this.recognitions.recordProgress(new RecognitionCaseId(id), input.version(), moduleId, input.startedOn(),
				input.weeksCompleted(), viewer);
		return this.recognitions.recognitionCase(new RecognitionCaseId(id), viewer).orElseThrow();
	}

	@PostMapping("/api/v1/recognitions/{id}/outcome")
	@Operation(summary = "Record the full recognition, once a completed module closes every gap")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "A gap still open, or a day in the future or before the notice")
	RecognitionCase recordRecognition(@PathVariable UUID id, @Valid @RequestBody OutcomeInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		this.recognitions.recordRecognition(new RecognitionCaseId(id), input.version(), input.on(), viewer);
		return this.recognitions.recognitionCase(new RecognitionCaseId(id), viewer).orElseThrow();
	}

	@GetMapping("/api/v1/recognitions/figures")
	@Operation(summary = "People in recognition, modules started inside and outside the city group and full "
			+ "recognitions per year; counts below the disclosure threshold are null")
	@ApiResponse(responseCode = "422", description = "Years out of order or more than 20")
	RecognitionFigures getRecognitionFigures(@RequestParam @Min(1990) @Max(2100) int fromYear,
			@RequestParam @Min(1990) @Max(2100) int toYear, Authentication authentication) {
		return this.recognitions.figures(fromYear, toYear, viewer(authentication));
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	/**
	 * A notice of partial equivalence for a person.
	 */
	record CaseInput(@NotNull UUID participantId, @NotNull @Size(max = 300) String qualification,
			@NotNull @Size(max = 100) String country, @NotNull @Size(max = 200) String referenceOccupation,
			@NotNull @Size(max = 300) String competentBody, @NotNull LocalDate noticeOn,
			@NotNull @Size(min = 1, max = 20) List<@Size(max = 300) String> gaps) {
	}

	/**
	 * A module to plan: which gap, which internship-module offer, from when.
	 */
	record ModuleInput(@NotNull Integer version, @NotNull UUID gapId, @NotNull UUID offerId, LocalDate startsOn) {
	}

	/**
	 * A module's progress.
	 */
	record ProgressInput(@NotNull Integer version, LocalDate startedOn,
			@NotNull @Min(0) @Max(52) Integer weeksCompleted) {
	}

	/**
	 * The full recognition, today when the day is left out.
	 */
	record OutcomeInput(@NotNull Integer version, LocalDate on) {
	}

}
