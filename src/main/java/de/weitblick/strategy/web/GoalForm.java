package de.weitblick.strategy.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.strategy.GoalDefinition;
import de.weitblick.strategy.GoalIndicator;
import de.weitblick.strategy.StrategyGoal;

/**
 * The form of a strategy goal.
 */
public class GoalForm {

	private Integer version;

	@NotBlank(message = "{strategy.rule.title-required}")
	@Size(max = 200, message = "{strategy.validation.too-long}")
	private String title;

	@Size(max = 4000, message = "{strategy.validation.too-long}")
	private String description;

	@Size(max = 2000, message = "{strategy.validation.too-long}")
	private String plainSummary;

	private FocusGroupCode focusGroup;

	@NotNull(message = "{strategy.rule.indicator-required}")
	private GoalIndicator indicator;

	private Integer baselineYear;

	private BigDecimal baselineValue;

	private Integer targetYear;

	private BigDecimal targetValue;

	private List<UUID> projectIds = List.of();

	static GoalForm of(StrategyGoal goal) {
		GoalForm form = new GoalForm();
		GoalDefinition definition = goal.definition();
		form.version = goal.version();
		form.title = definition.title();
		form.description = definition.description();
		form.plainSummary = definition.plainSummary();
		form.focusGroup = definition.focusGroup();
		form.indicator = definition.indicator();
		form.baselineYear = definition.baselineYear();
		form.baselineValue = definition.baselineValue();
		form.targetYear = definition.targetYear();
		form.targetValue = definition.targetValue();
		form.projectIds = List.copyOf(definition.projectIds());
		return form;
	}

	GoalDefinition toDefinition() {
		return new GoalDefinition(this.title, this.description, this.plainSummary, this.focusGroup, this.indicator,
				this.baselineYear, this.baselineValue, this.targetYear, this.targetValue,
				(this.projectIds != null) ? new HashSet<>(this.projectIds) : java.util.Set.of());
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlainSummary() {
		return this.plainSummary;
	}

	public void setPlainSummary(String plainSummary) {
		this.plainSummary = plainSummary;
	}

	public FocusGroupCode getFocusGroup() {
		return this.focusGroup;
	}

	public void setFocusGroup(FocusGroupCode focusGroup) {
		this.focusGroup = focusGroup;
	}

	public GoalIndicator getIndicator() {
		return this.indicator;
	}

	public void setIndicator(GoalIndicator indicator) {
		this.indicator = indicator;
	}

	public Integer getBaselineYear() {
		return this.baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public BigDecimal getBaselineValue() {
		return this.baselineValue;
	}

	public void setBaselineValue(BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public List<UUID> getProjectIds() {
		return this.projectIds;
	}

	public void setProjectIds(List<UUID> projectIds) {
		this.projectIds = projectIds;
	}

}
