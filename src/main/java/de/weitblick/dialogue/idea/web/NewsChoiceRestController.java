package de.weitblick.dialogue.idea.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaNewsChoice;
import de.weitblick.organisation.SignedInStaff;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's choice how they are told of the steps of the ideas they wrote, co-wrote or
 * support: at every step, or once a day in a digest.
 */
@RestController
@RequestMapping("/api/v1/dialogue/news-choice")
@Tag(name = "Dialogue ideas")
class NewsChoiceRestController {

	private final IdeaNewsChoice newsChoice;

	private final SignedInStaff signedIn;

	NewsChoiceRestController(IdeaNewsChoice newsChoice, SignedInStaff signedIn) {
		this.newsChoice = newsChoice;
		this.signedIn = signedIn;
	}

	@GetMapping
	@Operation(summary = "How the caller is told of the steps of their ideas and the ideas they support: at "
			+ "every step (the default) or once a day in a digest")
	NewsChoiceResource getIdeaNewsChoice(Authentication authentication) {
		return new NewsChoiceResource(this.newsChoice.dailyDigest(caller(authentication)));
	}

	@PutMapping
	@Operation(summary = "Choose between a message at every step of the caller's ideas and the ideas they "
			+ "support, and a daily digest of the day's steps")
	@ApiResponse(responseCode = "200", description = "Chosen; the choice as it is now")
	NewsChoiceResource chooseIdeaNews(@Valid @RequestBody NewsChoiceResource input, Authentication authentication) {
		Contributor caller = caller(authentication);
		this.newsChoice.choose(caller, input.dailyDigest());
		return new NewsChoiceResource(this.newsChoice.dailyDigest(caller));
	}

	private Contributor caller(Authentication authentication) {
		return Contributor.staff(this.signedIn.required(authentication));
	}

	/**
	 * @param dailyDigest true for one message a day with the day's steps, false for a
	 * message at every step
	 */
	record NewsChoiceResource(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "true: one message a day with the day's steps; false: a message at every step") @NotNull Boolean dailyDigest) {
	}

}
