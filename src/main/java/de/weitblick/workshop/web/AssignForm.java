package de.weitblick.workshop.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.weitblick.participant.ParticipantId;
import de.weitblick.workshop.AssignmentRequest;
import de.weitblick.workshop.WorkshopId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form in which the Jobcenter or a counsellor assigns a person to a workshop.
 */
class AssignForm {

	@NotNull(message = "{workshop.assign.person-id}")
	@Pattern(regexp = "[0-9a-fA-F-]{36}", message = "{workshop.assign.person-id}")
	private String participantId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotNull(message = "{workshop.rule.start-missing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull(message = "{workshop.rule.end-missing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull(message = "{workshop.validation.weekly-hours}")
	private BigDecimal weeklyHours;

	@Size(max = 1000, message = "{workshop.rule.too-long}")
	private String furtherMonthsReason;

	AssignmentRequest toRequest(WorkshopId workshop) {
		return new AssignmentRequest(workshop, new ParticipantId(java.util.UUID.fromString(this.participantId)),
				this.birthDate, this.startsOn, this.endsOn, this.weeklyHours, this.furtherMonthsReason);
	}

	public String getParticipantId() {
		return this.participantId;
	}

	public void setParticipantId(String participantId) {
		this.participantId = (participantId != null) ? participantId.strip() : null;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
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

	public BigDecimal getWeeklyHours() {
		return this.weeklyHours;
	}

	public void setWeeklyHours(BigDecimal weeklyHours) {
		this.weeklyHours = weeklyHours;
	}

	public String getFurtherMonthsReason() {
		return this.furtherMonthsReason;
	}

	public void setFurtherMonthsReason(String furtherMonthsReason) {
		this.furtherMonthsReason = furtherMonthsReason;
	}

}
