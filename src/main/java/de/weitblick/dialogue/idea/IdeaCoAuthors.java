package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * The co-authors of an idea: invited by an author, an accepted co-author or a moderator,
 * by e-mail address or by account, told by mail or in the inbox, and co-authors once they
 * accept.
 */
@Service
@Transactional(readOnly = true)
public class IdeaCoAuthors {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/** Mail to the public is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaRecords records;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final PublicMail mail;

	private final MessageSource messages;

	private final IdeaSettings settings;

	IdeaCoAuthors(JdbcClient jdbc, Clock clock, IdeaRecords records, OrganisationManagement organisation,
			Notifications notifications, PublicMail mail, MessageSource messages, IdeaSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
		this.organisation = organisation;
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Invites a co-author, by e-mail address or by the user name of an account, who is
	 * told by mail or in the inbox and becomes a co-author on accepting.
	 * @param invitee an e-mail address or a user name
	 * @param by an author, an accepted co-author or a moderator
	 * @throws RuleViolation for an invitee who is neither, or one invited already
	 */
	@Transactional
	public void invite(UUID ideaId, String invitee, Contributor by) {
		Idea idea = this.records.visible(ideaId);
		this.records.mayDevelop(idea, by);
		Texts.required("invitee", invitee, 320);
		String wanted = invitee.strip();
		String key;
		String name;
		StaffMember member = null;
		if (wanted.contains("@")) {
			String email = wanted.toLowerCase(Locale.ROOT);
			if (!ADDRESS.matcher(email).matches()) {
				throw new RuleViolation("invitee", "dialogue.rule.address-invalid");
			}
			key = "mail:" + email;
			name = "";
		}
		else {
			member = this.organisation.staffMember(wanted)
				.orElseThrow(() -> new RuleViolation("invitee", "dialogue.rule.invitee-unknown"));
			key = "staff:" + member.id();
			name = member.displayName();
		}
		if (key.equals(by.supporterKey()) || this.records.isAuthor(idea, inviteeAsContributor(key))) {
			throw new RuleViolation("invitee", "dialogue.rule.co-author-invited-already");
		}
		int added = this.jdbc.sql("""
				INSERT INTO dialogue_co_author (idea_id, co_author, shown_name, invited_at, invited_by)
				VALUES (:id, :key, :name, :now, :by) ON CONFLICT DO NOTHING
				""")
			.param("id", ideaId)
			.param("key", key)
			.param("name", name)
			.param("now", timestamp(this.clock.instant()))
			.param("by", by.name())
			.update();
		if (added == 0) {
			throw new RuleViolation("invitee", "dialogue.rule.co-author-invited-already");
		}
		if (member != null) {
			this.notifications.notify(member.id(), "dialogue.notification.invited", List.of(idea.title()),
					"/public/dialogue/ideas/" + ideaId);
		}
		else {
			String link = this.settings.baseUrl() + "/public/dialogue/ideas/" + ideaId;
			this.mail.send(key.substring(5),
					this.messages.getMessage("dialogue.mail.invited.subject", new Object[] { idea.title() },
							MAIL_LOCALE),
					this.messages.getMessage("dialogue.mail.invited.body", new Object[] { idea.title(), link },
							MAIL_LOCALE));
		}
	}

	private static Contributor inviteeAsContributor(String key) {
		return key.startsWith("mail:") ? Contributor.ofPublic(key.substring(5), "")
				: new Contributor(UUID.fromString(key.substring(6)), null, "", null);
	}

	/**
	 * The invited person accepts and becomes a co-author, shown under the name they give.
	 * @throws RuleViolation when the person is not invited
	 */
	@Transactional
	public void accept(UUID ideaId, Contributor invitee) {
		Idea idea = this.records.visible(ideaId);
		IdeaRecords.refuseMerged(idea);
		int accepted = this.jdbc.sql("""
				UPDATE dialogue_co_author SET accepted_at = :now,
				    shown_name = CASE WHEN shown_name = '' THEN :name ELSE shown_name END
				WHERE idea_id = :id AND co_author = :key AND accepted_at IS NULL
				""")
			.param("now", timestamp(this.clock.instant()))
			.param("name", (invitee.name() != null) ? invitee.name().strip() : "")
			.param("id", ideaId)
			.param("key", invitee.supporterKey())
			.update();
		if (accepted == 0) {
			throw new RuleViolation(null, "dialogue.rule.not-invited");
		}
	}

}
