package de.weitblick.privacy.web;

import java.time.ZoneId;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.RetentionRuns;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets an administrator search the audit trail; there is deliberately no way to change
 * it.
 */
@Controller
class AuditTrailController {

	/**
	 * The newest entries are what an inquiry usually needs; more is a database export.
	 */
	private static final int LIMIT = 200;

	private final AuditTrail audit;

	private final RetentionRuns retentionRuns;

	AuditTrailController(AuditTrail audit, RetentionRuns retentionRuns) {
		this.audit = audit;
		this.retentionRuns = retentionRuns;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
			Authentication authentication, Model model) {
		UUID subjectId = parse(subject);
		// Only administrators reach this page (AccessArea.AUDIT_TRAIL).
		model.addAttribute("entries", this.audit
			.searchAs(new Actor(authentication.getName(), Role.ADMINISTRATOR.name()), actor, subjectId, LIMIT));
		model.addAttribute("actor", actor);
		model.addAttribute("subject", subject);
		model.addAttribute("invalidSubject", subject != null && !subject.isBlank() && subjectId == null);
		model.addAttribute("limit", LIMIT);
		model.addAttribute("zone", ZoneId.of("Europe/Berlin"));
		model.addAttribute("retentionRuns", this.retentionRuns.recent(10));
		return "privacy/audit";
	}

	private static UUID parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
