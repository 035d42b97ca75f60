package de.weitblick.organisation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.CaseloadChoice;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnitChange;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.OrganisationalUnits;
import de.weitblick.organisation.UnitDescription;
import de.weitblick.organisation.web.OrganisationRestController.UnitResource;
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
 * Sets up and changes organisational units and moves counsellors between teams, for
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/organisational-units")
@Tag(name = "Organisation", description = "Organisational units, partner organisations and accounts")
class OrganisationalUnitRestController {

	private final OrganisationManagement organisation;

	private final OrganisationalUnits units;

	OrganisationalUnitRestController(OrganisationManagement organisation, OrganisationalUnits units) {
		this.organisation = organisation;
		this.units = units;
	}

	@PostMapping
	@Operation(operationId = "createOrganisationalUnit",
			summary = "Set up an organisational unit or team (administrators only)",
			description = "The reason (required, at most 500 characters) is recorded with who set it up and when.")
	@ApiResponse(responseCode = "201", description = "Set up; the unit with its version")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "The caller is no administrator")
	@ApiResponse(responseCode = "422", description = "The code is taken or the parent unit does not exist; in field")
	ResponseEntity<UnitResource> create(@Valid @RequestBody UnitInput input, Authentication authentication) {
		OrganisationalUnitId id = this.units.create(input.toDescription(), input.reason(), authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/organisational-units/" + id.id())).body(resource(id));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "changeOrganisationalUnit",
			summary = "Rename a unit or change its code, parent or description (administrators only)",
			description = "Applies only when the unit still has the 'version' that was read, so that two "
					+ "administrators never silently overwrite each other; the reason (required, at most 500 "
					+ "characters) is recorded with who made the change and when.")
	@ApiResponse(responseCode = "200", description = "Changed; the unit with its new version")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "The caller is no administrator")
	@ApiResponse(responseCode = "404", description = "No such unit")
	@ApiResponse(responseCode = "409", description = "The unit changed since the given version was read")
	@ApiResponse(responseCode = "422",
			description = "The code is taken, the parent would make the unit part of itself, or nothing changes; "
					+ "in field")
	UnitResource change(@PathVariable UUID id, @Valid @RequestBody UnitChangeInput input,
			Authentication authentication) {
		OrganisationalUnitId unit = new OrganisationalUnitId(id);
		this.units.change(unit, input.version(), input.toDescription(), input.reason(), authentication.getName());
		return resource(unit);
	}

	@PostMapping("/{id}/counsellor-moves")
	@Operation(operationId = "moveCounsellor",
			summary = "Move a counsellor of this team to another team (administrators only)",
			description = "With caseload FOLLOWS_COUNSELLOR the counsellor's cases go to the new team; with "
					+ "STAYS_WITH_TEAM they stay in this team and go to 'handOverToId', a counsellor of this team. "
					+ "The move applies only while the counsellor is still in this team; the reason (required, at "
					+ "most 500 characters) is recorded with who moved the counsellor and when.")
	@ApiResponse(responseCode = "204", description = "Moved")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "The caller is no administrator")
	@ApiResponse(responseCode = "404", description = "No such unit or account")
	@ApiResponse(responseCode = "409", description = "The counsellor is no longer in this team")
	@ApiResponse(responseCode = "422",
			description = "The account is no counsellor, the new team is this one or unknown, or the one to take "
					+ "the cases over is no counsellor of this team; in field")
	ResponseEntity<Void> moveCounsellor(@PathVariable UUID id, @Valid @RequestBody MoveInput input,
			Authentication authentication) {
		this.units.moveCounsellor(input.counsellorId(), new OrganisationalUnitId(id),
				new OrganisationalUnitId(input.toUnitId()), input.caseload(), input.handOverToId(), input.reason(),
				authentication.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/changes")
	@Operation(operationId = "listOrganisationalUnitChanges",
			summary = "Every change of a unit and every move into and out of it, newest first, with who, when and "
					+ "why (administrators only)")
	@ApiResponse(responseCode = "200", description = "The changes")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "The caller is no administrator")
	@ApiResponse(responseCode = "404", description = "No such unit")
	List<OrganisationalUnitChange> changes(@PathVariable UUID id) {
		OrganisationalUnitId unit = new OrganisationalUnitId(id);
		if (this.organisation.unit(unit).isEmpty()) {
			throw new NotFound("organisation.unit.not-found");
		}
		return this.units.history(unit);
	}

	private UnitResource resource(OrganisationalUnitId id) {
		return this.organisation.unit(id)
			.map(UnitResource::of)
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
	}

	/**
	 * @param code required, at most 20 characters
	 * @param name required, at most 200 characters
	 * @param parentId may be null
	 * @param description may be null, at most 2000 characters
	 * @param reason why, required
	 */
	record UnitInput(
			@NotBlank(message = "{organisation.validation.code}") @Size(max = 20,
					message = "{organisation.validation.too-long}") String code,
			@NotBlank(message = "{organisation.validation.name}") @Size(max = 200,
					message = "{organisation.validation.too-long}") String name,
			UUID parentId, @Size(max = 2000, message = "{organisation.validation.too-long}") String description,
			@NotBlank(message = "{organisation.validation.reason}") @Size(max = 500,
					message = "{organisation.validation.too-long}") String reason) {

		UnitDescription toDescription() {
			return new UnitDescription(this.code, this.name, this.parentId, this.description);
		}

	}

	/**
	 * @param version the version that was read, required
	 */
	record UnitChangeInput(@NotNull(message = "{organisation.validation.version}") Integer version,
			@NotBlank(message = "{organisation.validation.code}") @Size(max = 20,
					message = "{organisation.validation.too-long}") String code,
			@NotBlank(message = "{organisation.validation.name}") @Size(max = 200,
					message = "{organisation.validation.too-long}") String name,
			UUID parentId, @Size(max = 2000, message = "{organisation.validation.too-long}") String description,
			@NotBlank(message = "{organisation.validation.reason}") @Size(max = 500,
					message = "{organisation.validation.too-long}") String reason) {

		UnitDescription toDescription() {
			return new UnitDescription(this.code, this.name, this.parentId, this.description);
		}

	}

	/**
	 * @param counsellorId who moves, required
	 * @param toUnitId the new team, required
	 * @param caseload what happens to the cases, required
	 * @param handOverToId who takes the cases over when they stay
	 * @param reason why, required
	 */
	record MoveInput(@NotNull(message = "{organisation.validation.counsellor}") UUID counsellorId,
			@NotNull(message = "{organisation.validation.to-unit}") UUID toUnitId,
			@NotNull(message = "{organisation.validation.caseload}") CaseloadChoice caseload, UUID handOverToId,
			@NotBlank(message = "{organisation.validation.reason}") @Size(max = 500,
					message = "{organisation.validation.too-long}") String reason) {

	}

}
