package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea as its authors develop it further: new versions of its text, each kept with who
 * wrote it and when, their history with what changed, co-authors invited by an author and
 * accepted by themselves, and each person's choice between news at every step and a daily
 * digest.
 */
@Service
@Transactional(readOnly = true)
public class IdeaDevelopment {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/** Mail to the public is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaRecords records;

	private final IdeaAuthorship authorship;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final PublicMail mail;

	private final MessageSource messages;

	private final IdeaSettings settings;

	IdeaDevelopment(JdbcClient jdbc, Clock clock, IdeaRecords records, IdeaAuthorship authorship,
			OrganisationManagement organisation, Notifications notifications, PublicMail mail, MessageSource messages,
			IdeaSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
		this.authorship = authorship;
		this.organisation = organisation;
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Writes a new version of the idea's text; the versions before are kept.
	 * @param expectedVersion the version of the idea the person read
	 * @param by an author, an accepted co-author or a moderator
	 * @return the new version's number
	 * @throws RuleViolation when the person may not revise it, the review started, it was
	 * merged, or a text breaks a rule
	 * @throws OptimisticLockingFailureException when someone changed the idea in the
	 * meantime
	 */
	@Transactional
	public int revise(UUID ideaId, int expectedVersion, IdeaRevision revision, Contributor by) {
		Idea idea = visible(ideaId);
		mayDevelop(idea, by);
		Texts.required("title", revision.title(), IdeaRecords.MAXIMUM_TITLE);
		Texts.required("problem", revision.problem(), IdeaRecords.MAXIMUM_TEXT);
		Texts.required("approach", revision.approach(), IdeaRecords.MAXIMUM_TEXT);
		Texts.optional("targetGroup", revision.targetGroup(), IdeaRecords.MAXIMUM_SHORT_TEXT);
		Texts.optional("partners", revision.partners(), IdeaRecords.MAXIMUM_SHORT_TEXT);
		Texts.optional("note", revision.note(), IdeaRecords.MAXIMUM_REASON);
		if (revision.roughCostEuros() != null && revision.roughCostEuros() < 0) {
			throw new RuleViolation("roughCostEuros", "dialogue.rule.cost-negative");
		}
		IdeaRevision before = IdeaRevision.of(idea);
		IdeaRevision after = new IdeaRevision(revision.title().strip(), revision.problem().strip(),
				revision.approach().strip(), Texts.blankToNull(revision.targetGroup()),
				Texts.blankToNull(revision.partners()), revision.roughCostEuros(), null);
		if (before.equals(after)) {
			throw new RuleViolation(null, "dialogue.rule.version-unchanged");
		}
		int changed = this.jdbc.sql("""
				UPDATE dialogue_idea SET title = :title, problem = :problem, approach = :approach,
				    target_group = :target, partners = :partners, rough_cost_euros = :cost, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("title", after.title())
			.param("problem", after.problem())
			.param("approach", after.approach())
			.param("target", after.targetGroup())
			.param("partners", after.partners())
			.param("cost", after.roughCostEuros())
			.param("id", ideaId)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Idea " + ideaId + " was changed in the meantime");
		}
		int number = this.jdbc
			.sql("SELECT greatest(coalesce(max(number), 0), 1) + 1 FROM dialogue_idea_version WHERE idea_id = :id")
			.param("id", ideaId)
			.query(Integer.class)
			.single();
		if (number == 2) {
			keepFirstVersion(idea);
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
				    rough_cost_euros, written_at, written_by, note)
				VALUES (:id, :number, :title, :problem, :approach, :target, :partners, :cost, :now, :by, :note)
				""")
			.param("id", ideaId)
			.param("number", number)
			.param("title", after.title())
			.param("problem", after.problem())
			.param("approach", after.approach())
			.param("target", after.targetGroup())
			.param("partners", after.partners())
			.param("cost", after.roughCostEuros())
			.param("now", timestamp(this.clock.instant()))
			.param("by", (by.name() != null) ? by.name().strip() : "")
			.param("note", Texts.blankToNull(revision.note()))
			.update();
		return number;
	}

