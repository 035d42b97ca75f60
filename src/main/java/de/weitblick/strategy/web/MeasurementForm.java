package de.weitblick.strategy.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that records the figure of a year.
 */
public class MeasurementForm {

	private Integer version;

	@NotNull(message = "{strategy.rule.year-required}")
	private Integer year;

	@NotNull(message = "{strategy.rule.value-required}")
	private BigDecimal value;

	@Size(max = 300, message = "{strategy.validation.too-long}")
	private String source;

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
