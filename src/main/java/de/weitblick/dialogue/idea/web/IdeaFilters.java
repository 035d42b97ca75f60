package de.weitblick.dialogue.idea.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.weitblick.dialogue.DialogueEdition;
import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The choices of the idea lists' search forms, labelled in the reader's language.
 */
final class IdeaFilters {

	private IdeaFilters() {
	}

	static void addOptions(Model model, DialogueManagement dialogue, MessageSource messages, Locale locale) {
		Map<String, String> editions = new LinkedHashMap<>();
		for (DialogueEdition edition : dialogue.editions()) {
			editions.put(edition.id().toString(), edition.title());
		}
		Map<String, String> statuses = new LinkedHashMap<>();
		for (IdeaStatus status : IdeaStatus.values()) {
			statuses.put(status.name(), messages.getMessage(status.messageKey(), null, locale));
		}
		Map<String, String> groups = new LinkedHashMap<>();
		for (FocusGroupCode group : FocusGroupCode.values()) {
			groups.put(group.name(), messages.getMessage(group.messageKey(), null, locale));
		}
		model.addAttribute("editionOptions", editions);
		model.addAttribute("statusOptions", statuses);
		model.addAttribute("focusGroupOptions", groups);
	}

}
