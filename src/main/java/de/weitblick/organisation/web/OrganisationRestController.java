package de.weitblick.organisation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnit;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.PartnerKind;
import de.weitblick.organisation.PartnerOrganisation;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.StaffAccountSummary;
import de.weitblick.shared.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	OrganisationRestController(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/organisational-units")
	@Operation(summary = "All organisational units, ordered by code")
	List<UnitResource> units() {
		return this.organisation.units().stream().map(UnitResource::of).toList();
	}

	@GetMapping("/organisational-units/{id}")
	@Operation(summary = "One organisational unit")
	UnitResource unit(@PathVariable UUID id) {
		return this.organisation.unit(new OrganisationalUnitId(id))
			.map(UnitResource::of)
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
	}

	@GetMapping("/partner-organisations")
	@Operation(summary = "All partner organisations, ordered by name")
	List<PartnerResource> partners() {
		return this.organisation.partners().stream().map(PartnerResource::of).toList();
	}

	@GetMapping("/partner-organisations/{id}")
	@Operation(summary = "One partner organisation")
	PartnerResource partner(@PathVariable UUID id) {
		return this.organisation.partner(new PartnerOrganisationId(id))
			.map(PartnerResource::of)
			.orElseThrow(() -> new NotFound("organisation.partner.not-found"));
	}

	@GetMapping("/staff-accounts")
	@Operation(summary = "All accounts (administrators only); never includes password hashes")
	List<StaffAccountSummary> accounts() {
		return this.organisation.accounts();
	}

	record UnitResource(UUID id, String code, String name, UUID parentId, String description) {

		static UnitResource of(OrganisationalUnit unit) {
			return new UnitResource(unit.id(), unit.code(), unit.name(), unit.parentId(), unit.description());
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
