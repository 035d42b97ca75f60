package de.weitblick.dialogue.edition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.edition.EditionDetails.AgendaItem;
import de.weitblick.dialogue.edition.EditionDetails.Attachment;
import de.weitblick.dialogue.edition.EditionDetails.Invitation;
import de.weitblick.dialogue.edition.EditionDetails.Table;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.Formats;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and documents an edition of the dialogue: agenda, tables per focus group,
 * invitations by e-mail with reminders, registration and attendance, minutes with
 * attachments. The moderators change it (decided at the edge); the plan, the tables and
 * the minutes are public, the invited people are not.
 */
@Service
@Transactional(readOnly = true)
public class EditionPlanning {

	static final int TITLE_LENGTH = 200;

	static final int TEXT_LENGTH = 2000;

	static final int MINUTES_LENGTH = 100_000;

	static final int ATTACHMENT_BYTES = 20 * 1024 * 1024;

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	/** Mail to invited people is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String mailFrom;

	private final String baseUrl;

	EditionPlanning(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			ObjectProvider<Clock> clock,
			@Value("${weitblick.notifications.mail-from:weitblick@localhost}") String mailFrom,
			@Value("${weitblick.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.mailFrom = mailFrom;
		this.baseUrl = baseUrl;
	}

	/**
	 * @param id must not be null
	 * @param withInvitations whether to include the invited people (moderators only)
	 * @return never null
	 * @throws NotFound when there is no such edition
	 */
	public EditionDetails details(UUID id, boolean withInvitations) {
		record Head(int version, int number, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
				DialogueFormat format, String venue, String description, LocalDate closes, String minutes,
				String minutesBy, Instant minutesAt) {
		}
		Head head = this.jdbc.sql("""
				SELECT version, number, title, held_on, starts_at, ends_at, format, venue, description,
				       registration_closes_on, minutes, minutes_by, minutes_at
				FROM dialogue_edition WHERE id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getInt("version"), rs.getInt("number"), rs.getString("title"),
					rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
					rs.getObject("ends_at", LocalTime.class), DialogueFormat.valueOf(rs.getString("format")),
					rs.getString("venue"), rs.getString("description"),
					rs.getObject("registration_closes_on", LocalDate.class), rs.getString("minutes"),
					rs.getString("minutes_by"), instant(rs.getTimestamp("minutes_at"))))
			.optional()
			.orElseThrow(() -> new NotFound("dialogue.edition.not-found"));
		List<AgendaItem> agenda = this.jdbc.sql(
				"SELECT id, starts_at, title, description FROM dialogue_agenda_item WHERE edition_id = :id ORDER BY starts_at, title")
			.param("id", id)
			.query((rs, n) -> new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("starts_at", LocalTime.class),
					rs.getString("title"), rs.getString("description")))
			.list();
		List<Table> tables = this.jdbc
			.sql("""
					SELECT t.id, t.focus_group, t.title, t.host,
					       (SELECT count(*) FROM dialogue_invitation i WHERE i.table_id = t.id AND i.status = 'REGISTERED') AS registered
					FROM dialogue_table t WHERE t.edition_id = :id ORDER BY t.focus_group, t.title
					""")
			.param("id", id)
			.query((rs, n) -> new Table(rs.getObject("id", UUID.class),
					FocusGroupCode.valueOf(rs.getString("focus_group")), rs.getString("title"), rs.getString("host"),
					rs.getInt("registered")))
			.list();
		List<Invitation> invitations = invitations(id);
		int registered = (int) invitations.stream().filter(i -> i.status() == InvitationStatus.REGISTERED).count();
		int attended = (int) invitations.stream().filter(Invitation::attended).count();
		List<Attachment> attachments = this.jdbc.sql("""
				SELECT id, file_name, content_type, size_bytes, uploaded_at FROM dialogue_attachment
				WHERE edition_id = :id ORDER BY uploaded_at, file_name
				""")
			.param("id", id)
			.query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes"), instant(rs.getTimestamp("uploaded_at"))))
			.list();
		return new EditionDetails(id, head.version(), head.number(), head.title(), head.heldOn(), head.startsAt(),
				head.endsAt(), head.format(), head.venue(), head.description(), head.closes(), agenda, tables,
				withInvitations ? invitations : List.of(), invitations.size(), registered, attended, head.minutes(),
				head.minutesBy(), head.minutesAt(), attachments);
	}

	private List<Invitation> invitations(UUID editionId) {
		return this.jdbc.sql("""
				SELECT id, version, name, email, organisation, status, attended, table_id, invited_at, reminded_at
				FROM dialogue_invitation WHERE edition_id = :id ORDER BY name, email
				""")
			.param("id", editionId)
			.query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("name"),
					rs.getString("email"), rs.getString("organisation"),
					InvitationStatus.valueOf(rs.getString("status")), rs.getBoolean("attended"),
					rs.getObject("table_id", UUID.class), instant(rs.getTimestamp("invited_at")),
					instant(rs.getTimestamp("reminded_at"))))
			.list();
	}

	/**
	 * Sets up the next edition, numbered after the last one.
	 * @return the new edition's identifier, never null
	 * @throws RuleViolation when the title, the day or the format is missing, or a text
	 * is too long
	 */
	@Transactional
	public UUID create(String title, LocalDate heldOn, DialogueFormat format, String venue, String description) {
		String checkedTitle = required("title", title, TITLE_LENGTH);
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "dialogue.rule.day-required");
		}
		if (format == null) {
			throw new RuleViolation("format", "dialogue.rule.format-required");
		}
		String checkedVenue = optional("venue", venue, TITLE_LENGTH);
		if (format != DialogueFormat.DIGITAL && checkedVenue == null) {
			throw new RuleViolation("venue", "dialogue.rule.venue-required");
		}
		UUID id = TimeOrderedIds.next();
		// Serialises numbering against a second moderator setting up an edition at once.
		this.jdbc.sql("LOCK TABLE dialogue_edition IN SHARE ROW EXCLUSIVE MODE").update();
		this.jdbc.sql("""
				INSERT INTO dialogue_edition (id, version, number, title, held_on, format, venue, description)
				SELECT :id, 0, COALESCE(max(number), 0) + 1, :title, :heldOn, :format, :venue, :description
				FROM dialogue_edition
				""")
			.param("id", id)
			.param("title", checkedTitle)
			.param("heldOn", heldOn)
			.param("format", format.name())
			.param("venue", checkedVenue)
			.param("description", optional("description", description, TEXT_LENGTH))
			.update();
		return id;
	}

	/**
	 * Sets the times of the day and the last day of registration.
	 * @throws RuleViolation when the end is not after the start
	 * @throws OptimisticLockingFailureException when someone changed the edition
	 * meanwhile
	 */
	@Transactional
	public void schedule(UUID editionId, int expectedVersion, LocalTime startsAt, LocalTime endsAt,
			LocalDate registrationClosesOn) {
		EditionDetails edition = details(editionId, false);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			throw new RuleViolation("endsAt", "dialogue.rule.ends-after-start");
		}
		if (registrationClosesOn != null && registrationClosesOn.isAfter(edition.heldOn())) {
			throw new RuleViolation("registrationClosesOn", "dialogue.rule.registration-before-edition");
		}
		bump(editionId, expectedVersion, "starts_at = :startsAt, ends_at = :endsAt, registration_closes_on = :closes",
				Map.of("startsAt", nullable(startsAt), "endsAt", nullable(endsAt), "closes",
						nullable(registrationClosesOn)));
	}

	/**
	 * @throws RuleViolation when the title is missing or a text too long
	 */
	@Transactional
	public void addAgendaItem(UUID editionId, LocalTime startsAt, String title, String description) {
		details(editionId, false);
		if (startsAt == null) {
			throw new RuleViolation("startsAt", "dialogue.rule.time-required");
		}
		String checkedTitle = required("title", title, TITLE_LENGTH);
		this.jdbc.sql("""
				INSERT INTO dialogue_agenda_item (id, edition_id, starts_at, title, description)
				VALUES (:id, :edition, :startsAt, :title, :description)
				""")
			.param("id", TimeOrderedIds.next())
			.param("edition", editionId)
			.param("startsAt", startsAt)
			.param("title", checkedTitle)
			.param("description", optional("description", description, TEXT_LENGTH))
			.update();
	}

	@Transactional
	public void removeAgendaItem(UUID editionId, UUID itemId) {
		this.jdbc.sql("DELETE FROM dialogue_agenda_item WHERE id = :id AND edition_id = :edition")
			.param("id", itemId)
			.param("edition", editionId)
			.update();
	}

	/**
	 * Adds a table (workshop) for a focus group.
	 * @throws RuleViolation when the focus group or the title is missing, or the title is
	 * taken
	 */
	@Transactional
	public void addTable(UUID editionId, FocusGroupCode focusGroup, String title, String host) {
		details(editionId, false);
		if (focusGroup == null) {
			throw new RuleViolation("focusGroup", "dialogue.rule.table-focus-group-required");
		}
		String checkedTitle = required("title", title, TITLE_LENGTH);
		try {
			this.jdbc.sql("""
					INSERT INTO dialogue_table (id, edition_id, focus_group, title, host)
					VALUES (:id, :edition, :group, :title, :host)
					""")
				.param("id", TimeOrderedIds.next())
				.param("edition", editionId)
				.param("group", focusGroup.name())
				.param("title", checkedTitle)
				.param("host", optional("host", host, TITLE_LENGTH))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new RuleViolation("title", "dialogue.rule.table-title-taken");
		}
	}

	/**
	 * Invites a person, for an organisation or on their own, and sends the invitation by
	 * e-mail.
	 * @throws RuleViolation when the name or a valid address is missing, or the address
	 * is invited already
	 */
	@Transactional
	public UUID invite(UUID editionId, String name, String email, String organisation, String by) {
		EditionDetails edition = details(editionId, false);
		String checkedName = required("name", name, TITLE_LENGTH);
		String address = required("email", email, 320);
		if (!ADDRESS.matcher(address).matches()) {
			throw new RuleViolation("email", "dialogue.rule.email-invalid");
		}
		UUID id = TimeOrderedIds.next();
		try {
			this.jdbc.sql("""
					INSERT INTO dialogue_invitation (id, version, edition_id, name, email, organisation, status,
					       invited_by, invited_at)
					VALUES (:id, 0, :edition, :name, :email, :organisation, 'INVITED', :by, :at)
					""")
				.param("id", id)
				.param("edition", editionId)
				.param("name", checkedName)
				.param("email", address)
				.param("organisation", optional("organisation", organisation, TITLE_LENGTH))
				.param("by", by)
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException twice) {
			throw new RuleViolation("email", "dialogue.rule.invited-already");
		}
		send(address, "dialogue.mail.invitation.subject", "dialogue.mail.invitation.body", edition, checkedName);
		return id;
	}

	/**
	 * Reminds everybody invited who has not declined of the edition, by e-mail.
	 * @return how many were reminded
	 * @throws RuleViolation when the edition has taken place
	 */
	@Transactional
	public int remind(UUID editionId) {
		EditionDetails edition = details(editionId, false);
		if (edition.heldOn().isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation(null, "dialogue.rule.edition-over");
		}
		List<Invitation> open = invitations(editionId).stream()
			.filter(invitation -> invitation.status() != InvitationStatus.DECLINED)
			.toList();
		for (Invitation invitation : open) {
			send(invitation.email(), "dialogue.mail.reminder.subject", "dialogue.mail.reminder.body", edition,
					invitation.name());
			this.jdbc.sql("UPDATE dialogue_invitation SET reminded_at = :at WHERE id = :id")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("id", invitation.id())
				.update();
		}
		return open.size();
	}

	/**
	 * Records a person's answer, the table they chose and whether they took part.
	 * @throws RuleViolation when someone who has not registered is marked as present, or
	 * the table belongs to another edition
	 * @throws OptimisticLockingFailureException when someone changed the invitation
	 * meanwhile
	 */
	@Transactional
	public void recordAnswer(UUID editionId, UUID invitationId, int expectedVersion, InvitationStatus status,
			UUID tableId, boolean attended) {
		if (status == null) {
			throw new RuleViolation("status", "dialogue.rule.status-required");
		}
		if (attended && status != InvitationStatus.REGISTERED) {
			throw new RuleViolation("attended", "dialogue.rule.attended-needs-registration");
		}
		if (tableId != null
				&& this.jdbc.sql("SELECT count(*) FROM dialogue_table WHERE id = :table AND edition_id = :edition")
					.param("table", tableId)
					.param("edition", editionId)
					.query(Integer.class)
					.single() == 0) {
			throw new RuleViolation("tableId", "dialogue.rule.table-unknown");
		}
		int changed = this.jdbc.sql("""
				UPDATE dialogue_invitation SET status = :status, table_id = :table, attended = :attended,
				       version = version + 1
				WHERE id = :id AND edition_id = :edition AND version = :version
				""")
			.param("status", status.name())
			.param("table", tableId)
			.param("attended", attended)
			.param("id", invitationId)
			.param("edition", editionId)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw stale(this.jdbc.sql("SELECT count(*) FROM dialogue_invitation WHERE id = :id AND edition_id = :e")
				.param("id", invitationId)
				.param("e", editionId)
				.query(Integer.class)
				.single() > 0, "dialogue.invitation.not-found");
		}
	}

	/**
	 * Writes the minutes (Protokoll), replacing the earlier text.
	 * @throws RuleViolation when the text is too long
	 * @throws OptimisticLockingFailureException when someone changed the edition
	 * meanwhile
	 */
	@Transactional
	public void writeMinutes(UUID editionId, int expectedVersion, String minutes, String by) {
		details(editionId, false);
		String text = optional("minutes", minutes, MINUTES_LENGTH);
		bump(editionId, expectedVersion, "minutes = :minutes, minutes_by = :by, minutes_at = :at",
				Map.of("minutes", nullable(text), "by", by, "at", Timestamp.from(this.clock.instant())));
	}

	/**
	 * Attaches a file to the minutes.
	 * @throws RuleViolation when the file is empty, too large or unnamed
	 */
	@Transactional
	public UUID attach(UUID editionId, String fileName, String contentType, byte[] content, String by) {
		details(editionId, false);
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "dialogue.rule.file-empty");
		}
		if (content.length > ATTACHMENT_BYTES) {
			throw new RuleViolation("file", "dialogue.rule.file-too-large");
		}
		String name = (fileName != null) ? fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip() : "";
		if (name.isEmpty()) {
			throw new RuleViolation("file", "dialogue.rule.file-name");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO dialogue_attachment (id, edition_id, file_name, content_type, size_bytes, content,
				       uploaded_by, uploaded_at)
				VALUES (:id, :edition, :name, :type, :size, :content, :by, :at)
				""")
			.param("id", id)
			.param("edition", editionId)
			.param("name", (name.length() > 255) ? name.substring(name.length() - 255) : name)
			.param("type",
					(contentType != null && contentType.length() <= 100) ? contentType : "application/octet-stream")
			.param("size", content.length)
			.param("content", content)
			.param("by", by)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/**
	 * @return the attachment's name, type and content
	 * @throws NotFound when the edition has no such attachment
	 */
	public StoredFile attachment(UUID editionId, UUID attachmentId) {
		return this.jdbc.sql(
				"SELECT file_name, content_type, content FROM dialogue_attachment WHERE id = :id AND edition_id = :edition")
			.param("id", attachmentId)
			.param("edition", editionId)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFound("dialogue.attachment.not-found"));
	}

