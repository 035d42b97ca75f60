package de.weitblick.dialogue.idea;

import java.util.List;
import java.util.Locale;

import de.weitblick.organisation.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an idea's authors and supporters of every step it takes: staff and partners in
 * their inbox (with its mail copy), members of the public by mail to their confirmed
 * address; those who chose the daily digest find the step in it instead
 * ({@link IdeaDigest}). It runs after the step is committed and is retried from the event
 * registry.
 */
@Component
class IdeaNews {

	/** Mail and inbox texts are written in German, the language of the office. */
	private static final Locale LOCALE = Locale.GERMAN;

	private final IdeaPipeline pipeline;

	private final Notifications notifications;

	private final PublicMail mail;

	private final MessageSource messages;

	private final IdeaSettings settings;

	private final IdeaDigest digest;

	IdeaNews(IdeaPipeline pipeline, Notifications notifications, PublicMail mail, MessageSource messages,
			IdeaSettings settings, IdeaDigest digest) {
		this.digest = digest;
		this.pipeline = pipeline;
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(IdeaMoved moved) {
		IdeaPipeline.Recipients recipients = this.pipeline.recipients(moved.ideaId());
		String status = this.messages.getMessage(moved.to().messageKey(), null, LOCALE);
		for (var staffId : recipients.staff()) {
			if (this.digest.collect("staff:" + staffId, moved)) {
				continue;
			}
			this.notifications.notify(staffId, "dialogue.notification.moved", List.of(moved.title(), status),
					"/dialogue/ideas/" + moved.ideaId());
		}
		String link = this.settings.baseUrl() + "/public/dialogue/ideas/" + moved.ideaId();
		for (String address : recipients.addresses()) {
			if (this.digest.collect("mail:" + address, moved)) {
				continue;
			}
			this.mail.send(address,
					this.messages.getMessage("dialogue.mail.moved.subject", new Object[] { moved.title() }, LOCALE),
					this.messages.getMessage("dialogue.mail.moved.body", new Object[] { moved.title(), status, link },
							LOCALE));
		}
	}

}
