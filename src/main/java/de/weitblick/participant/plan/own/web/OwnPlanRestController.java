package de.weitblick.participant.plan.own.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import de.weitblick.participant.plan.own.OwnPlan;
import de.weitblick.participant.plan.own.OwnPlans;
import de.weitblick.participant.plan.own.PlanAgreement;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The own plan for a participant's account: read it, write the own words next to a goal,
 * mark an own step done, agree to the plan. The case file comes from the account, never
 * from the address; every call is audited.
 */
@RestController
@RequestMapping("/api/v1/me/plan")
@Tag(name = "Own area")
class OwnPlanRestController {

	private final OwnPlans plans;

	private final OwnCases ownCases;

	OwnPlanRestController(OwnPlans plans, OwnCases ownCases) {
		this.plans = plans;
		this.ownCases = ownCases;
	}

	@GetMapping
	@Operation(operationId = "readOwnPlan",
			summary = "The own plan: goals with the own words, steps with who does what by when, the agreement")
	@ApiResponse(responseCode = "200",
			description = "The plan with its 'planVersion' (send it back to agree) and each goal's and step's version")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	OwnPlan read(Authentication authentication) {
		return this.plans.read(this.ownCases.required(authentication));
	}

	@PutMapping("/goals/{goalId}/own-words")
	@Operation(operationId = "changeOwnWords",
			summary = "Write, change or clear (empty) the own words next to a goal, based on the goal's version read")
	@ApiResponse(responseCode = "200", description = "The plan as it stands now")
	@ApiResponse(responseCode = "400", description = "The version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "No such goal in the own plan (audited)")
	@ApiResponse(responseCode = "409", description = "The goal changed since the given version; nothing is stored")
	@ApiResponse(responseCode = "422", description = "The words are too long; nothing is stored")
	OwnPlan changeOwnWords(@PathVariable UUID goalId, @Valid @RequestBody OwnWordsInput input,
			Authentication authentication) {
		OwnCase own = this.ownCases.required(authentication);
		this.plans.changeOwnWords(own, goalId, input.version(), input.ownWords());
		return this.plans.read(own);
	}

	@PostMapping("/steps/{stepId}/done")
	@Operation(operationId = "markOwnStepDone",
			summary = "Mark a step the person does as done, based on the step's version read")
	@ApiResponse(responseCode = "200", description = "The plan as it stands now")
	@ApiResponse(responseCode = "400", description = "The version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "No such step in the own plan (audited)")
	@ApiResponse(responseCode = "409", description = "The step changed since the given version; nothing is stored")
	@ApiResponse(responseCode = "422",
			description = "Somebody else does the step (audited), or it is not open; nothing is stored")
	OwnPlan markStepDone(@PathVariable UUID stepId, @Valid @RequestBody VersionInput input,
			Authentication authentication) {
		OwnCase own = this.ownCases.required(authentication);
		this.plans.markStepDone(own, stepId, input.version());
		return this.plans.read(own);
	}

	@PostMapping("/agreement")
	@Operation(operationId = "agreeToOwnPlan",
			summary = "Agree to the plan in the version read; the agreement keeps its date and that version")
	@ApiResponse(responseCode = "200", description = "The agreement")
	@ApiResponse(responseCode = "400", description = "The plan's version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	@ApiResponse(responseCode = "409", description = "The plan changed since the given version; read it again")
	@ApiResponse(responseCode = "422", description = "The plan has no goal yet")
	PlanAgreement agree(@Valid @RequestBody AgreementInput input, Authentication authentication) {
		return this.plans.agree(this.ownCases.required(authentication), input.planVersion());
	}

	/**
	 * @param version the version of the goal that was read
	 * @param ownWords the words; empty or missing clears them
	 */
	record OwnWordsInput(@NotNull(message = "{participant.validation.version}") Integer version, String ownWords) {
	}

	/**
	 * @param version the version of the step that was read
	 */
	record VersionInput(@NotNull(message = "{participant.validation.version}") Integer version) {
	}

	/**
	 * @param planVersion the 'planVersion' of the plan that was read
	 */
	record AgreementInput(@NotBlank(message = "{participant.portal.plan.rule.version-required}") String planVersion) {
	}

}
