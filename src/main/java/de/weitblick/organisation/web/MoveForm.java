package de.weitblick.organisation.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.CaseloadChoice;

/**
 * The form that moves a counsellor to another team, with the choice for the caseload and
 * the reason recorded for it.
 */
public class MoveForm {

	@NotNull(message = "{organisation.validation.to-unit}")
	private UUID toUnitId;

	@NotNull(message = "{organisation.validation.caseload}")
	private CaseloadChoice caseload;

	private UUID handOverToId;

	@NotBlank(message = "{organisation.validation.reason}")
	@Size(max = 500, message = "{organisation.validation.too-long}")
	private String reason;

	public UUID getToUnitId() {
		return this.toUnitId;
	}

	public void setToUnitId(UUID toUnitId) {
		this.toUnitId = toUnitId;
	}

	public CaseloadChoice getCaseload() {
		return this.caseload;
	}

	public void setCaseload(CaseloadChoice caseload) {
		this.caseload = caseload;
	}

	public UUID getHandOverToId() {
		return this.handOverToId;
	}

	public void setHandOverToId(UUID handOverToId) {
		this.handOverToId = handOverToId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
