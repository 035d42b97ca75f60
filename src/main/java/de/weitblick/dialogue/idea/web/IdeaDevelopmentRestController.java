package de.weitblick.dialogue.idea.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaCoAuthors;
import de.weitblick.dialogue.idea.IdeaDevelopment;
import de.weitblick.dialogue.idea.IdeaHistory;
import de.weitblick.dialogue.idea.IdeaMerging;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaRevision;
import de.weitblick.dialogue.idea.web.IdeaRestController.IdeaResource;
import de.weitblick.organisation.SignedInStaff;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An idea's further development as JSON: its versions, co-authors and the merge of a
 * duplicate, under the rules of the pages.
 */
@RestController
@RequestMapping("/api/v1/dialogue/ideas")
@Tag(name = "Dialogue ideas")
class IdeaDevelopmentRestController {

	private final IdeaDevelopment development;

	private final IdeaCoAuthors coAuthors;

	private final IdeaMerging merging;

	private final IdeaPages pages;

	private final SignedInStaff signedIn;

	IdeaDevelopmentRestController(IdeaDevelopment development, IdeaCoAuthors coAuthors, IdeaMerging merging,
			IdeaPages pages, SignedInStaff signedIn) {
		this.development = development;
		this.coAuthors = coAuthors;
		this.merging = merging;
		this.pages = pages;
		this.signedIn = signedIn;
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "The versions of the idea's text, the newest first, each with who wrote it, when, and "
			+ "what changed against the version before")
	@ApiResponse(responseCode = "404", description = "No such idea, or it is hidden")
	IdeaHistory listIdeaVersions(@PathVariable UUID id) {
		return this.development.history(id, false);
	}

	@PostMapping("/{id}/versions")
	@Operation(summary = "Write a new version of the idea's text (its authors, accepted co-authors and the "
			+ "moderators, until the review starts); the versions before are kept")
	@ApiResponse(responseCode = "201", description = "Written; the idea as it is now")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "Not the caller's idea, the review has started, it was merged, "
			+ "nothing changed, or a text is empty or too long")
	ResponseEntity<IdeaResource> writeIdeaVersion(@PathVariable UUID id, @Valid @RequestBody VersionInput input,
			Authentication authentication) {
		int number = this.development.revise(id, input.version(), input.toRevision(), contributor(authentication));
		return ResponseEntity.created(URI.create("/api/v1/dialogue/ideas/" + id + "/versions#" + number))
			.body(IdeaResource.of(this.pages.page(id, null, false)));
	}

	@PostMapping("/{id}/co-authors")
	@Operation(summary = "Invite a co-author by e-mail address or user name (the idea's authors and the "
			+ "moderators); the person is told by mail or in the inbox")
	@ApiResponse(responseCode = "204", description = "Invited")
	@ApiResponse(responseCode = "422", description = "Not the caller's idea, no such account, or invited already")
	ResponseEntity<Void> addIdeaCoAuthor(@PathVariable UUID id, @Valid @RequestBody CoAuthorInput input,
			Authentication authentication) {
		this.coAuthors.invite(id, input.invitee(), contributor(authentication));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/co-authors/acceptance")
	@Operation(summary = "Accept the caller's invitation and become a co-author of the idea")
	@ApiResponse(responseCode = "204", description = "Accepted")
	@ApiResponse(responseCode = "422", description = "The caller is not invited")
	ResponseEntity<Void> agreeToIdeaCoAuthorship(@PathVariable UUID id, Authentication authentication) {
		this.coAuthors.accept(id, contributor(authentication));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge this duplicate idea into another of the same or an earlier edition (moderators): "
			+ "comments, supports and authors move, a person who supported both counts once, the duplicate keeps "
			+ "its history, and the merge is a step on both ideas' timelines")
	@ApiResponse(responseCode = "409", description = "The duplicate changed since the given version")
	@ApiResponse(responseCode = "422", description = "Not a moderator, the same idea, either merged already, or "
			+ "the other idea belongs to a later edition")
	IdeaMerging.Merged mergeIdea(@PathVariable UUID id, @Valid @RequestBody MergeInput input,
			Authentication authentication) {
		return this.merging.merge(id, input.version(), input.intoId(), contributor(authentication));
	}

	private Contributor contributor(Authentication authentication) {
		return Contributor.staff(this.signedIn.required(authentication));
	}

	record VersionInput(int version, @NotNull @Size(max = 200) String title, @NotNull @Size(max = 4000) String problem,
			@NotNull @Size(max = 4000) String approach, @Size(max = 1000) String targetGroup,
			@Size(max = 1000) String partners, Long roughCostEuros, @Size(max = 500) String note) {

		IdeaRevision toRevision() {
			return new IdeaRevision(this.title, this.problem, this.approach, this.targetGroup, this.partners,
					this.roughCostEuros, this.note);
		}

	}

	record CoAuthorInput(@NotNull @Size(max = 320) String invitee) {
	}

	record MergeInput(int version, @NotNull UUID intoId) {
	}

}
