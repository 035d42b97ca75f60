package de.weitblick.organisation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccount;
import de.weitblick.organisation.StaffAccountChange;
import de.weitblick.organisation.StaffAccountDetails;
import de.weitblick.organisation.StaffAccounts;
import de.weitblick.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration of staff accounts as JSON, with the same rules as the pages: every
 * change names a reason and the version it is based on.
 */
@RestController
@RequestMapping("/api/v1/staff-accounts")
@Tag(name = "Organisation", description = "Organisational units, partner organisations and accounts")
@ApiResponse(responseCode = "400", description = "A field is missing or malformed; 'errors' names each field")
@ApiResponse(responseCode = "401", description = "Not signed in, or the account is disabled")
@ApiResponse(responseCode = "403",
		description = "Not an administrator, or the caller's own initial password must be changed first")
class StaffAccountRestController {

	private final StaffAccounts accounts;

	StaffAccountRestController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	@Operation(operationId = "createStaffAccount", summary = "Create a staff account (administrators only)",
			description = "The account gets an initial password (at least 12 characters, not the user name) that its "
					+ "owner must change at the first sign-in; until then its pages lead to the password change and "
					+ "its API calls are refused. Counsellors need an organisational unit, partner accounts a "
					+ "partner organisation. The reason is kept in the account's history.")
	@ApiResponse(responseCode = "201", description = "Created; the account, its address in 'Location'")
	@ApiResponse(responseCode = "422",
			description = "A rule of the account is broken, such as a user name that exists already (in any case) "
					+ "or a counsellor without a team; 'field' names the field")
	ResponseEntity<StaffAccountResource> create(@Valid @RequestBody NewStaffAccountRequest request,
			Authentication authentication) {
		UUID id = this.accounts.create(request.username(), request.details(), request.initialPassword(),
				request.reason(), authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/staff-accounts/" + id)).body(read(id));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "readStaffAccount", summary = "One staff account with its version (administrators only)")
	@ApiResponse(responseCode = "200", description = "The account; never its password")
	@ApiResponse(responseCode = "404", description = "No such account")
	StaffAccountResource read(@PathVariable UUID id) {
		return this.accounts.account(id)
			.map(StaffAccountResource::of)
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "changeStaffAccount",
			summary = "Change a staff account's name, e-mail, role, team or partner organisation (administrators only)",
			description = "The user name stays as it is. The change applies only to the 'version' read last.")
	@ApiResponse(responseCode = "200", description = "Changed; the account with its new version")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The account changed since it was read")
	@ApiResponse(responseCode = "422",
			description = "A rule of the account is broken, nothing would change, or the last administrator would "
					+ "lose the role; 'field' names the field")
	StaffAccountResource change(@PathVariable UUID id, @Valid @RequestBody StaffAccountChangeRequest request,
			Authentication authentication) {
		this.accounts.change(id, request.version(), request.details(), request.reason(), authentication.getName());
		return read(id);
	}

	@PostMapping("/{id}/password-reset")
	@Operation(operationId = "resetStaffAccountPassword",
			summary = "Set a new initial password that must be changed at the next sign-in (administrators only)",
			description = "Also lifts a lock after failed sign-ins.")
	@ApiResponse(responseCode = "200", description = "Reset; the account with its new version")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The account changed since it was read")
	@ApiResponse(responseCode = "422", description = "The password is too short, too long or the user name")
	StaffAccountResource resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordResetRequest request,
			Authentication authentication) {
		this.accounts.resetPassword(id, request.version(), request.initialPassword(), request.reason(),
				authentication.getName());
		return read(id);
	}

	@PostMapping("/{id}/unlock")
	@Operation(operationId = "unlockStaffAccount",
			summary = "Lift the lock after repeated failed sign-ins (administrators only)")
	@ApiResponse(responseCode = "200", description = "Unlocked; the account with its new version")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The account changed since it was read")
	@ApiResponse(responseCode = "422", description = "The account is not locked")
	StaffAccountResource unlock(@PathVariable UUID id, @Valid @RequestBody AccountActionRequest request,
			Authentication authentication) {
		this.accounts.unlock(id, request.version(), request.reason(), authentication.getName());
		return read(id);
	}

	@PostMapping("/{id}/disable")
	@Operation(operationId = "disableStaffAccount",
			summary = "Disable an account: it can no longer sign in and its sessions end (administrators only)")
	@ApiResponse(responseCode = "200", description = "Disabled; the account with its new version")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The account changed since it was read")
	@ApiResponse(responseCode = "422",
			description = "Disabled already, the caller's own account, or the last active administrator")
	StaffAccountResource disable(@PathVariable UUID id, @Valid @RequestBody AccountActionRequest request,
			Authentication authentication) {
		this.accounts.disable(id, request.version(), request.reason(), authentication.getName());
		return read(id);
	}

	@PostMapping("/{id}/enable")
	@Operation(operationId = "enableStaffAccount", summary = "Enable a disabled account again (administrators only)")
	@ApiResponse(responseCode = "200", description = "Enabled; the account with its new version")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The account changed since it was read")
	@ApiResponse(responseCode = "422", description = "The account is active already")
	StaffAccountResource enable(@PathVariable UUID id, @Valid @RequestBody AccountActionRequest request,
			Authentication authentication) {
		this.accounts.enable(id, request.version(), request.reason(), authentication.getName());
		return read(id);
	}

	@GetMapping("/{id}/history")
	@Operation(operationId = "readStaffAccountHistory",
			summary = "Every creation and change of an account with who, when and why, newest first "
					+ "(administrators only)")
	@ApiResponse(responseCode = "200", description = "The history")
	@ApiResponse(responseCode = "404", description = "No such account")
	List<StaffAccountChange> history(@PathVariable UUID id) {
		read(id);
		return this.accounts.history(id);
	}

	/**
	 * A new account.
	 */
	record NewStaffAccountRequest(
			@NotBlank(message = "{organisation.account.rule.username-required}") @Size(
					max = StaffAccounts.MAXIMUM_USERNAME_LENGTH,
					message = "{organisation.account.validation.too-long}") String username,
			@NotBlank(message = "{organisation.account.rule.display-name-required}") @Size(
					max = StaffAccounts.MAXIMUM_DISPLAY_NAME_LENGTH,
					message = "{organisation.account.validation.too-long}") String displayName,
			@Size(max = StaffAccounts.MAXIMUM_EMAIL_LENGTH,
					message = "{organisation.account.validation.too-long}") String email,
			@NotNull(message = "{organisation.account.rule.role-required}") Role role, UUID organisationalUnitId,
			UUID partnerOrganisationId,
			@NotNull(message = "{organisation.password.rule.too-short}") @Schema(
					description = "at least 12 characters, not the user name") String initialPassword,
			@NotBlank(message = "{organisation.account.rule.reason-required}") @Size(
					max = StaffAccounts.MAXIMUM_REASON_LENGTH,
					message = "{organisation.account.validation.too-long}") String reason) {

		StaffAccountDetails details() {
			return new StaffAccountDetails(this.displayName, this.email, this.role, this.organisationalUnitId,
					this.partnerOrganisationId);
		}

	}

	/**
	 * A change of an account's details, based on the version read.
	 */
	record StaffAccountChangeRequest(@NotNull(message = "{organisation.account.rule.version-required}") Integer version,
			@NotBlank(message = "{organisation.account.rule.display-name-required}") @Size(
					max = StaffAccounts.MAXIMUM_DISPLAY_NAME_LENGTH,
					message = "{organisation.account.validation.too-long}") String displayName,
			@Size(max = StaffAccounts.MAXIMUM_EMAIL_LENGTH,
					message = "{organisation.account.validation.too-long}") String email,
			@NotNull(message = "{organisation.account.rule.role-required}") Role role, UUID organisationalUnitId,
			UUID partnerOrganisationId,
			@NotBlank(message = "{organisation.account.rule.reason-required}") @Size(
					max = StaffAccounts.MAXIMUM_REASON_LENGTH,
					message = "{organisation.account.validation.too-long}") String reason) {

		StaffAccountDetails details() {
			return new StaffAccountDetails(this.displayName, this.email, this.role, this.organisationalUnitId,
					this.partnerOrganisationId);
		}

	}

	/**
	 * A new initial password, based on the version read.
	 */
	record PasswordResetRequest(@NotNull(message = "{organisation.account.rule.version-required}") Integer version,
			@NotNull(message = "{organisation.password.rule.too-short}") @Schema(
					description = "at least 12 characters, not the user name") String initialPassword,
			@NotBlank(message = "{organisation.account.rule.reason-required}") @Size(
					max = StaffAccounts.MAXIMUM_REASON_LENGTH,
					message = "{organisation.account.validation.too-long}") String reason) {
	}

	/**
	 * An action on an account that needs only the version read and a reason.
	 */
	record AccountActionRequest(@NotNull(message = "{organisation.account.rule.version-required}") Integer version,
			@NotBlank(message = "{organisation.account.rule.reason-required}") @Size(
					max = StaffAccounts.MAXIMUM_REASON_LENGTH,
					message = "{organisation.account.validation.too-long}") String reason) {
	}

	/**
	 * An account as the API shows it: never its password.
	 */
	record StaffAccountResource(UUID id, int version, String username, String displayName, String email, Role role,
			UUID organisationalUnitId, UUID partnerOrganisationId, boolean enabled, boolean demo,
			boolean passwordChangeRequired, int failedSignIns, Instant lockedUntil, Instant lastSignIn,
			boolean maySeeHealthData) {

		static StaffAccountResource of(StaffAccount account) {
			return new StaffAccountResource(account.id(), account.version(), account.username(),
					account.details().displayName(), account.details().email(), account.details().role(),
					account.details().organisationalUnitId(), account.details().partnerOrganisationId(),
					account.enabled(), account.demo(), account.passwordChangeRequired(), account.failedSignIns(),
					account.lockedUntil(), account.lastSignIn(), account.maySeeHealthData());
		}

	}

}
