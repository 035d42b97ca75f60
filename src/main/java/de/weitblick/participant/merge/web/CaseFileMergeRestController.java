package de.weitblick.participant.merge.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.merge.MergeField;
import de.weitblick.participant.merge.MergeSide;
import de.weitblick.participant.web.CaseFileResources;
import de.weitblick.participant.web.CaseFileResources.ParticipantResource;
import de.weitblick.participant.web.Viewers;
import de.weitblick.privacy.AccessPurpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merging two records of one person as JSON, with the rules, access checks and audit of
 * the merge pages.
 */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "Case files of participants (Teilnehmende); every call is audited")
class CaseFileMergeRestController {

	private final CaseFileMerge merge;

	private final CaseFileReading caseFiles;

	private final CaseFileResources resources;

	private final Viewers viewers;

	CaseFileMergeRestController(CaseFileMerge merge, CaseFileReading caseFiles, CaseFileResources resources,
			Viewers viewers) {
		this.merge = merge;
		this.caseFiles = caseFiles;
		this.resources = resources;
		this.viewers = viewers;
	}

	@GetMapping("/{id}/merge-preview")
	@Operation(summary = "Compare a case file with another record of the same person: the fields that differ")
	List<ConflictResource> previewMerge(@PathVariable UUID id, @RequestParam UUID other,
			Authentication authentication) {
		var locale = LocaleContextHolder.getLocale();
		return this.merge.compare(new ParticipantId(id), new ParticipantId(other), this.viewers.of(authentication))
			.conflicts()
			.stream()
			.map(conflict -> new ConflictResource(conflict.field(),
					this.merge.describe(conflict.field(), conflict.survivorValue(), locale),
					this.merge.describe(conflict.field(), conflict.mergedValue(), locale)))
			.toList();
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge another record of the same person into this one; per differing field the choice "
			+ "SURVIVOR (default) or MERGED; 409 when either record changed since the given versions, nothing is "
			+ "merged then; the other record's address then leads here")
	ParticipantResource mergeCaseFiles(@PathVariable UUID id, @Valid @RequestBody MergeRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		this.merge.merge(new ParticipantId(id), request.version(), new ParticipantId(request.otherId()),
				request.otherVersion(), (request.choices() != null) ? request.choices() : Map.of(), viewer);
		return this.resources
			.of(this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK).orElseThrow());
	}

	record ConflictResource(MergeField field, String thisRecord, String otherRecord) {
	}

	/**
	 * @param otherId the record to merge into this one
	 * @param version the version of this record the caller saw
	 * @param otherVersion the version of the other record the caller saw
	 * @param choices per differing field SURVIVOR (this record's value) or MERGED (the
	 * other's); not named means SURVIVOR
	 */
	record MergeRequest(@NotNull(message = "{participant.validation.merge-other}") UUID otherId,
			@NotNull(message = "{participant.validation.version}") Integer version,
			@NotNull(message = "{participant.validation.version}") Integer otherVersion,
			Map<MergeField, MergeSide> choices) {
	}

}
