package de.weitblick.dialogue.idea.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.EditionDocumentation;
import de.weitblick.dialogue.idea.IdeaDiscussion;
import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.dialogue.idea.IdeaFilter;
import de.weitblick.dialogue.idea.IdeaPage;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaPipeline;
import de.weitblick.dialogue.idea.IdeaSearch;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.dialogue.idea.IdeaSummary;
import de.weitblick.dialogue.idea.SimilarIdea;
import de.weitblick.dialogue.idea.StakeholderGroup;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.project.PublicProjectFigures;
import de.weitblick.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dialogue's ideas as JSON: reads for everybody without sign-in, writes for signed-in
 * callers under the rules of the pages.
 */
@RestController
@RequestMapping("/api/v1/dialogue/ideas")
@Tag(name = "Dialogue ideas", description = "Ideas (Projektansätze) of the labour-market dialogue with their "
		+ "comments, supports and decisions")
class IdeaRestController {

	private static final int MAXIMUM_LISTED = 1000;

	private final IdeaSearch search;

	private final IdeaPages pages;

	private final IdeaSubmission submission;

	private final IdeaDiscussion discussion;

	private final IdeaPipeline pipeline;

	private final SignedInStaff signedIn;

	private final EditionDocumentation documentation;

	IdeaRestController(IdeaSearch search, IdeaPages pages, IdeaSubmission submission, IdeaDiscussion discussion,
			IdeaPipeline pipeline, SignedInStaff signedIn, EditionDocumentation documentation) {
		this.search = search;
		this.pages = pages;
		this.submission = submission;
		this.discussion = discussion;
		this.pipeline = pipeline;
		this.signedIn = signedIn;
		this.documentation = documentation;
	}

	@GetMapping
	@Operation(summary = "The ideas shown to the public, the most recently submitted first")
	List<IdeaSummary> listIdeas(
			@Parameter(description = "only this edition") @RequestParam(required = false) UUID edition,
			@Parameter(description = "only ideas in this status") @RequestParam(required = false) IdeaStatus status,
			@Parameter(description = "only ideas for this focus group") @RequestParam(
					required = false) FocusGroupCode focusGroup,
			@Parameter(description = "words of the title, problem or approach (German full-text search)") @RequestParam(
					required = false) String text) {
		return this.search.ideas(new IdeaFilter(edition, status, focusGroup, text), false, MAXIMUM_LISTED);
	}

	@GetMapping("/similar")
	@Operation(summary = "Existing ideas that read like the text given, the closest first (at most five)")
	List<SimilarIdea> findSimilarIdeas(@RequestParam(required = false) String text) {
		return this.search.similar(text);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One idea as the public sees it")
	@ApiResponse(responseCode = "404", description = "No such idea, or it is hidden")
	IdeaResource getIdea(@PathVariable UUID id) {
		return IdeaResource.of(this.pages.page(id, null, false));
	}

	@PostMapping
	@Operation(summary = "Submit an idea to an edition that takes ideas")
	@ApiResponse(responseCode = "201", description = "Submitted; the Location header names the idea")
	@ApiResponse(responseCode = "422", description = "The edition takes no ideas, a text is empty or too long, no "
			+ "focus group, or too many ideas today")
	ResponseEntity<IdeaResource> submitIdea(@Valid @RequestBody IdeaInput input, Authentication authentication) {
		UUID id = this.submission.submit(input.toDraft(), contributor(authentication));
		return ResponseEntity.created(URI.create("/api/v1/dialogue/ideas/" + id))
			.body(IdeaResource.of(this.pages.page(id, null, false)));
	}

	@PostMapping("/{id}/steps")
	@Operation(summary = "Move an idea one step along the pipeline (moderators; authors may withdraw before the "
			+ "review); the reasons of a decision or withdrawal become public")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "Out of order, reasons missing, or not the caller's step")
	IdeaResource moveIdea(@PathVariable UUID id, @Valid @RequestBody StepInput input, Authentication authentication) {
		this.pipeline.move(id, input.version(), input.status(), input.reasons(), contributor(authentication));
		return IdeaResource.of(this.pages.page(id, null, false));
	}

	@GetMapping("/{id}/decisions")
	@Operation(summary = "The idea's public timeline: every step with its date, who took it and the reasons")
	@ApiResponse(responseCode = "404", description = "No such idea, or it is hidden")
	List<IdeaPage.Step> listIdeaDecisions(@PathVariable UUID id) {
		return this.pages.page(id, null, false).timeline();
	}

	@GetMapping("/{id}/comments")
	@Operation(summary = "The idea's comments, each thread followed by its answers, each answer with the comment "
			+ "it answers; the text of a hidden comment is left out")
	@ApiResponse(responseCode = "404", description = "No such idea, or it is hidden")
	List<CommentResource> listIdeaComments(@PathVariable UUID id) {
		List<CommentResource> flat = new ArrayList<>();
		for (IdeaPage.Comment thread : this.pages.page(id, null, false).comments()) {
			CommentResource.flatten(thread, null, flat);
		}
		return flat;
	}

	@PostMapping("/{id}/comments")
	@Operation(summary = "Comment on an idea, or answer a comment")
	@ApiResponse(responseCode = "201", description = "Written; the comment as it is shown")
	@ApiResponse(responseCode = "422", description = "Empty or too long, too many comments within the hour, or an "
			+ "answer to a comment of another idea")
	ResponseEntity<CommentResource> writeIdeaComment(@PathVariable UUID id, @Valid @RequestBody CommentInput input,
			Authentication authentication) {
		UUID comment = this.discussion.comment(id, input.parentId(), input.text(), contributor(authentication));
		CommentResource written = listIdeaComments(id).stream()
			.filter(resource -> resource.id().equals(comment))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/dialogue/ideas/" + id + "/comments#" + comment))
			.body(written);
	}

