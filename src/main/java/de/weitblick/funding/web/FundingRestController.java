package de.weitblick.funding.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.funding.FundingKind;
import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgramme;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding programmes as JSON.
 */
@RestController
@RequestMapping("/api/v1/funding-programmes")
@Tag(name = "Funding", description = "Funding programmes (Förderprogramme)")
class FundingRestController {

	private final FundingManagement funding;

	FundingRestController(FundingManagement funding) {
		this.funding = funding;
	}

	@GetMapping
	@Operation(summary = "All funding programmes, ordered by name")
	List<ProgrammeResource> listFundingProgrammes() {
		return this.funding.programmes().stream().map(ProgrammeResource::of).toList();
	}

	record ProgrammeResource(UUID id, String code, String name, String funder, FundingKind kind, String description) {

		static ProgrammeResource of(FundingProgramme programme) {
			return new ProgrammeResource(programme.id(), programme.code(), programme.name(), programme.funder(),
					programme.kind(), programme.description());
		}

	}

}
