package de.weitblick.privacy.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A hold as typed on the data protection officer's page.
 */
public class AuditHoldForm {

	private String subjectId;

	private String user;

	private String reason;

	private String endsOn;

	public String getSubjectId() {
		return this.subjectId;
	}

	public void setSubjectId(String subjectId) {
		this.subjectId = subjectId;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	UUID subject() {
		return AuditTrailController.identifier(this.subjectId);
	}

	LocalDate end() {
		return AuditTrailController.day(this.endsOn);
	}

}
