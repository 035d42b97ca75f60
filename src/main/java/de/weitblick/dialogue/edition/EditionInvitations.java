package de.weitblick.dialogue.edition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.dialogue.edition.EditionDetails.Invitation;
import de.weitblick.shared.Formats;
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

import static de.weitblick.dialogue.edition.EditionRecords.TITLE_LENGTH;
import static de.weitblick.dialogue.edition.EditionRecords.optional;
import static de.weitblick.dialogue.edition.EditionRecords.required;
import static de.weitblick.dialogue.edition.EditionRecords.stale;

/**
 * The people invited to an edition: invitations and reminders by e-mail (over the
 * configured SMTP server, or into the local outbox), their answers, the table they chose
 * and whether they took part. The moderators change them (decided at the edge).
 */
@Service
@Transactional(readOnly = true)
public class EditionInvitations {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	/** Mail to invited people is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final JdbcClient jdbc;

	private final EditionPlanning planning;

	private final EditionRecords records;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String mailFrom;

	private final String baseUrl;

	EditionInvitations(JdbcClient jdbc, EditionPlanning planning, EditionRecords records,
			ObjectProvider<JavaMailSender> mail, MessageSource messages, ObjectProvider<Clock> clock,
			@Value("${weitblick.notifications.mail-from:weitblick@localhost}") String mailFrom,
			@Value("${weitblick.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.planning = planning;
		this.records = records;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.mailFrom = mailFrom;
		this.baseUrl = baseUrl;
	}

	/**
	 * Invites a person, for an organisation or on their own, and sends the invitation by
	 * e-mail.
	 * @throws RuleViolation when the name or a valid address is missing, or the address
	 * is invited already
	 */
	@Transactional
	public UUID invite(UUID editionId, String name, String email, String organisation, String by) {
		EditionDetails edition = this.planning.details(editionId, false);
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
		EditionDetails edition = this.planning.details(editionId, false);
		if (edition.heldOn().isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation(null, "dialogue.rule.edition-over");
		}
		List<Invitation> open = this.records.invitations(editionId)
			.stream()
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

}
