package de.weitblick.participant.plan.own.web;

import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.own.OwnPlanChanges;
import de.weitblick.participant.web.Viewers;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team marks what the person changed in the own plan seen, on the plan's section of
 * the case file.
 */
@Controller
class OwnPlanChangesController {

	private final OwnPlanChanges changes;

	private final Viewers viewers;

	OwnPlanChangesController(OwnPlanChanges changes, Viewers viewers) {
		this.changes = changes;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/plan/own-changes/seen")
	String seen(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		this.changes.markSeen(new ParticipantId(id), this.viewers.of(authentication));
		redirect.addFlashAttribute("planMessageKey", "participant.plan.own-changes.marked-seen");
		return "redirect:/participants/" + id + "#own-plan-changes";
	}

}
