package de.weitblick.award.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.award.AwardManagement;
import de.weitblick.award.AwardPages;
import de.weitblick.award.AwardRound;
import de.weitblick.award.AwardRoundId;
import de.weitblick.award.EmployerAward;
import de.weitblick.award.JuryScoring;
import de.weitblick.award.Nominations;
import de.weitblick.award.RoundPage;
import de.weitblick.award.RoundStatus;
import de.weitblick.award.ShowcaseYear;
import de.weitblick.employer.EmployerId;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The award "Unternehmen mit Weitblick" as JSON, with the same rules as the pages: the
 * showcase is public, those who run the award reach every round, a juror sees the others'
 * scores only after scoring, an employer account only its own employer's nominations.
 */
@RestController
@Tag(name = "Award", description = "The award \"Unternehmen mit Weitblick\": rounds, nominations, jury, winners")
class AwardRestController {

	private final AwardManagement award;

	private final AwardPages pages;

	private final Nominations nominations;

	private final JuryScoring scoring;

	private final SignedInStaff signedIn;

	AwardRestController(AwardManagement award, AwardPages pages, Nominations nominations, JuryScoring scoring,
			SignedInStaff signedIn) {
		this.award = award;
		this.pages = pages;
		this.nominations = nominations;
		this.scoring = scoring;
		this.signedIn = signedIn;
	}

	@GetMapping("/api/v1/awards/showcase")
	@Operation(summary = "The winners of every announced round by year, only employers that agreed to be named "
			+ "publicly; readable without signing in")
	List<ShowcaseYear> listShowcase() {
		return this.pages.showcase();
	}

	@GetMapping("/api/v1/awards/rounds")
	@Operation(summary = "The award rounds, the newest year first")
	List<AwardRound> listAwardRounds(Authentication authentication) {
		this.signedIn.required(authentication);
		return this.pages.rounds();
	}

	@PostMapping("/api/v1/awards/rounds")
	@Operation(summary = "Open the award round of a dialogue edition (employer service, moderation)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422",
			description = "An unknown edition, one that has a round, a missing title or day, or the caller may not")
	ResponseEntity<RoundPage> createAwardRound(@Valid @RequestBody RoundInput input, Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		AwardRoundId id = this.award.openRound(input.editionId(), input.title(), input.nominationsCloseOn(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/awards/rounds/" + id.id())).body(page(id.id(), viewer));
	}

	@GetMapping("/api/v1/awards/rounds/{id}")
	@Operation(summary = "One round with its criteria, jury, the nominations the caller may see, the caller's own "
			+ "scores, and the ranking once the caller may see it")
	@ApiResponse(responseCode = "404", description = "No such round")
	RoundPage getAwardRound(@PathVariable UUID id, Authentication authentication) {
		return page(id, this.signedIn.required(authentication));
	}

	@PostMapping("/api/v1/awards/rounds/{id}/criteria")
	@Operation(summary = "Add a criterion with its weight (1 to 10) while nominations are open")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "422",
			description = "A missing or known name, a weight out of range, nominations closed, or the caller may not")
	RoundPage addAwardCriterion(@PathVariable UUID id, @Valid @RequestBody CriterionInput input,
			Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		this.award.addCriterion(new AwardRoundId(id), input.name(), input.weight(), viewer);
		return page(id, viewer);
	}

	@PostMapping("/api/v1/awards/rounds/{id}/jurors")
	@Operation(summary = "Appoint a member of the jury by the account's user name")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "422", description = "An unknown account, one that may not sit in a jury or sits "
			+ "in it already, a decided round, or the caller may not")
	RoundPage addJuror(@PathVariable UUID id, @Valid @RequestBody JurorInput input, Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		this.award.appointJuror(new AwardRoundId(id), input.username(), viewer);
		return page(id, viewer);
	}

