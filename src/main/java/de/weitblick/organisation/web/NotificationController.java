package de.weitblick.organisation.web;

import java.util.UUID;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in person's inbox.
 */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final SignedInStaff signedIn;

	NotificationController(Notifications notifications, SignedInStaff signedIn) {
		this.notifications = notifications;
		this.signedIn = signedIn;
	}

	@GetMapping("/notifications")
	String inbox(Authentication authentication, Model model) {
		model.addAttribute("notifications", this.notifications.inbox(recipient(authentication).id()));
		return "organisation/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id, Authentication authentication) {
		this.notifications.markRead(recipient(authentication).id(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead(Authentication authentication) {
		this.notifications.markAllRead(recipient(authentication).id());
		return "redirect:/notifications";
	}

	private StaffMember recipient(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

}
