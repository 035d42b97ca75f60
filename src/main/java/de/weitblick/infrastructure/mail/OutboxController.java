package de.weitblick.infrastructure.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page of the local outbox: the mails Weitblick sent without a mail server.
 */
@Controller
class OutboxController {

	private final ObjectProvider<LocalOutbox> outbox;

	OutboxController(ObjectProvider<LocalOutbox> outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/outbox")
	String outbox(Model model) {
		LocalOutbox local = this.outbox.getIfAvailable();
		model.addAttribute("active", local != null);
		model.addAttribute("mails", (local != null) ? local.latest() : java.util.List.of());
		return "outbox";
	}

}
