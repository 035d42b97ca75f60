package de.weitblick.participant.portal.web;

/**
 * The form a person redeems an invitation with.
 */
public class RedeemForm {

	private String code;

	private String username;

	private String password;

	private String repeated;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeated() {
		return this.repeated;
	}

	public void setRepeated(String repeated) {
		this.repeated = repeated;
	}

}
