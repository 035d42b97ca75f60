package de.weitblick.participant.merge.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.merge.MergeComparison;
import de.weitblick.participant.merge.MergeField;
import de.weitblick.participant.merge.MergeSide;
import de.weitblick.participant.web.Viewers;
import de.weitblick.privacy.AccessPurpose;
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

	private final ParticipantManagement participants;

	private final CaseFileReading caseFiles;

	private final ParticipantFinder finder;

	private final OrganisationManagement organisation;

	private final Viewers viewers;

	CaseFileMergeController(CaseFileMerge merge, ParticipantManagement participants, CaseFileReading caseFiles,
			ParticipantFinder finder, OrganisationManagement organisation, Viewers viewers) {
		this.merge = merge;
		this.participants = participants;
		this.caseFiles = caseFiles;
		this.finder = finder;
		this.organisation = organisation;
		this.viewers = viewers;
	}

	@GetMapping(path = "/participants/{id}/merge", params = "!other")
	String choose(@PathVariable UUID id, @RequestParam(required = false) String name, Authentication authentication,
			Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		var caseFile = this.caseFiles.caseFileToChange(new ParticipantId(id), viewer);
		model.addAttribute("p", caseFile.participant());
		model.addAttribute("duplicates",
				this.participants.possibleDuplicates(caseFile.participant().details(), new ParticipantId(id), viewer)
					.stream()
					.filter(PossibleDuplicate::isVisible)
					.toList());
		model.addAttribute("name", name);
		if (name != null && !name.isBlank()) {
			model.addAttribute("found",
					this.finder
						.search(new ParticipantSearch(name, null, null, null, null, null, null, false, 0,
								ParticipantSearch.DEFAULT_SIZE), viewer, AccessPurpose.SEARCH)
						.items()
						.stream()
						.filter(item -> !item.id().id().equals(id))
						.toList());
		}
		return "participant/merge-choose";
	}

	@GetMapping(path = "/participants/{id}/merge", params = "other")
	String compare(@PathVariable UUID id, @RequestParam UUID other, Authentication authentication, Model model,
			Locale locale) {
		StaffMember viewer = this.viewers.of(authentication);
		MergeComparison comparison = this.merge.compare(new ParticipantId(id), new ParticipantId(other), viewer);
		return page(comparison, Map.of(), model, locale);
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
		MergeComparison comparison = this.merge.compare(new ParticipantId(id), new ParticipantId(other), viewer);
		return page(comparison, choices, model, locale);
	}

	private String page(MergeComparison comparison, Map<MergeField, MergeSide> choices, Model model, Locale locale) {
		model.addAttribute("comparison", comparison);
		model.addAttribute("s", comparison.survivor());
		model.addAttribute("m", comparison.merged());
		model.addAttribute("rows",
				comparison.conflicts()
					.stream()
					.map(conflict -> new ConflictRow(conflict.field(),
							this.merge.describe(conflict.field(), conflict.survivorValue(), locale),
							this.merge.describe(conflict.field(), conflict.mergedValue(), locale),
							choices.getOrDefault(conflict.field(), MergeSide.SURVIVOR)))
					.toList());
		model.addAttribute("survivorCounsellor", counsellorName(comparison.survivor().counsellorId()));
		model.addAttribute("mergedCounsellor", counsellorName(comparison.merged().counsellorId()));
		model.addAttribute("partKeys", List.of("participant.merge.parts.goals", "participant.merge.parts.notes",
				"participant.merge.parts.appointments", "participant.merge.parts.documents"));
		return "participant/merge";
	}

	private String counsellorName(UUID counsellorId) {
		return this.organisation.staffMember(counsellorId).map(StaffMember::displayName).orElse("");
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

	/**
	 * One differing field as the page offers the choice.
	 *
	 * @param field never null
	 * @param survivorValue in words, may be null
	 * @param mergedValue in words, may be null
	 * @param chosen never null
	 */
	record ConflictRow(MergeField field, String survivorValue, String mergedValue, MergeSide chosen) {

		public String id() {
			return "choice-" + this.field.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