	@PostMapping("/api/v1/awards/rounds/{id}/nominations")
	@Operation(summary = "Nominate an employer (staff, partner organisations); an employer that did not agree to "
			+ "be named publicly is stored but never shown in public")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "422", description = "An unknown employer, one nominated already, missing reasons, "
			+ "nominations closed, or the caller may not")
	ResponseEntity<RoundPage> submitNomination(@PathVariable UUID id, @Valid @RequestBody NominationInput input,
			Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		UUID nomination = this.nominations.nominate(new AwardRoundId(id), new EmployerId(input.employerId()),
				input.reasons(), Boolean.TRUE.equals(input.fromEngagementRecord()), viewer);
		return ResponseEntity.created(URI.create("/api/v1/awards/nominations/" + nomination)).body(page(id, viewer));
	}

	@PutMapping("/api/v1/awards/rounds/{id}/status")
	@Operation(summary = "Close the nominations (JUDGING) or announce the winners (DECIDED), the only statuses "
			+ "accepted; refused with 409 when the round changed since the given version")
	@ApiResponse(responseCode = "404", description = "No such round")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422",
			description = "A step out of order, no criteria, jury, nominations or " + "winner, or the caller may not")
	RoundPage changeAwardRoundStatus(@PathVariable UUID id, @Valid @RequestBody StatusInput input,
			Authentication authentication) {
		StaffMember viewer = this.signedIn.required(authentication);
		if (input.status() == RoundStatus.JUDGING) {
			this.award.closeNominations(new AwardRoundId(id), input.version(), viewer);
		}
		else if (input.status() == RoundStatus.DECIDED) {
			this.award.announce(new AwardRoundId(id), input.version(), viewer);
		}
		else {
			throw new RuleViolation("status", "award.rule.status-step");
		}
		return page(id, viewer);
	}

	@PostMapping("/api/v1/awards/nominations/{id}/scores")
	@Operation(summary = "Record the caller's scores (0 to 10) of one nomination against every criterion, once")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "404", description = "No such nomination")
	@ApiResponse(responseCode = "422", description = "Not a juror of the round, the round not being judged, a "
			+ "criterion left out, a score out of range, or scored already")
	ResponseEntity<Void> recordScores(@PathVariable UUID id, @Valid @RequestBody ScoresInput input,
			Authentication authentication) {
		Map<UUID, Integer> scores = new HashMap<>();
		for (ScoreInput score : input.scores()) {
			if (scores.put(score.criterionId(), score.score()) != null) {
				throw new RuleViolation("scores", "award.rule.score-every-criterion");
			}
		}
		this.scoring.score(id, scores, this.signedIn.required(authentication));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/awards/nominations/{id}/winner")
	@Operation(summary = "Choose a nomination as a winner with its citation; refused with 409 when it changed since "
			+ "the given version")
	@ApiResponse(responseCode = "204", description = "Chosen")
	@ApiResponse(responseCode = "404", description = "No such nomination")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "The employer did not agree to be named publicly, a missing "
			+ "citation, the round not being judged, or the caller may not")
	ResponseEntity<Void> decideWinner(@PathVariable UUID id, @Valid @RequestBody WinnerInput input,
			Authentication authentication) {
		this.award.decideWinner(id, input.version(), input.citation(), this.signedIn.required(authentication));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/awards/employers/{employerId}")
	@Operation(summary = "An employer's nominations and awards; an employer account reads only its own")
	List<EmployerAward> listEmployerAwards(@PathVariable UUID employerId, Authentication authentication) {
		return this.pages.awardsOf(new EmployerId(employerId), this.signedIn.required(authentication));
	}

	private RoundPage page(UUID id, StaffMember viewer) {
		return this.pages.page(new AwardRoundId(id), viewer).orElseThrow(() -> new NotFound("award.round.not-found"));
	}

	/**
	 * A new round as a client sends it.
	 */
	record RoundInput(@NotNull UUID editionId, @NotBlank @Size(max = 200) String title,
			@NotNull LocalDate nominationsCloseOn) {

	}

	/**
	 * A criterion as a client sends it.
	 */
	record CriterionInput(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(10) Integer weight) {

	}

	/**
	 * A juror to appoint, by user name.
	 */
	record JurorInput(@NotBlank @Size(max = 100) String username) {

	}

	/**
	 * A nomination as a client sends it.
	 */
	record NominationInput(@NotNull UUID employerId, @NotBlank @Size(max = 4000) String reasons,
			Boolean fromEngagementRecord) {

	}

	/**
	 * The next status of a round with the version the client saw.
	 */
	record StatusInput(@NotNull Integer version, @NotNull RoundStatus status) {

	}

	/**
	 * A juror's scores of one nomination.
	 */
	record ScoresInput(@NotEmpty @Size(max = 50) List<@Valid ScoreInput> scores) {

	}

	/**
	 * One score against one criterion. Out-of-range scores are refused by the jury's rule
	 * with a message that names the criterion.
	 */
	record ScoreInput(@NotNull UUID criterionId, @NotNull Integer score) {

	}

	/**
	 * A winner's citation with the nomination's version the client saw.
	 */
	record WinnerInput(@NotNull Integer version, @NotBlank @Size(max = 2000) String citation) {

	}

}
