package de.weitblick.organisation.web;

/**
 * An administrator's action on an account (reset the password, unlock, disable, enable):
 * the version seen and the reason, and for a reset the new initial password.
 */
public class AccountActionForm {

	private Integer version;

	private String reason;

	private String initialPassword;

	static AccountActionForm at(int version) {
		AccountActionForm form = new AccountActionForm();
		form.setVersion(version);
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getInitialPassword() {
		return this.initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

}
