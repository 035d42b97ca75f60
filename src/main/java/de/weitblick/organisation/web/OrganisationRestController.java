package de.weitblick.organisation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.HealthDataPermissionChange;
import de.weitblick.organisation.HealthDataPermissions;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnit;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.PartnerKind;
import de.weitblick.organisation.PartnerOrganisation;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.StaffAccountSummary;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisational units, partner organisations and accounts as JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Organisational units, partner organisations and accounts")
class OrganisationRestController {

	private final OrganisationManagement organisation;

	private final HealthDataPermissions healthPermissions;

	OrganisationRestController(OrganisationManagement organisation, HealthDataPermissions healthPermissions) {
		this.organisation = organisation;
		this.healthPermissions = healthPermissions;
	}

	@GetMapping("/organisational-units")
	@Operation(summary = "All organisational units, ordered by code")
	List<UnitResource> listOrganisationalUnits() {
		return this.organisation.units().stream().map(UnitResource::of).toList();
	}

	@GetMapping("/organisational-units/{id}")
	@Operation(summary = "One organisational unit")
	@ApiResponse(responseCode = "200", description = "The unit with its version")
	@ApiResponse(responseCode = "404", description = "No such unit")
	UnitResource getOrganisationalUnit(@PathVariable UUID id) {
		return this.organisation.unit(new OrganisationalUnitId(id))
			.map(UnitResource::of)
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
	}

	@GetMapping("/partner-organisations")
	@Operation(summary = "All partner organisations, ordered by name")
	List<PartnerResource> listPartnerOrganisations() {
		return this.organisation.partners().stream().map(PartnerResource::of).toList();
	}

	@GetMapping("/partner-organisations/{id}")
	@Operation(summary = "One partner organisation")
	PartnerResource getPartnerOrganisation(@PathVariable UUID id) {
		return this.organisation.partner(new PartnerOrganisationId(id))
			.map(PartnerResource::of)
			.orElseThrow(() -> new NotFound("organisation.partner.not-found"));
	}

	@GetMapping("/staff-accounts")
	@Operation(summary = "All accounts (administrators only); never includes password hashes")
	List<StaffAccountSummary> listStaffAccounts() {
		return this.organisation.accounts();
	}

	@GetMapping("/staff-accounts/{id}/health-data-permission")
	@Operation(summary = "Whether an account may read and record health restrictions, with every grant and "
			+ "withdrawal (administrators only)")
	@ApiResponse(responseCode = "404", description = "No such account")
	HealthDataPermissionResource getHealthDataPermission(@PathVariable UUID id) {
		return this.healthPermissions.granted(id)
			.map(granted -> new HealthDataPermissionResource(id, granted, this.healthPermissions.history(id)))
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
	}

	@PutMapping("/staff-accounts/{id}/health-data-permission")
	@Operation(summary = "Grant or withdraw an account's health-data permission (administrators only)",
			description = "Only counsellors and project leads may be given it. The change applies only when the "
					+ "permission is still as given in 'expectedGranted', so that two administrators never silently "
					+ "overwrite each other; the reason (required, at most 500 characters) is recorded with who "
					+ "made the change and when. A withdrawal applies from the account's next read of a case file.")
	@ApiResponse(responseCode = "200", description = "Changed; the permission with its history")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The permission changed since it was read")
	@ApiResponse(responseCode = "422",
			description = "No reason or one too long, nothing to change, or a role that may never hold the "
					+ "permission (partners, employers, participants and roles without case files)")
	HealthDataPermissionResource changeHealthDataPermission(@PathVariable UUID id,
			@RequestBody HealthDataPermissionRequest request, Authentication authentication) {
		if (request.granted() == null) {
			throw new RuleViolation("granted", "organisation.health-permission.rule.granted-required");
		}
		if (request.expectedGranted() == null) {
			throw new RuleViolation("expectedGranted", "organisation.health-permission.rule.expected-required");
		}
		this.healthPermissions.change(id, request.granted(), request.expectedGranted(), request.reason(),
				authentication.getName());
		return getHealthDataPermission(id);
	}

	/**
	 * @param granted the permission wanted
	 * @param expectedGranted the permission as last read
	 * @param reason why, required
	 */
	record HealthDataPermissionRequest(Boolean granted, Boolean expectedGranted, String reason) {
	}

	record HealthDataPermissionResource(UUID accountId, boolean granted, List<HealthDataPermissionChange> changes) {
	}

	record UnitResource(UUID id, Integer version, String code, String name, UUID parentId, String description) {

		static UnitResource of(OrganisationalUnit unit) {
			return new UnitResource(unit.id(), unit.version(), unit.code(), unit.name(), unit.parentId(),
					unit.description());
		}

	}

	record PartnerResource(UUID id, String name, PartnerKind kind, String street, String postalCode, String city,
			String description) {

		static PartnerResource of(PartnerOrganisation partner) {
			return new PartnerResource(partner.id(), partner.name(), partner.kind(), partner.street(),
					partner.postalCode(), partner.city(), partner.description());
		}

	}

}
