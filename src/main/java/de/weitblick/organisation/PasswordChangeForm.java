package de.weitblick.organisation;

/**
 * The form on which a person, staff or participant, changes the own password: the current
 * one and the new one twice.
 */
public class PasswordChangeForm {

	private String currentPassword;

	private String newPassword;

	private String repeatedPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatedPassword() {
		return this.repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}

	/**
	 * Empties the passwords before the form is shown again: a password is never sent back
	 * to the browser.
	 * @return this form
	 */
	public PasswordChangeForm withoutPasswords() {
		this.currentPassword = null;
		this.newPassword = null;
		this.repeatedPassword = null;
		return this;
	}

}
