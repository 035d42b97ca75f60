package de.weitblick.strategy.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.GoalDefinition;
import de.weitblick.strategy.GoalId;
import de.weitblick.strategy.GoalIndicator;
import de.weitblick.strategy.GoalMeasurement;
import de.weitblick.strategy.GoalProgress;
import de.weitblick.strategy.StrategyGoal;
import de.weitblick.strategy.StrategyManagement;

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
 * The strategy goals as JSON: public reads, changes by the head of department.
 */
@RestController
@RequestMapping("/api/v1/strategy/goals")
@Tag(name = "Labour-market strategy",
		description = "Strategy goals (Eckpunkte der Arbeitsmarktstrategie) with targets, linked projects and progress")
class StrategyRestController {

	private final StrategyManagement strategy;

	StrategyRestController(StrategyManagement strategy) {
		this.strategy = strategy;
	}

	@GetMapping
	@Operation(operationId = "listStrategyGoals", summary = "All strategy goals by title (public)")
	List<GoalSummary> listStrategyGoals() {
		return this.strategy.goals().stream().map(GoalSummary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getStrategyGoal",
			summary = "One strategy goal with its linked projects and its figures year by year (public); "
					+ "counts of people below the disclosure threshold are hidden")
	@ApiResponse(responseCode = "404", description = "No such goal")
	GoalResource getStrategyGoal(@PathVariable UUID id) {
		return GoalResource.of(this.strategy.progress(new GoalId(id)));
	}

	@PostMapping
	@Operation(operationId = "createStrategyGoal", summary = "Define a strategy goal (head of department only)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "422", description = "A rule of the goal is broken; in field")
	ResponseEntity<GoalResource> createStrategyGoal(@Valid @RequestBody GoalInput input,
			Authentication authentication) {
		GoalId id = this.strategy.define(input.toDefinition(), authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/strategy/goals/" + id))
			.body(GoalResource.of(this.strategy.progress(id)));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "changeStrategyGoal",
			summary = "Change a strategy goal; refused with 409 when it changed since the given version")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "404", description = "No such goal")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "A rule of the goal is broken; in field")
	GoalResource changeStrategyGoal(@PathVariable UUID id, @Valid @RequestBody GoalInput input,
			Authentication authentication) {
		if (input.version() == null) {
			throw new RuleViolation("version", "strategy.rule.version-required");
		}
		this.strategy.redefine(new GoalId(id), input.version(), input.toDefinition(), authentication.getName());
		return GoalResource.of(this.strategy.progress(new GoalId(id)));
	}

	@PostMapping("/{id}/measurements")
	@Operation(operationId = "recordStrategyGoalFigure",
			summary = "Record the figure of a year for a goal whose indicator is recorded by hand, replacing the "
					+ "year's earlier figure")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "404", description = "No such goal")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "The goal's figure is counted by Weitblick, or a rule is broken")
	GoalResource recordStrategyGoalFigure(@PathVariable UUID id, @Valid @RequestBody MeasurementInput input,
			Authentication authentication) {
		this.strategy.record(new GoalId(id), input.version(),
				new GoalMeasurement(input.year(), input.value(), input.source()), authentication.getName());
		return GoalResource.of(this.strategy.progress(new GoalId(id)));
	}

	/**
	 * A goal in a list.
	 */
	record GoalSummary(String id, String title, FocusGroupCode focusGroup, GoalIndicator indicator,
			Integer baselineYear, BigDecimal baselineValue, Integer targetYear, BigDecimal targetValue) {

		static GoalSummary of(StrategyGoal goal) {
			return new GoalSummary(goal.id().toString(), goal.title(), goal.focusGroup(), goal.indicator(),
					goal.baselineYear(), goal.baselineValue(), goal.targetYear(), goal.targetValue());
		}

	}

	/**
	 * A goal with its projects and figures.
	 */
	record GoalResource(String id, int version, String title, String description, String plainSummary,
			FocusGroupCode focusGroup, GoalIndicator indicator, Integer baselineYear, BigDecimal baselineValue,
			Integer targetYear, BigDecimal targetValue, Integer achievedPercent, List<ProjectLink> projects,
			List<YearFigure> figures) {

		static GoalResource of(GoalProgress progress) {
			StrategyGoal goal = progress.goal();
			return new GoalResource(goal.id().toString(), goal.version(), goal.title(), goal.description(),
					goal.plainSummary(), goal.focusGroup(), goal.indicator(), goal.baselineYear(), goal.baselineValue(),
					goal.targetYear(), goal.targetValue(), progress.achievedPercent(),
					progress.projects().stream().map(p -> new ProjectLink(p.id().toString(), p.name())).toList(),
					progress.years()
						.stream()
						.map(y -> new YearFigure(y.year(), y.value(), y.hidden(), y.target()))
						.toList());
		}

	}

	/**
	 * A project that serves a goal.
	 */
	record ProjectLink(String id, String name) {

	}

	/**
	 * The figure of a year: the value is null when there is none or it is hidden.
	 */
	record YearFigure(int year, BigDecimal value, boolean hidden, BigDecimal target) {

	}

	/**
	 * What a client states about a goal.
	 */
	record GoalInput(Integer version,
			@NotBlank(message = "{strategy.rule.title-required}") @Size(max = 200,
					message = "{strategy.validation.too-long}") String title,
			@Size(max = 4000, message = "{strategy.validation.too-long}") String description,
			@Size(max = 2000, message = "{strategy.validation.too-long}") String plainSummary,
			FocusGroupCode focusGroup, @NotNull(message = "{strategy.rule.indicator-required}") GoalIndicator indicator,
			Integer baselineYear, BigDecimal baselineValue, Integer targetYear, BigDecimal targetValue,
			Set<UUID> projectIds) {

		GoalDefinition toDefinition() {
			return new GoalDefinition(this.title, this.description, this.plainSummary, this.focusGroup, this.indicator,
					this.baselineYear, this.baselineValue, this.targetYear, this.targetValue, this.projectIds);
		}

	}

	/**
	 * The figure of a year.
	 */
	record MeasurementInput(@NotNull(message = "{strategy.rule.version-required}") Integer version,
			@NotNull(message = "{strategy.rule.year-required}") Integer year,
			@NotNull(message = "{strategy.rule.value-required}") BigDecimal value,
			@Size(max = 300, message = "{strategy.validation.too-long}") String source) {

	}

}
