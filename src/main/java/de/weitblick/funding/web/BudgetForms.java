package de.weitblick.funding.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.funding.BudgetCategory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/**
 * The forms of a grant's page: a new budget line and the actual of one month.
 */
final class BudgetForms {

	private BudgetForms() {
	}

	public static class LineForm {

		@NotNull(message = "{funding.rule.version}")
		private Integer version;

		@NotNull(message = "{funding.rule.category-missing}")
		private BudgetCategory category;

		@NotBlank(message = "{funding.rule.cost-centre-missing}")
		@Size(max = 40, message = "{funding.rule.too-long}")
		private String costCentre;

		@NotNull(message = "{funding.rule.amount-missing}")
		@DecimalMin(value = "0", message = "{funding.rule.amount-negative}")
		@NumberFormat(style = NumberFormat.Style.NUMBER)
		private BigDecimal plannedPerMonth;

		public Integer getVersion() {
			return this.version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public BudgetCategory getCategory() {
			return this.category;
		}

		public void setCategory(BudgetCategory category) {
			this.category = category;
		}

		public String getCostCentre() {
			return this.costCentre;
		}

		public void setCostCentre(String costCentre) {
			this.costCentre = costCentre;
		}

		public BigDecimal getPlannedPerMonth() {
			return this.plannedPerMonth;
		}

		public void setPlannedPerMonth(BigDecimal plannedPerMonth) {
			this.plannedPerMonth = plannedPerMonth;
		}

	}

	public static class ActualForm {

		@NotNull(message = "{funding.rule.version}")
		private Integer version;

		@NotNull(message = "{funding.rule.line-missing}")
		private UUID lineId;

		@NotNull(message = "{funding.rule.month-missing}")
		@DateTimeFormat(pattern = "yyyy-MM")
		private YearMonth month;

		@NotNull(message = "{funding.rule.amount-missing}")
		@DecimalMin(value = "0", message = "{funding.rule.amount-negative}")
		@NumberFormat(style = NumberFormat.Style.NUMBER)
		private BigDecimal amount;

		public Integer getVersion() {
			return this.version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public UUID getLineId() {
			return this.lineId;
		}

		public void setLineId(UUID lineId) {
			this.lineId = lineId;
		}

		public YearMonth getMonth() {
			return this.month;
		}

		public void setMonth(YearMonth month) {
			this.month = month;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

}
