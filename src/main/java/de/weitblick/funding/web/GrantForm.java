package de.weitblick.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.Grant;
import de.weitblick.funding.GrantDraft;

import org.springframework.format.annotation.NumberFormat;

/**
 * The form of a new grant. Reporting dates are entered one per line.
 */
public class GrantForm {

	@NotNull(message = "{funding.rule.programme-missing}")
	private UUID programmeId;

	@NotNull(message = "{funding.rule.project-missing}")
	private UUID projectId;

	@NotNull(message = "{funding.rule.period}")
	private LocalDate startsOn;

	@NotNull(message = "{funding.rule.period}")
	private LocalDate endsOn;

	@NotNull(message = "{funding.rule.amount-missing}")
	@DecimalMin(value = "0", message = "{funding.rule.amount-negative}")
	@NumberFormat(style = NumberFormat.Style.NUMBER)
	private BigDecimal amount;

	@NotNull(message = "{funding.rule.co-financing}")
	@Min(value = 0, message = "{funding.rule.co-financing}")
	@Max(value = 100, message = "{funding.rule.co-financing}")
	private Integer coFinancingPercent = 0;

	@NotBlank(message = "{funding.rule.notice-missing}")
	@Size(max = 80, message = "{funding.rule.too-long}")
	private String noticeNumber;

	@NotNull(message = "{funding.rule.notice-missing}")
	private LocalDate noticeDate;

	private List<LocalDate> reportingDates = new ArrayList<>();

	/** The version of the grant the form was read in; null for a new grant. */
	private Integer version;

	GrantDraft toDraft() {
		return new GrantDraft(new FundingProgrammeId(this.programmeId), this.projectId, this.startsOn, this.endsOn,
				Money.cents(this.amount), this.coFinancingPercent, this.noticeNumber, this.noticeDate,
				this.reportingDates.stream().filter(Objects::nonNull).toList());
	}

	public UUID getProgrammeId() {
		return this.programmeId;
	}

	public void setProgrammeId(UUID programmeId) {
		this.programmeId = programmeId;
	}

	public UUID getProjectId() {
		return this.projectId;
	}

	public void setProjectId(UUID projectId) {
		this.projectId = projectId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Integer getCoFinancingPercent() {
		return this.coFinancingPercent;
	}

	public void setCoFinancingPercent(Integer coFinancingPercent) {
		this.coFinancingPercent = coFinancingPercent;
	}

	public String getNoticeNumber() {
		return this.noticeNumber;
	}

	public void setNoticeNumber(String noticeNumber) {
		this.noticeNumber = noticeNumber;
	}

	public LocalDate getNoticeDate() {
		return this.noticeDate;
	}

	public void setNoticeDate(LocalDate noticeDate) {
		this.noticeDate = noticeDate;
	}

	public List<LocalDate> getReportingDates() {
		return this.reportingDates;
	}

	public void setReportingDates(List<LocalDate> reportingDates) {
		this.reportingDates = (reportingDates != null) ? new ArrayList<>(reportingDates) : new ArrayList<>();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	/**
	 * The form to correct a grant, filled with what is stored.
	 */
	static GrantForm of(Grant grant) {
		GrantForm form = new GrantForm();
		form.programmeId = grant.programmeId().id();
		form.projectId = grant.projectId();
		form.startsOn = grant.startsOn();
		form.endsOn = grant.endsOn();
		form.amount = BigDecimal.valueOf(grant.amountCents(), 2);
		form.coFinancingPercent = grant.coFinancingPercent();
		form.noticeNumber = grant.noticeNumber();
		form.noticeDate = grant.noticeDate();
		form.reportingDates = new ArrayList<>(grant.reportingDates());
		while (form.reportingDates.size() < 3) {
			form.reportingDates.add(null);
		}
		form.version = grant.version();
		return form;
	}

	static GrantForm empty() {
		GrantForm form = new GrantForm();
		form.reportingDates = new ArrayList<>(Arrays.asList(null, null, null));
		return form;
	}

}
