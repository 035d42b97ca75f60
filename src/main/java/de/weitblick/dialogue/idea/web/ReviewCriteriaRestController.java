package de.weitblick.dialogue.idea.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.dialogue.idea.ReviewCriteria;
import de.weitblick.dialogue.idea.ReviewCriterion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review criteria as JSON, administered by the dialogue's moderation.
 */
@RestController
@RequestMapping("/api/v1/dialogue/review-criteria")
@Tag(name = "Idea review criteria",
		description = "The criteria on which reviewers score the ideas of the labour-market dialogue (Prüfkriterien), "
				+ "with their labels, weights and order; never deleted, only deactivated (moderators only)")
class ReviewCriteriaRestController {

	private final ReviewCriteria criteria;

	ReviewCriteriaRestController(ReviewCriteria criteria) {
		this.criteria = criteria;
	}

	@GetMapping
	@Operation(operationId = "listReviewCriteria",
			summary = "Every review criterion in order, offered or not, with the number of scores given on it")
	List<ReviewCriterion> listReviewCriteria() {
		return this.criteria.all();
	}

	@PostMapping
	@Operation(operationId = "addReviewCriterion", summary = "Add a review criterion, offered to reviewers at once")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "422",
			description = "Code malformed or known already, label blank, weight not from 1 to 100 or position not "
					+ "from 1 to 999; in field")
	ResponseEntity<ReviewCriterion> addReviewCriterion(@Valid @RequestBody CriterionInput input) {
		ReviewCriterion added = this.criteria.add(input.code(), input.labelDe(), input.labelEn(), input.weight(),
				input.position());
		return ResponseEntity.created(URI.create("/api/v1/dialogue/review-criteria/" + added.code())).body(added);
	}

	@PutMapping("/{code}")
	@Operation(operationId = "changeReviewCriterion",
			summary = "Change a review criterion's labels, weight, position and whether it is offered to reviewers; "
					+ "a deactivated criterion keeps its scores and its part in the results already scored")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "404", description = "No such criterion")
	@ApiResponse(responseCode = "422",
			description = "Label blank, weight not from 1 to 100 or position not from 1 to 999; in field")
	ReviewCriterion changeReviewCriterion(@PathVariable String code, @Valid @RequestBody ChangeInput input) {
		return this.criteria.change(code, input.version(), input.labelDe(), input.labelEn(), input.weight(),
				input.position(), input.active());
	}

	/**
	 * @param code capital letters, digits and underscores, e.g. {@code SOCIAL_IMPACT}
	 * @param weight from 1 to 100
	 * @param position from 1 to 999
	 */
	record CriterionInput(@NotNull String code, @NotNull String labelDe, @NotNull String labelEn,
			@NotNull Integer weight, @NotNull Integer position) {
	}

	/**
	 * @param version the version read
	 * @param active whether reviewers are offered the criterion
	 */
	record ChangeInput(@NotNull Integer version, @NotNull String labelDe, @NotNull String labelEn,
			@NotNull Integer weight, @NotNull Integer position, @NotNull Boolean active) {
	}

}