	/**
	 * An idea handed in before versions were kept has its text as handed in only in the
	 * idea itself: it becomes version 1 before the second is written.
	 */
	private void keepFirstVersion(Idea idea) {
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
				    rough_cost_euros, written_at, written_by)
				VALUES (:id, 1, :title, :problem, :approach, :target, :partners, :cost, :at, :by)
				ON CONFLICT DO NOTHING
				""")
			.param("id", idea.id())
			.param("title", idea.title())
			.param("problem", idea.problem())
			.param("approach", idea.approach())
			.param("target", idea.targetGroup())
			.param("partners", idea.partners())
			.param("cost", idea.roughCostEuros())
			.param("at", timestamp(idea.submittedAt()))
			.param("by", idea.authorName())
			.update();
	}

	/**
	 * @param viewer the reader, or null
	 * @param asModerator whether a hidden idea is shown
	 * @return the versions with what changed between them
	 */
	public IdeaHistory history(UUID ideaId, boolean asModerator) {
		Idea idea = this.records.idea(ideaId)
			.filter(found -> asModerator || !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		List<Stored> stored = this.jdbc
			.sql("""
					SELECT number, title, problem, approach, target_group, partners, rough_cost_euros, written_at, written_by,
					       note
					FROM dialogue_idea_version WHERE idea_id = :id ORDER BY number
					""")
			.param("id", ideaId)
			.query((rs, n) -> new Stored(rs.getInt("number"),
					new IdeaRevision(rs.getString("title"), rs.getString("problem"), rs.getString("approach"),
							rs.getString("target_group"), rs.getString("partners"),
							rs.getObject("rough_cost_euros", Long.class), rs.getString("note")),
					rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("written_by")))
			.list();
		if (stored.isEmpty()) {
			stored = List.of(new Stored(1, IdeaRevision.of(idea), idea.submittedAt(), idea.authorName()));
		}
		List<IdeaHistory.Version> versions = new ArrayList<>();
		IdeaRevision previous = new IdeaRevision(null, null, null, null, null, null, null);
		for (Stored version : stored) {
			versions.add(0, new IdeaHistory.Version(version.number(), version.at(), version.by(), version.text().note(),
					changes(previous, version.text())));
			previous = version.text();
		}
		IdeaPage.Development development = this.authorship.of(idea, null, false, false);
		return new IdeaHistory(ideaId, idea.title(), versions, development.mergedFrom(), development.mergedInto());
	}

	private record Stored(int number, IdeaRevision text, Instant at, String by) {
	}

	private static List<IdeaHistory.Change> changes(IdeaRevision before, IdeaRevision after) {
		List<IdeaHistory.Change> changes = new ArrayList<>();
		change(changes, "dialogue.idea.title", before.title(), after.title());
		change(changes, "dialogue.idea.problem", before.problem(), after.problem());
		change(changes, "dialogue.idea.approach", before.approach(), after.approach());
		change(changes, "dialogue.idea.target-group", before.targetGroup(), after.targetGroup());
		change(changes, "dialogue.idea.partners", before.partners(), after.partners());
		change(changes, "dialogue.idea.rough-cost", Objects.toString(before.roughCostEuros(), null),
				Objects.toString(after.roughCostEuros(), null));
		return changes;
	}

	private static void change(List<IdeaHistory.Change> changes, String key, String before, String after) {
		List<TextDifference.Part> parts = TextDifference.between(before, after);
		if (TextDifference.changed(parts)) {
			changes.add(new IdeaHistory.Change(key, parts));
		}
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
		Idea idea = visible(ideaId);
		mayDevelop(idea, by);
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
		Idea idea = visible(ideaId);
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

	/**
	 * Sets whether the person takes the news of their ideas once a day instead of at
	 * every step.
	 */
	@Transactional
	public void chooseNews(Contributor person, boolean dailyDigest) {
		this.jdbc.sql("""
				INSERT INTO dialogue_news_choice (recipient, daily_digest, chosen_at) VALUES (:key, :digest, :now)
				ON CONFLICT (recipient) DO UPDATE SET daily_digest = :digest, chosen_at = :now
				""")
			.param("key", person.supporterKey())
			.param("digest", dailyDigest)
			.param("now", timestamp(this.clock.instant()))
			.update();
	}

	private Idea visible(UUID ideaId) {
		return this.records.idea(ideaId)
			.filter(found -> !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
	}

	private void mayDevelop(Idea idea, Contributor by) {
		if (!by.isModerator() && !this.records.isAuthor(idea, by)) {
			throw new RuleViolation(null, "dialogue.rule.authors-only");
		}
		IdeaRecords.refuseMerged(idea);
		if (!IdeaAuthorship.mayBeRevised(idea)) {
			throw new RuleViolation(null, "dialogue.rule.revisions-closed");
		}
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