	/**
	 * A stored file as it is sent back.
	 */
	public record StoredFile(String fileName, String contentType, byte[] content) {

	}

	private void send(String address, String subjectKey, String bodyKey, EditionDetails edition, String name) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		Formats formats = Formats.of(MAIL_LOCALE);
		String place = (edition.venue() != null) ? edition.venue()
				: this.messages.getMessage("dialogue.edition.online", null, MAIL_LOCALE);
		String time = (edition.startsAt() != null) ? formats.time(edition.startsAt()) : "";
		String link = this.baseUrl + "/dialogue/editions/" + edition.id();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.mailFrom);
		message.setTo(address);
		message.setSubject(this.messages.getMessage(subjectKey, new Object[] { edition.title() }, MAIL_LOCALE));
		message.setText(this.messages.getMessage(bodyKey,
				new Object[] { name, edition.title(), formats.date(edition.heldOn()), time, place, link },
				MAIL_LOCALE));
		sender.send(message);
	}

	private void bump(UUID editionId, int expectedVersion, String assignments, Map<String, Object> values) {
		var statement = this.jdbc
			.sql("UPDATE dialogue_edition SET " + assignments
					+ ", version = version + 1 WHERE id = :id AND version = :version")
			.param("id", editionId)
			.param("version", expectedVersion);
		for (Map.Entry<String, Object> value : values.entrySet()) {
			statement = statement.param(value.getKey(), (value.getValue() == NULL) ? null : value.getValue());
		}
		if (statement.update() == 0) {
			throw stale(true, "dialogue.edition.not-found");
		}
	}

	private static final Object NULL = new Object();

	private static Object nullable(Object value) {
		return (value != null) ? value : NULL;
	}

	private static RuntimeException stale(boolean exists, String notFoundKey) {
		return exists ? new OptimisticLockingFailureException("changed in the meantime") : new NotFound(notFoundKey);
	}

	private static String required(String field, String text, int length) {
		String stripped = optional(field, text, length);
		if (stripped == null) {
			throw new RuleViolation(field, "dialogue.rule.required");
		}
		return stripped;
	}

	private static String optional(String field, String text, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > length) {
			throw new RuleViolation(field, "dialogue.rule.too-long", length);
		}
		return stripped;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * @return the focus groups' codes by their order, for the forms; never null
	 */
	public static List<FocusGroupCode> focusGroups() {
		return List.of(FocusGroupCode.values());
	}

}
