package de.weitblick.participant.merge.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.merge.MergeField;
import de.weitblick.participant.merge.MergePages;
import de.weitblick.participant.merge.MergeSide;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging two records of one person: choosing the other record, comparing both side by
 * side with a choice per differing field, and the merge itself. The record whose page the
 * merge started from survives; the other way round is one link away.
 */
@Controller
class CaseFileMergeController {

	private final CaseFileMerge merge;

	private final MergePages pages;

	private final Viewers viewers;

	CaseFileMergeController(CaseFileMerge merge, MergePages pages, Viewers viewers) {
		this.merge = merge;
		this.pages = pages;
		this.viewers = viewers;
	}

	@GetMapping(path = "/participants/{id}/merge", params = "!other")
	String choose(@PathVariable UUID id, @RequestParam(required = false) String name, Authentication authentication,
			Model model) {
		model.addAttribute("page", this.pages.choice(new ParticipantId(id), name, this.viewers.of(authentication)));
		return "participant/merge-choose";
	}

	@GetMapping(path = "/participants/{id}/merge", params = "other")
	String compare(@PathVariable UUID id, @RequestParam UUID other, Authentication authentication, Model model,
			Locale locale) {
		model.addAttribute("page", this.pages.comparison(new ParticipantId(id), new ParticipantId(other), Map.of(),
				this.viewers.of(authentication), locale));
		return "participant/merge";
	}

	@PostMapping("/participants/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam UUID other, @RequestParam int survivorVersion,
			@RequestParam int mergedVersion, @RequestParam Map<String, String> parameters,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		Map<MergeField, MergeSide> choices = choices(parameters);
		try {
			this.merge.merge(new ParticipantId(id), survivorVersion, new ParticipantId(other), mergedVersion, choices,
					viewer);
			redirect.addFlashAttribute("messageKey", "participant.merge.done");
			return "redirect:/participants/" + id;
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("errorKey", "participant.merge.changed-in-the-meantime");
		}
		catch (RuleViolation violation) {
			model.addAttribute("errorKey", violation.messageKey());
			model.addAttribute("errorArguments", violation.arguments());
		}
		// The comparison as it stands now, with the choices made kept where they still
		// apply.
		model.addAttribute("page",
				this.pages.comparison(new ParticipantId(id), new ParticipantId(other), choices, viewer, locale));
		return "participant/merge";
	}

	/**
	 * The choices from parameters named {@code choice.FIELD} with the value SURVIVOR or
	 * MERGED; anything else is ignored, so the survivor's value stays.
	 */
	private static Map<MergeField, MergeSide> choices(Map<String, String> parameters) {
		Map<MergeField, MergeSide> choices = new EnumMap<>(MergeField.class);
		for (MergeField field : MergeField.values()) {
			String side = parameters.get("choice." + field.name());
			if ("MERGED".equals(side)) {
				choices.put(field, MergeSide.MERGED);
			}
			else if ("SURVIVOR".equals(side)) {
				choices.put(field, MergeSide.SURVIVOR);
			}
		}
		return choices;
	}

}
