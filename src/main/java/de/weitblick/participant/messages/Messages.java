package de.weitblick.participant.messages;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread between the responsible team and the person (Nachrichten): the
 * counsellors of the team read and write it on the case file, the person in the own area.
 * Whoever reads the thread marks the other side's messages read. Each new message puts a
 * notification into the other side's inbox (to the responsible counsellor, or to the
 * person's account), whose e-mail copy names no person and quotes no text. Every read and
 * every message is audited.
 */
@Service
@Transactional
public class Messages {

	/** The subject type of the audit trail's entries. */
	public static final String SUBJECT_TYPE = "participant";

	private final JdbcClient jdbc;

	private final CaseFileGuard guard;

	private final ParticipantRepository participants;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	Messages(JdbcClient jdbc, CaseFileGuard guard, ParticipantRepository participants, Notifications notifications,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.participants = participants;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The thread as the responsible team reads it; the person's messages become read.
	 * @throws NotFound when the viewer is not of the responsible team; a refusal is
	 * audited
	 */
	public MessageThread thread(ParticipantId id, StaffMember viewer) {
		Participant p = this.guard.changeable(id, viewer);
		this.guard.audit(viewer, AuditAction.READ, SUBJECT_TYPE, id, AuditDetail.of("participant.message.audit.read"));
		markRead(id, true);
		return new MessageThread(id, p.details().givenNames() + " " + p.details().familyName(), true, messages(id));
	}

	/**
	 * A counsellor of the responsible team writes to the person.
	 * @return the message's identifier
	 * @throws RuleViolation for an empty or overlong text
	 */
	public UUID write(ParticipantId id, String text, StaffMember counsellor) {
		this.guard.changeable(id, counsellor);
		String clean = checked(text);
		UUID message = insert(id, false, counsellor.username(), counsellor.displayName(), clean);
		this.guard.audit(counsellor, AuditAction.CREATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.message.audit.written"));
		this.jdbc.sql("""
				SELECT b.account_id FROM portal_account b JOIN staff_account a ON a.id = b.account_id
				WHERE b.participant_id = :id AND b.revoked_at IS NULL AND a.enabled
				""")
			.param("id", id.id())
			.query(UUID.class)
			.optional()
			.ifPresent(account -> this.notifications.notify(account, "participant.message.notification.to-participant",
					List.of(), "/mein-bereich/nachrichten"));
		return message;
	}

	/**
	 * The thread as the person reads it in the own area; the team's messages become read.
	 */
	public MessageThread ownThread(OwnCase own) {
		Participant p = own(own);
		this.audit.recordAction(own.actor(), AuditAction.READ, SUBJECT_TYPE, own.participant().id(), OwnCase.PURPOSE,
				AuditDetail.of("participant.message.audit.read"));
		markRead(own.participant(), false);
		return new MessageThread(own.participant(), p.details().givenNames(), true, messages(own.participant()));
	}

	/**
	 * The person writes to the responsible team; the responsible counsellor is notified.
	 * @return the message's identifier
	 * @throws RuleViolation for an empty or overlong text
	 */
	public UUID writeOwn(OwnCase own, String text) {
		Participant p = own(own);
		String clean = checked(text);
		UUID message = insert(own.participant(), true, own.username(), p.details().givenNames(), clean);
		this.audit.recordAction(own.actor(), AuditAction.CREATE, SUBJECT_TYPE, own.participant().id(), OwnCase.PURPOSE,
				AuditDetail.of("participant.message.audit.written"));
		this.notifications.notify(p.counsellorId(), "participant.message.notification.from-participant", List.of(),
				"/participants/" + own.participant().id() + "/messages");
		return message;
	}

	/**
	 * @return how many of the team's messages the person has not read yet
	 */
	@Transactional(readOnly = true)
	public int unreadByParticipant(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT count(*) FROM participant_message
				WHERE participant_id = :id AND NOT from_participant AND read_at IS NULL
				""").param("id", id.id()).query(Integer.class).single();
	}

	private Participant own(OwnCase own) {
		return this.participants.findById(own.participant().id())
			.orElseThrow(() -> new NotFound("participant.portal.not-bound"));
	}

	private List<Message> messages(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT id, from_participant, author_name, text, written_at, read_at FROM participant_message
				WHERE participant_id = :id ORDER BY written_at DESC, id DESC
				""").param("id", id.id()).query((rs, row) -> {
			java.time.OffsetDateTime read = rs.getObject("read_at", java.time.OffsetDateTime.class);
			return new Message(rs.getObject("id", UUID.class), rs.getBoolean("from_participant"),
					rs.getString("author_name"), rs.getString("text"),
					rs.getObject("written_at", java.time.OffsetDateTime.class).toInstant(),
					(read != null) ? read.toInstant() : null);
		}).list();
	}

	private void markRead(ParticipantId id, boolean fromParticipant) {
		this.jdbc.sql("""
				UPDATE participant_message SET read_at = :now
				WHERE participant_id = :id AND from_participant = :from AND read_at IS NULL
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id.id())
			.param("from", fromParticipant)
			.update();
	}

	private UUID insert(ParticipantId id, boolean fromParticipant, String author, String authorName, String text) {
		UUID message = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO participant_message (id, participant_id, from_participant, author, author_name, text,
				                                 written_at)
				VALUES (:id, :participant, :from, :author, :name, :text, :now)
				""")
			.param("id", message)
			.param("participant", id.id())
			.param("from", fromParticipant)
			.param("author", author)
			.param("name", authorName)
			.param("text", text)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return message;
	}

	private static String checked(String text) {
		String clean = (text == null) ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new RuleViolation("text", "participant.message.rule.empty");
		}
		if (clean.length() > MessageThread.MAXIMUM_LENGTH) {
			throw new RuleViolation("text", "participant.message.rule.too-long", MessageThread.MAXIMUM_LENGTH);
		}
		return clean;
	}

}
