package de.weitblick.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives reports of accessibility barriers from anyone, signed in or not (BITV 2.0 §
 * 7), and lists them for the administrator. One address may send only a few reports
 * within a while ({@link FeedbackSettings}), so that a script cannot flood the list; the
 * address itself is never stored.
 */
@Service
@Transactional
public class AccessibilityFeedback {

	/** The longest report accepted. */
	public static final int MAXIMUM_MESSAGE_LENGTH = 4000;

	/** The longest page name accepted. */
	public static final int MAXIMUM_PAGE_LENGTH = 500;

	/** Beyond this many addresses counted, the ones no longer counting are dropped. */
	private static final int ADDRESSES_BEFORE_CLEAN_UP = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FeedbackSettings settings;

	private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

	AccessibilityFeedback(JdbcClient jdbc, Clock clock, FeedbackSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Stores a report.
	 * @param page the page concerned, may be null
	 * @param message required, at most {@value #MAXIMUM_MESSAGE_LENGTH} characters
	 * @param contactEmail may be null
	 * @param language the language of the page it was sent from, must not be null
	 * @param address the sender's network address, only for counting; must not be null
	 * @throws RuleViolation when the message is missing or too long, or the address sent
	 * too many reports lately
	 */
	public void receive(String page, String message, String contactEmail, String language, String address) {
		String text = (message == null) ? "" : message.strip();
		if (text.isEmpty()) {
			throw new RuleViolation("message", "publishing.feedback.rule.message-required");
		}
		if (text.length() > MAXIMUM_MESSAGE_LENGTH || (page != null && page.length() > MAXIMUM_PAGE_LENGTH)) {
			throw new RuleViolation("message", "publishing.feedback.rule.too-long", MAXIMUM_MESSAGE_LENGTH);
		}
		if (!mayStillSend(address)) {
			throw new RuleViolation(null, "publishing.feedback.rule.too-many", this.settings.perAddress(),
					this.settings.window().toMinutes());
		}
		this.jdbc.sql("""
				INSERT INTO accessibility_feedback (id, received_at, page, message, contact_email, language)
				VALUES (:id, :at, :page, :message, :email, :language)
				""")
			.param("id", TimeOrderedIds.next())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("page", blankToNull(page))
			.param("message", text)
			.param("email", blankToNull(contactEmail))
			.param("language", language)
			.update();
	}

	/**
	 * @param limit the most reports returned
	 * @return the latest reports, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<FeedbackReport> latest(int limit) {
		return this.jdbc.sql("""
				SELECT id, received_at, page, message, contact_email, language FROM accessibility_feedback
				ORDER BY received_at DESC, id DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new FeedbackReport(rs.getObject("id", UUID.class),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("page"),
					rs.getString("message"), rs.getString("contact_email"), rs.getString("language")))
			.list();
	}

	/**
	 * Counts this report against the address, unless it already sent as many as allowed
	 * within the window.
	 */
	private boolean mayStillSend(String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.settings.window());
		if (this.sent.size() > ADDRESSES_BEFORE_CLEAN_UP) {
			this.sent.entrySet().removeIf(entry -> {
				synchronized (entry.getValue()) {
					return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(since);
				}
			});
		}
		Deque<Instant> times = this.sent.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
				times.pollFirst();
			}
			if (times.size() >= this.settings.perAddress()) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