	@GetMapping("/{id}/supports")
	@Operation(summary = "The idea's supports counted by stakeholder group")
	@ApiResponse(responseCode = "404", description = "No such idea, or it is hidden")
	SupportResource listIdeaSupports(@PathVariable UUID id) {
		IdeaPage page = this.pages.page(id, null, false);
		return new SupportResource(page.supportTotal(), page.supports());
	}

	@PostMapping("/{id}/supports")
	@Operation(summary = "Support an idea, once per person, until its review starts")
	@ApiResponse(responseCode = "204", description = "Supported")
	@ApiResponse(responseCode = "422",
			description = "Supported already, the review has started, or no stakeholder group given")
	ResponseEntity<Void> addIdeaSupport(@PathVariable UUID id, @Valid @RequestBody SupportInput input,
			Authentication authentication) {
		this.discussion.support(id, input.group(), contributor(authentication));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/supports")
	@Operation(summary = "Withdraw the caller's support, until the idea's review starts")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ApiResponse(responseCode = "422", description = "Not supported, or the review has started")
	ResponseEntity<Void> withdrawIdeaSupport(@PathVariable UUID id, Authentication authentication) {
		this.discussion.withdrawSupport(id, contributor(authentication));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/project-figures")
	@Operation(summary = "The results of the project the idea became: people reached and their outcomes, "
			+ "aggregated, with numbers below the disclosure threshold hidden")
	@ApiResponse(responseCode = "404", description = "No such idea, it is hidden, or it has no project yet")
	PublicProjectFigures.Figures getIdeaProjectFigures(@PathVariable UUID id) {
		PublicProjectFigures.Figures figures = this.pages.page(id, null, false).figures();
		if (figures == null) {
			throw new NotFound("dialogue.idea.no-project");
		}
		return figures;
	}

	@GetMapping(value = "/documentation", produces = "application/pdf")
	@Operation(summary = "The documentation of an edition as tagged PDF: its ideas, decisions and comments, "
			+ "without personal data of the public")
	@ApiResponse(responseCode = "404", description = "No such edition")
	ResponseEntity<byte[]> downloadEditionDocumentation(@RequestParam UUID edition, java.util.Locale locale) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.body(this.documentation.pdf(edition, locale));
	}

	private Contributor contributor(Authentication authentication) {
		return Contributor.staff(this.signedIn.required(authentication));
	}

	record IdeaInput(@NotNull UUID editionId, @NotNull @Size(max = 200) String title,
			@NotNull @Size(max = 4000) String problem, @NotNull @Size(max = 4000) String approach,
			@Size(max = 1000) String targetGroup, @Size(max = 1000) String partners, Long roughCostEuros,
			@NotNull Set<FocusGroupCode> focusGroups, Set<UUID> goalIds) {

		IdeaDraft toDraft() {
			return new IdeaDraft(this.editionId, this.title, this.problem, this.approach, this.targetGroup,
					this.partners, this.roughCostEuros, this.focusGroups, this.goalIds);
		}

	}

	record StepInput(int version, @NotNull IdeaStatus status, @Size(max = 4000) String reasons) {
	}

	record CommentInput(UUID parentId, @NotNull @Size(max = 4000) String text) {
	}

	record SupportInput(@NotNull StakeholderGroup group) {
	}

	/**
	 * An idea as the public sees it; the author's address is never part of it.
	 */
	record IdeaResource(UUID id, int version, UUID editionId, String editionTitle, String title, String problem,
			String approach, String targetGroup, String partners, Long roughCostEuros, List<FocusGroupCode> focusGroups,
			IdeaStatus status, Instant statusSince, Instant submittedAt, String authorName, String plainSummary,
			String decisionReasons, UUID projectId, int supports, Set<UUID> goalIds, int versions, UUID mergedInto) {

		static IdeaResource of(IdeaPage page) {
			var idea = page.idea();
			return new IdeaResource(idea.id(), idea.version(), idea.editionId(), page.editionTitle(), idea.title(),
					idea.problem(), idea.approach(), idea.targetGroup(), idea.partners(), idea.roughCostEuros(),
					idea.focusGroups(), idea.status(), idea.statusSince(), idea.submittedAt(), idea.authorName(),
					idea.plainSummary(), idea.decisionReasons(), idea.projectId(), page.supportTotal(),
					page.goals().keySet(), page.development().versions(), idea.mergedInto());
		}

	}

	/**
	 * @param text null when the moderators hid the comment
	 */
	record CommentResource(UUID id, UUID parentId, String authorName, String text, Instant writtenAt, boolean hidden) {

		static void flatten(IdeaPage.Comment comment, UUID parentId, List<CommentResource> into) {
			into.add(new CommentResource(comment.id(), parentId, comment.isHidden() ? null : comment.authorName(),
					comment.isHidden() ? null : comment.text(), comment.writtenAt(), comment.isHidden()));
			for (IdeaPage.Comment answer : comment.answers()) {
				flatten(answer, comment.id(), into);
			}
		}

	}

	record SupportResource(int total, Map<StakeholderGroup, Integer> byGroup) {
	}

}
