package de.weitblick.organisation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff members' inboxes. A notification is stored in the caller's transaction, so it
 * exists exactly when what it reports happened; the e-mail copy follows after the commit
 * ({@link NotificationMail}). A notification names records by link and carries no
 * personal data: whoever follows the link meets the access rules of the page.
 */
@Service
@Transactional
public class Notifications {

	/** The most an inbox page shows. */
	public static final int INBOX_SIZE = 100;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a message into a staff member's inbox.
	 * @param recipientId the staff account, must not be null
	 * @param messageKey the key of the text, must not be null
	 * @param arguments the text's arguments, never personal data; must not be null
	 * @param link the address within the application, may be null
	 * @return the notification's identifier
	 */
	public UUID notify(UUID recipientId, String messageKey, List<String> arguments, String link) {
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO staff_notification (id, recipient_id, message_key, arguments, link, created_at)
				VALUES (:id, :recipient, :key, :arguments, :link, :now)
				""")
			.param("id", id)
			.param("recipient", recipientId)
			.param("key", messageKey)
			.param("arguments", arguments.toArray(String[]::new))
			.param("link", link)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new StaffNotified(id, recipientId, messageKey, arguments, link));
		return id;
	}

	/**
	 * @param recipientId must not be null
	 * @return how many notifications the person has not read yet
	 */
	@Transactional(readOnly = true)
	public int unreadCount(UUID recipientId) {
		return this.jdbc
			.sql("SELECT count(*) FROM staff_notification WHERE recipient_id = :recipient AND read_at IS NULL")
			.param("recipient", recipientId)
			.query(Integer.class)
			.single();
	}

	/**
	 * @param recipientId must not be null
	 * @return the newest notifications first, at most {@link #INBOX_SIZE}; never null
	 */
	@Transactional(readOnly = true)
	public List<Notification> inbox(UUID recipientId) {
		return this.jdbc.sql("""
				SELECT id, message_key, arguments, link, created_at, read_at FROM staff_notification
				WHERE recipient_id = :recipient ORDER BY created_at DESC, id DESC LIMIT :limit
				""").param("recipient", recipientId).param("limit", INBOX_SIZE).query((rs, n) -> {
			String[] arguments = (String[]) rs.getArray("arguments").getArray();
			java.time.OffsetDateTime readAt = rs.getObject("read_at", java.time.OffsetDateTime.class);
			return new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"), List.of(arguments),
					rs.getString("link"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
					(readAt != null) ? readAt.toInstant() : null);
		}).list();
	}

	/**
	 * Marks one of the person's own notifications read; somebody else's is left alone.
	 * @param recipientId must not be null
	 * @param notificationId must not be null
	 */
	public void markRead(UUID recipientId, UUID notificationId) {
		this.jdbc.sql("""
				UPDATE staff_notification SET read_at = :now
				WHERE id = :id AND recipient_id = :recipient AND read_at IS NULL
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", notificationId)
			.param("recipient", recipientId)
			.update();
	}

	/**
	 * Marks all of the person's notifications read.
	 * @param recipientId must not be null
	 */
	public void markAllRead(UUID recipientId) {
		this.jdbc
			.sql("UPDATE staff_notification SET read_at = :now WHERE recipient_id = :recipient AND read_at IS NULL")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("recipient", recipientId)
			.update();
	}

}
