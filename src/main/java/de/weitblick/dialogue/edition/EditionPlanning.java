package de.weitblick.dialogue.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.edition.EditionDetails.AgendaItem;
import de.weitblick.dialogue.edition.EditionDetails.Attachment;
import de.weitblick.dialogue.edition.EditionDetails.Invitation;
import de.weitblick.dialogue.edition.EditionDetails.Table;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.edition.EditionRecords.TEXT_LENGTH;
import static de.weitblick.dialogue.edition.EditionRecords.TITLE_LENGTH;
import static de.weitblick.dialogue.edition.EditionRecords.instant;
import static de.weitblick.dialogue.edition.EditionRecords.nullable;
import static de.weitblick.dialogue.edition.EditionRecords.optional;
import static de.weitblick.dialogue.edition.EditionRecords.required;

/**
 * Plans an edition of the dialogue: its day, format and place, the agenda and the tables
 * per focus group, and reads the whole edition with its invitations and minutes. The
 * moderators change it (decided at the edge); the plan, the tables and the minutes are
 * public, the invited people are not. Invitations are {@link EditionInvitations}, the
 * minutes {@link EditionMinutes}.
 */
@Service
@Transactional(readOnly = true)
public class EditionPlanning {

	private final JdbcClient jdbc;

	private final EditionRecords records;

	EditionPlanning(JdbcClient jdbc, EditionRecords records) {
		this.jdbc = jdbc;
		this.records = records;
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
		List<Invitation> invitations = this.records.invitations(id);
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
		this.records.bump(editionId, expectedVersion,
				"starts_at = :startsAt, ends_at = :endsAt, registration_closes_on = :closes", Map.of("startsAt",
						nullable(startsAt), "endsAt", nullable(endsAt), "closes", nullable(registrationClosesOn)));
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
	 * @return the focus groups' codes by their order, for the forms; never null
	 */
	public static List<FocusGroupCode> focusGroups() {
		return List.of(FocusGroupCode.values());
	}

}
