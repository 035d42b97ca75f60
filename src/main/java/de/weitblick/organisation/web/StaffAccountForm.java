package de.weitblick.organisation.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccount;
import de.weitblick.organisation.StaffAccountDetails;
import de.weitblick.organisation.StaffAccounts;

/**
 * The form that creates or changes a staff account. The user name and the initial
 * password are only asked for when the account is created.
 */
public class StaffAccountForm {

	private Integer version;

	@Size(max = StaffAccounts.MAXIMUM_USERNAME_LENGTH, message = "{organisation.account.validation.too-long}")
	private String username;

	@NotBlank(message = "{organisation.account.rule.display-name-required}")
	@Size(max = StaffAccounts.MAXIMUM_DISPLAY_NAME_LENGTH, message = "{organisation.account.validation.too-long}")
	private String displayName;

	@Size(max = StaffAccounts.MAXIMUM_EMAIL_LENGTH, message = "{organisation.account.validation.too-long}")
	private String email;

	@NotNull(message = "{organisation.account.rule.role-required}")
	private Role role;

	private UUID organisationalUnitId;

	private UUID partnerOrganisationId;

	private String initialPassword;

	@NotBlank(message = "{organisation.account.rule.reason-required}")
	@Size(max = StaffAccounts.MAXIMUM_REASON_LENGTH, message = "{organisation.account.validation.too-long}")
	private String reason;

	static StaffAccountForm of(StaffAccount account) {
		StaffAccountForm form = new StaffAccountForm();
		form.setVersion(account.version());
		form.setUsername(account.username());
		form.setDisplayName(account.details().displayName());
		form.setEmail(account.details().email());
		form.setRole(account.details().role());
		form.setOrganisationalUnitId(account.details().organisationalUnitId());
		form.setPartnerOrganisationId(account.details().partnerOrganisationId());
		return form;
	}

	StaffAccountDetails toDetails() {
		return new StaffAccountDetails(this.displayName, this.email, this.role, this.organisationalUnitId,
				this.partnerOrganisationId);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public UUID getOrganisationalUnitId() {
		return this.organisationalUnitId;
	}

	public void setOrganisationalUnitId(UUID organisationalUnitId) {
		this.organisationalUnitId = organisationalUnitId;
	}

	public UUID getPartnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	public void setPartnerOrganisationId(UUID partnerOrganisationId) {
		this.partnerOrganisationId = partnerOrganisationId;
	}

	public String getInitialPassword() {
		return this.initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
