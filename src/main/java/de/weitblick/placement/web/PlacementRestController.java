package de.weitblick.placement.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.OfferId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.PersonFound;
import de.weitblick.placement.EndReason;
import de.weitblick.placement.EngagementRecord;
import de.weitblick.placement.Placement;
import de.weitblick.placement.PlacementId;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.placement.EngagementRecords;
import de.weitblick.placement.FollowUps;
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
 * Placements and employers' engagement records as JSON, with the same rules as the pages.
 */
@RestController
@Tag(name = "Placements", description = "Placements (Vermittlungen) of participants with employers and the "
		+ "employers' engagement records")
class PlacementRestController {

	private final PlacementManagement placements;

	private final EngagementRecords engagementRecords;

	private final FollowUps followUps;

	private final SignedInStaff signedIn;

	PlacementRestController(PlacementManagement placements, SignedInStaff signedIn, FollowUps followUps,
			EngagementRecords engagementRecords) {
		this.engagementRecords = engagementRecords;
		this.followUps = followUps;
		this.placements = placements;
		this.signedIn = signedIn;
	}

	@GetMapping("/api/v1/placements")
	@Operation(summary = "An employer's placements with the people's names, the latest first (employer service)")
	List<Placement> listPlacements(@RequestParam UUID employerId, Authentication authentication) {
		return this.placements.placementsOf(new EmployerId(employerId), viewer(authentication));
	}

	@GetMapping("/api/v1/placements/{id}")
	@Operation(summary = "One placement (employer service)")
	Placement getPlacement(@PathVariable UUID id, Authentication authentication) {
		return this.placements.placement(new PlacementId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("placement.not-found"));
	}

	@GetMapping("/api/v1/placements/people")
	@Operation(summary = "People of the caller's unit by name (typos allowed) or date of birth, to propose for an "
			+ "offer (employer service, at most 20)")
	List<PersonFound> findPlacementPeople(@RequestParam(required = false) @Size(max = 200) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			Authentication authentication) {
		return this.placements.findPeople(name, birthDate, viewer(authentication));
	}

	@PostMapping("/api/v1/placements")
	@Operation(summary = "Propose a participant for an offer; refused when the offer is full or has ended, or the "
			+ "person already has a placement at the same time")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422",
			description = "Unknown person or offer, offer full or ended, a placement " + "at the same time")
	ResponseEntity<Placement> proposePlacement(@Valid @RequestBody ProposalInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		PlacementId id = this.placements.propose(new ParticipantId(input.participantId()), new OfferId(input.offerId()),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/placements/" + id.id()))
			.body(this.placements.placement(id, viewer).orElseThrow());
	}

	@PostMapping("/api/v1/placements/{id}/{step:agreement|start|end}")
	@Operation(summary = "Take a placement's next step: record that person and employer agreed (agreement), that "
			+ "the person started (start), or end it with its reason (end)")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "The step does not follow the placement's state (agreement only "
			+ "when proposed, start only when agreed and not ahead, end only once), or an end without its reason or "
			+ "before the start")
	Placement takePlacementStep(@PathVariable UUID id,
			@PathVariable @Parameter(
					schema = @Schema(type = "string", allowableValues = { "agreement", "start", "end" })) String step,
			@Valid @RequestBody StepInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		PlacementId placement = new PlacementId(id);
		switch (step) {
			case "agreement" -> this.placements.agree(placement, input.version(), input.on(), viewer);
			case "start" -> this.placements.start(placement, input.version(), input.on(), viewer);
			default -> this.placements.end(placement, input.version(), input.on(), input.reason(), viewer);
		}
		return this.placements.placement(placement, viewer).orElseThrow();
	}

	@PostMapping("/api/v1/placements/{id}/follow-up")
	@Operation(summary = "Record the six-month follow-up of a hire: still employed or not")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "No hire, or six months have not passed")
	Placement recordPlacementFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		this.followUps.recordFollowUp(new PlacementId(id), input.version(), input.stillEmployed(), viewer);
		return this.placements.placement(new PlacementId(id), viewer).orElseThrow();
	}

	@GetMapping("/api/v1/employers/{id}/engagement")
	@Operation(summary = "An employer's engagement record over whole years, computed from its offers and placements")
	@ApiResponse(responseCode = "422", description = "Years out of order or more than 20")
	EngagementRecord getEngagementRecord(@PathVariable UUID id, @RequestParam @Min(1990) @Max(2100) int fromYear,
			@RequestParam @Min(1990) @Max(2100) int toYear, Authentication authentication) {
		return this.engagementRecords.engagement(new EmployerId(id), fromYear, toYear, viewer(authentication));
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	/**
	 * A proposal: whom for which offer.
	 */
	record ProposalInput(@NotNull UUID participantId, @NotNull UUID offerId) {
	}

	/**
	 * A step with the version read, the day (today when left out) and, for the end, its
	 * reason.
	 */
	record StepInput(@NotNull Integer version, LocalDate on, EndReason reason) {
	}

	/**
	 * The answer of the six-month follow-up.
	 */
	record FollowUpInput(@NotNull Integer version, @NotNull Boolean stillEmployed) {
	}

}
