package de.weitblick.matching.web;

import java.net.URI;
import java.util.UUID;

import de.weitblick.matching.Decision;
import de.weitblick.matching.MatchingRunId;
import de.weitblick.matching.MatchingRunView;
import de.weitblick.matching.MatchingRuns;
import de.weitblick.matching.ProposalDecisions;
import de.weitblick.matching.RunScope;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching runs as JSON: start one, follow its progress, read and decide its proposals.
 */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching", description = "Matching runs (Zuordnungsläufe): proposals of places for a team's people")
class MatchingRestController {

	private final MatchingRuns runs;

	private final ProposalDecisions decisions;

	private final SignedInStaff signedIn;

	MatchingRestController(MatchingRuns runs, ProposalDecisions decisions, SignedInStaff signedIn) {
		this.runs = runs;
		this.decisions = decisions;
		this.signedIn = signedIn;
	}

	@PostMapping("/runs")
	@Operation(summary = "Start a matching run over the counsellor's team in a scope; it works in the background")
	@ApiResponse(responseCode = "202", description = "Started: follow its progress at the returned address")
	@ApiResponse(responseCode = "422", description = "Not a counsellor, or a run of the team is under way")
	ResponseEntity<MatchingRunView> startMatchingRun(
			@Parameter(description = "What the run works on: TEAM (default), WAITING_LIST or OFFERS") @RequestParam(
					defaultValue = "TEAM") RunScope scope,
			Authentication authentication) {
		var viewer = this.signedIn.required(authentication);
		MatchingRunId id = this.runs.start(viewer, scope);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/matching/runs/" + id.id()))
			.body(this.runs.run(id, viewer).orElseThrow());
	}

	@GetMapping("/runs")
	@Operation(summary = "The runs of the counsellor's team, the latest first, without proposals")
	java.util.List<MatchingRunView> listMatchingRuns(Authentication authentication) {
		return this.runs.runs(this.signedIn.required(authentication));
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "A run with its progress and, once completed, its proposals with the score parts")
	@ApiResponse(responseCode = "404", description = "No such run of the counsellor's team")
	MatchingRunView getMatchingRun(@PathVariable UUID id, Authentication authentication) {
		return this.runs.run(new MatchingRunId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("matching.run-not-found"));
	}

	@PostMapping("/proposals/{id}/decision")
	@Operation(summary = "Accept (the person is referred to the project), reject or lock a proposal")
	@ApiResponse(responseCode = "204", description = "Decided")
	@ApiResponse(responseCode = "409", description = "Decided by someone else since the given version")
	@ApiResponse(responseCode = "422", description = "Already decided, no place, or the project refused the referral")
	ResponseEntity<Void> decideProposal(@PathVariable UUID id, @Valid @RequestBody DecisionInput input,
			Authentication authentication) {
		this.decisions.decide(id, input.version(), input.decision(), this.signedIn.required(authentication));
		return ResponseEntity.noContent().build();
	}

	record DecisionInput(@NotNull Decision decision, int version) {
	}

}
