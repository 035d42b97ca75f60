package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.organisation.Notifications;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: authors, co-authors and supporters who chose it get the steps of
 * their ideas once a day, all in one message, instead of one at every step. Members of
 * the public get it by mail, staff and partners in their inbox (with its mail copy).
 */
@Service
@Transactional
public class IdeaDigest {

	/** Mail and inbox texts are written in German, the language of the office. */
	private static final Locale LOCALE = Locale.GERMAN;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Notifications notifications;

	private final PublicMail mail;

	private final MessageSource messages;

	private final IdeaSettings settings;

	IdeaDigest(JdbcClient jdbc, Clock clock, Notifications notifications, PublicMail mail, MessageSource messages,
			IdeaSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Keeps the step for the recipient's next digest, when the recipient chose one.
	 * @param recipient 'staff:&lt;id&gt;' or 'mail:&lt;address&gt;'
	 * @return whether it is kept for the digest; false means tell the recipient now
	 */
	boolean collect(String recipient, IdeaMoved moved) {
		boolean daily = this.jdbc.sql("SELECT daily_digest FROM dialogue_news_choice WHERE recipient = :key")
			.param("key", recipient)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (daily) {
			this.jdbc.sql("""
					INSERT INTO dialogue_digest_item (id, recipient, idea_id, idea_title, to_status, happened_at)
					VALUES (:id, :recipient, :idea, :title, :status, :now)
					""")
				.param("id", TimeOrderedIds.next())
				.param("recipient", recipient)
				.param("idea", moved.ideaId())
				.param("title", moved.title())
				.param("status", moved.to().name())
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		return daily;
	}

	/**
	 * Sends every recipient the steps collected since their last digest, in one message
	 * each, and marks them sent.
	 * @return how many digests were sent
	 */
	public int sendDue() {
		record Item(UUID id, String recipient, UUID ideaId, String title, IdeaStatus to, OffsetDateTime at) {
		}
		List<Item> items = this.jdbc.sql("""
				SELECT id, recipient, idea_id, idea_title, to_status, happened_at FROM dialogue_digest_item
				WHERE sent_at IS NULL ORDER BY recipient, happened_at, id
				""")
			.query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getObject("idea_id", UUID.class), rs.getString("idea_title"),
					IdeaStatus.valueOf(rs.getString("to_status")), rs.getObject("happened_at", OffsetDateTime.class)))
			.list();
		Map<String, List<Item>> byRecipient = new LinkedHashMap<>();
		items.forEach(item -> byRecipient.computeIfAbsent(item.recipient(), key -> new ArrayList<>()).add(item));
		for (Map.Entry<String, List<Item>> digest : byRecipient.entrySet()) {
			List<Item> steps = digest.getValue();
			String lines = steps.stream()
				.map(item -> this.messages.getMessage("dialogue.digest.line",
						new Object[] { item.title(), this.messages.getMessage(item.to().messageKey(), null, LOCALE),
								this.settings.baseUrl() + "/public/dialogue/ideas/" + item.ideaId() },
						LOCALE))
				.collect(Collectors.joining("\n"));
			String recipient = digest.getKey();
			if (recipient.startsWith("staff:")) {
				this.notifications.notify(UUID.fromString(recipient.substring(6)), "dialogue.notification.digest",
						List.of(String.valueOf(steps.size()),
								steps.stream().map(Item::title).distinct().collect(Collectors.joining(", "))),
						"/dialogue/ideas");
			}
			else {
				this.mail.send(recipient.substring(5),
						this.messages.getMessage("dialogue.mail.digest.subject", new Object[] { steps.size() }, LOCALE),
						this.messages.getMessage("dialogue.mail.digest.body", new Object[] { lines }, LOCALE));
			}
			this.jdbc.sql("UPDATE dialogue_digest_item SET sent_at = :now WHERE id IN (:ids)")
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.param("ids", steps.stream().map(Item::id).toList())
				.update();
		}
		return byRecipient.size();
	}

}
