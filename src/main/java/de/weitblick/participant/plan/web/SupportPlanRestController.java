package de.weitblick.participant.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.GoalStatus;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The support plan (Förderplan) of a case file as JSON: the goals and the steps towards
 * them, with the rules, access checks and audit of the case file page. Only the
 * responsible team changes a plan; a project lead reads it in the project view.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}/plan")
@Tag(name = "Support plans",
		description = "Goals and steps of a case file's support plan (Förderplan); every call is audited")
class SupportPlanRestController {

	private final SupportPlans plans;

	private final Viewers viewers;

	SupportPlanRestController(SupportPlans plans, Viewers viewers) {
		this.plans = plans;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(operationId = "readSupportPlan",
			summary = "The support plan: goals with their steps, in the order they were set; the read is audited")
	@ApiResponse(responseCode = "200", description = "The plan; no goal yet is an empty list")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's to see (another team, or a view without the plan)")
	PlanResource plan(@PathVariable UUID id, Authentication authentication) {
		return PlanResource.of(this.plans.read(new ParticipantId(id), this.viewers.of(authentication)));
	}

	@PostMapping("/goals")
	@Operation(operationId = "addGoal", summary = "Set a new goal (responsible team only); it starts OPEN")
	@ApiResponse(responseCode = "201", description = "The goal as stored, with its Location")
	@ApiResponse(responseCode = "400", description = "A field is missing or too long; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	ResponseEntity<GoalResource> addGoal(@PathVariable UUID id, @Valid @RequestBody GoalInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		UUID goalId = this.plans.addGoal(participant, input.title(), input.counsellorView(), input.participantWords(),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/plan/goals/" + goalId))
			.body(goal(participant, goalId, viewer));
	}

	@PutMapping("/goals/{goalId}")
	@Operation(operationId = "changeGoal",
			summary = "Change what a goal says (responsible team only), based on the version read")
	@ApiResponse(responseCode = "200", description = "The goal as changed, with its new version")
	@ApiResponse(responseCode = "400", description = "A field is missing or too long; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or goal, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The goal changed since the given version; nothing is changed")
	GoalResource changeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @RequestBody GoalChange input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.plans.changeGoal(participant, goalId, input.version(), input.title(), input.counsellorView(),
				input.participantWords(), viewer);
		return goal(participant, goalId, viewer);
	}

	@PutMapping("/goals/{goalId}/status")
	@Operation(operationId = "changeGoalStatus",
			summary = "Record where a goal stands (responsible team only), based on the version read")
	@ApiResponse(responseCode = "200", description = "The goal with its new status and version")
	@ApiResponse(responseCode = "400", description = "Version or status missing; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or goal, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The goal changed since the given version; nothing is changed")
	GoalResource changeGoalStatus(@PathVariable UUID id, @PathVariable UUID goalId,
			@Valid @RequestBody GoalStatusChange input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.plans.setGoalStatus(participant, goalId, input.version(), input.status(), viewer);
		return goal(participant, goalId, viewer);
	}

	@PostMapping("/goals/{goalId}/steps")
	@Operation(operationId = "planStep",
			summary = "Plan a step towards a goal (responsible team only): who does what by when; it starts OPEN")
	@ApiResponse(responseCode = "201", description = "The step as stored, with its Location")
	@ApiResponse(responseCode = "400", description = "A field is missing or too long; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or goal, or not the caller's team's")
	@ApiResponse(responseCode = "422", description = "The day lies in the past; 'field' names dueOn")
	ResponseEntity<StepResource> planStep(@PathVariable UUID id, @PathVariable UUID goalId,
			@Valid @RequestBody StepInput input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		UUID stepId = this.plans.addStep(participant, goalId, input.description(), input.responsible(), input.dueOn(),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/plan/steps/" + stepId))
			.body(step(participant, stepId, viewer));
	}

	@PutMapping("/steps/{stepId}")
	@Operation(operationId = "changeStep",
			summary = "Change what a step says: what, who and by when (responsible "
					+ "team only), based on the version read")
	@ApiResponse(responseCode = "200", description = "The step as changed, with its new version")
	@ApiResponse(responseCode = "400", description = "A field is missing or too long; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or step, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The step changed since the given version; nothing is changed")
	@ApiResponse(responseCode = "422", description = "A new day lies in the past; 'field' names dueOn")
	StepResource changeStep(@PathVariable UUID id, @PathVariable UUID stepId, @Valid @RequestBody StepChange input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.plans.changeStep(participant, stepId, input.version(), input.description(), input.responsible(),
				input.dueOn(), viewer);
		return step(participant, stepId, viewer);
	}

	@PutMapping("/steps/{stepId}/status")
	@Operation(operationId = "changeStepStatus",
			summary = "Mark a step done, dropped or open again (responsible team only), based on the version read")
	@ApiResponse(responseCode = "200", description = "The step with its new status and version")
	@ApiResponse(responseCode = "400", description = "Version or status missing; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or step, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The step changed since the given version; nothing is changed")
	StepResource changeStepStatus(@PathVariable UUID id, @PathVariable UUID stepId,
			@Valid @RequestBody StepStatusChange input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.plans.setStepStatus(participant, stepId, input.version(), input.status(), viewer);
		return step(participant, stepId, viewer);
	}

	/**
	 * The goal as stored now; reading it back belongs to the change and is not audited
	 * again.
	 */
	private GoalResource goal(ParticipantId participant, UUID goalId, StaffMember viewer) {
		return this.plans.of(participant, viewer)
			.goals()
			.stream()
			.filter(goal -> goal.id().equals(goalId))
			.findFirst()
			.map(GoalResource::of)
			.orElseThrow(() -> new NotFound("participant.plan.not-found"));
	}

	private StepResource step(ParticipantId participant, UUID stepId, StaffMember viewer) {
		return this.plans.of(participant, viewer)
			.goals()
			.stream()
			.flatMap(goal -> goal.steps().stream().map(step -> StepResource.of(goal.id(), step)))
			.filter(step -> step.id().equals(stepId))
			.findFirst()
			.orElseThrow(() -> new NotFound("participant.plan.not-found"));
	}

	/**
	 * @param goals in the order they were set
	 */
	record PlanResource(List<GoalResource> goals) {

		static PlanResource of(SupportPlan plan) {
			return new PlanResource(plan.goals().stream().map(GoalResource::of).toList());
		}

	}

	/**
	 * @param version send it back with a change
	 * @param counsellorView the counsellor's assessment, may be null
	 * @param participantWords what the participant says about the goal, may be null
	 */
	record GoalResource(UUID id, int version, String title, String counsellorView, String participantWords,
			GoalStatus status, List<StepResource> steps) {

		static GoalResource of(SupportPlan.Goal goal) {
			return new GoalResource(goal.id(), goal.version(), goal.title(), goal.counsellorView(),
					goal.participantWords(), goal.status(),
					goal.steps().stream().map(step -> StepResource.of(goal.id(), step)).toList());
		}

	}

	/**
	 * @param version send it back with a change
	 * @param dueOn may be null
	 */
	record StepResource(UUID id, int version, UUID goalId, String description, StepResponsibility responsible,
			LocalDate dueOn, StepStatus status) {

		static StepResource of(UUID goalId, SupportPlan.Step step) {
			return new StepResource(step.id(), step.version(), goalId, step.description(), step.responsible(),
					step.dueOn(), step.status());
		}

	}

	record GoalInput(
			@NotBlank(message = "{participant.plan.rule.title-required}") @Size(max = 200,
					message = "{participant.validation.too-long}") String title,
			@Size(max = 4000, message = "{participant.validation.too-long}") String counsellorView,
			@Size(max = 4000, message = "{participant.validation.too-long}") String participantWords) {
	}

	/**
	 * @param version the version of the goal that was read
	 */
	record GoalChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotBlank(message = "{participant.plan.rule.title-required}") @Size(max = 200,
					message = "{participant.validation.too-long}") String title,
			@Size(max = 4000, message = "{participant.validation.too-long}") String counsellorView,
			@Size(max = 4000, message = "{participant.validation.too-long}") String participantWords) {
	}

	record GoalStatusChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.validation.status}") GoalStatus status) {
	}

	/**
	 * @param dueOn today or later, may be null
	 */
	record StepInput(
			@NotBlank(message = "{participant.plan.rule.description-required}") @Size(max = 500,
					message = "{participant.validation.too-long}") String description,
			@NotNull(message = "{participant.plan.rule.responsible}") StepResponsibility responsible, LocalDate dueOn) {
	}

	/**
	 * @param version the version of the step that was read
	 * @param dueOn today or later unless unchanged, may be null
	 */
	record StepChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotBlank(message = "{participant.plan.rule.description-required}") @Size(max = 500,
					message = "{participant.validation.too-long}") String description,
			@NotNull(message = "{participant.plan.rule.responsible}") StepResponsibility responsible, LocalDate dueOn) {
	}

	record StepStatusChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.validation.status}") StepStatus status) {
	}

}
