package de.weitblick.publishing.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.publishing.AccessibilityFeedback;
import de.weitblick.publishing.FeedbackReport;
import de.weitblick.shared.RuleViolation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports of accessibility barriers as JSON, for administrators who answer them.
 */
@RestController
@RequestMapping("/api/v1/accessibility-feedback")
@Tag(name = "Public pages", description = "The legal pages and the accessibility feedback")
class FeedbackRestController {

	private static final int MAXIMUM_LIMIT = 1000;

	private final AccessibilityFeedback feedback;

	FeedbackRestController(AccessibilityFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	@Operation(operationId = "listAccessibilityFeedback",
			summary = "The latest reports of accessibility barriers, newest first (administrators only)")
	@ApiResponse(responseCode = "200", description = "The reports")
	@ApiResponse(responseCode = "422", description = "limit outside 1 to 1000; in field")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "The caller is no administrator")
	List<FeedbackReport> reports(@Parameter(description = "the most reports returned, 1 to 1000") @RequestParam(
			defaultValue = "200") int limit) {
		if (limit < 1 || limit > MAXIMUM_LIMIT) {
			throw new RuleViolation("limit", "publishing.feedback.rule.limit", MAXIMUM_LIMIT);
		}
		return this.feedback.latest(limit);
	}

}
