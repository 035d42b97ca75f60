package de.weitblick.organisation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's inbox as JSON.
 */
@RestController
@Tag(name = "Notifications", description = "The caller's inbox (Benachrichtigungen)")
class NotificationRestController {

	private final Notifications notifications;

	private final SignedInStaff signedIn;

	private final MessageSource messages;

	NotificationRestController(Notifications notifications, SignedInStaff signedIn, MessageSource messages) {
		this.notifications = notifications;
		this.signedIn = signedIn;
		this.messages = messages;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The caller's notifications, newest first, with the text in the caller's language")
	List<NotificationResource> listNotifications(Authentication authentication) {
		return this.notifications.inbox(recipient(authentication).id())
			.stream()
			.map(notification -> new NotificationResource(notification.id(),
					this.messages.getMessage(notification.messageKey(), notification.messageArguments(),
							LocaleContextHolder.getLocale()),
					notification.link(), notification.createdAt(), notification.readAt()))
			.toList();
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications read")
	ResponseEntity<Void> markNotificationRead(@PathVariable UUID id, Authentication authentication) {
		this.notifications.markRead(recipient(authentication).id(), id);
		return ResponseEntity.noContent().build();
	}

	private StaffMember recipient(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	record NotificationResource(UUID id, String text, String link, java.time.Instant createdAt,
			java.time.Instant readAt) {
	}

}
