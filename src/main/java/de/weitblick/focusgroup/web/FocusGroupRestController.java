package de.weitblick.focusgroup.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.focusgroup.FocusGroup;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.focusgroup.FocusGroupRule;
import de.weitblick.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The focus groups and their dated rules as JSON, named in the client's language.
 */
@RestController
@RequestMapping("/api/v1/focus-groups")
@Tag(name = "Focus groups", description = "The focus groups (Fokusgruppen) and their dated rules")
class FocusGroupRestController {

	private final FocusGroupManagement focusGroups;

	private final MessageSource messages;

	FocusGroupRestController(FocusGroupManagement focusGroups, MessageSource messages) {
		this.focusGroups = focusGroups;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "All focus groups with their rules")
	List<FocusGroupResource> listFocusGroups() {
		return this.focusGroups.focusGroups().stream().map(this::resource).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One focus group by its code, such as LONG_TERM_UNEMPLOYED")
	FocusGroupResource getFocusGroup(@PathVariable String code) {
		return FocusGroupManagement.parse(code)
			.flatMap(this.focusGroups::focusGroup)
			.map(this::resource)
			.orElseThrow(() -> new NotFound("focusgroup.not-found"));
	}

	private FocusGroupResource resource(FocusGroup group) {
		var locale = LocaleContextHolder.getLocale();
		return new FocusGroupResource(group.code(), this.messages.getMessage(group.code().messageKey(), null, locale),
				this.messages.getMessage(group.code().descriptionKey(), null, locale),
				group.rules()
					.stream()
					.map(rule -> RuleResource.of(rule,
							this.messages.getMessage(rule.explanationKey(), new Object[] { rule.threshold() }, locale)))
					.toList());
	}

	record FocusGroupResource(FocusGroupCode code, String name, String description, List<RuleResource> rules) {
	}

	record RuleResource(UUID id, LocalDate validFrom, LocalDate validTo, String criterion, Integer threshold,
			String legalBasis, String explanation) {

		static RuleResource of(FocusGroupRule rule, String explanation) {
			return new RuleResource(rule.id(), rule.validity().start(), rule.validity().end(), rule.criterion(),
					rule.threshold(), rule.legalBasis(), explanation);
		}

	}

}
