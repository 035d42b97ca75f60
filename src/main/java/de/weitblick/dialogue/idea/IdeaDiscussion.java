package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_TEXT;
import static de.weitblick.dialogue.idea.IdeaRecords.shownName;
import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * The discussion of an idea: threaded comments, with a limit per hour and person, and
 * supports, one per person and counted by stakeholder group, withdrawable until the
 * review starts.
 */
@Service
@Transactional(readOnly = true)
public class IdeaDiscussion {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	private final IdeaRecords records;

	IdeaDiscussion(JdbcClient jdbc, Clock clock, IdeaSettings settings, IdeaRecords records) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.records = records;
	}

	/**
	 * Writes a comment, or an answer to one.
	 * @param parentId the comment answered, or null for a new thread
	 * @return the comment's identifier
	 * @throws RuleViolation for an empty or too long text, too many comments within the
	 * hour, or an answer to a comment of another idea
	 */
	@Transactional
	public UUID comment(UUID ideaId, UUID parentId, String text, Contributor author) {
		Idea idea = this.records.visible(ideaId);
		IdeaRecords.refuseMerged(idea);
		Texts.required("text", text, MAXIMUM_TEXT);
		if (parentId != null && this.jdbc.sql("SELECT count(*) FROM dialogue_comment WHERE id = :p AND idea_id = :i")
			.param("p", parentId)
			.param("i", idea.id())
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("parentId", "dialogue.rule.unknown-comment");
		}
		Instant now = this.clock.instant();
		int lastHour = this.jdbc.sql("""
				SELECT count(*) FROM dialogue_comment
				WHERE written_at > :since AND (author_email = :email OR author_staff_id = :staff)
				""")
			.param("since", timestamp(now.minus(1, ChronoUnit.HOURS)))
			.param("email", author.email())
			.param("staff", author.staffId())
			.query(Integer.class)
			.single();
		if (lastHour >= this.settings.commentsPerHour()) {
			throw new RuleViolation("text", "dialogue.rule.too-many-comments", this.settings.commentsPerHour());
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO dialogue_comment (id, idea_id, parent_id, author_name, author_staff_id, author_email, text,
				    written_at)
				VALUES (:id, :idea, :parent, :name, :staff, :email, :text, :now)
				""")
			.param("id", id)
			.param("idea", ideaId)
			.param("parent", parentId)
			.param("name", shownName(author))
			.param("staff", author.staffId())
			.param("email", author.email())
			.param("text", text.strip())
			.param("now", timestamp(now))
			.update();
		return id;
	}

	/**
	 * Supports the idea, once per person, until the review starts.
	 * @throws RuleViolation when the person supports it already or the review started
	 */
	@Transactional
	public void support(UUID ideaId, StakeholderGroup group, Contributor supporter) {
		Idea idea = this.records.visible(ideaId);
		IdeaRecords.refuseMerged(idea);
		if (!idea.status().takesSupports()) {
			throw new RuleViolation(null, "dialogue.rule.supports-closed");
		}
		StakeholderGroup counted = supporter.isPublic() ? StakeholderGroup.PUBLIC : group;
		if (counted == null) {
			throw new RuleViolation("group", "dialogue.rule.group-required");
		}
		int added = this.jdbc.sql("""
				INSERT INTO dialogue_support (idea_id, supporter, stakeholder_group, supported_at)
				VALUES (:idea, :supporter, :group, :now) ON CONFLICT DO NOTHING
				""")
			.param("idea", ideaId)
			.param("supporter", supporter.supporterKey())
			.param("group", counted.name())
			.param("now", timestamp(this.clock.instant()))
			.update();
		if (added == 0) {
			throw new RuleViolation(null, "dialogue.rule.supported-already");
		}
	}

	/**
	 * Withdraws the person's support, until the review starts.
	 * @throws RuleViolation when the review started or the person did not support it
	 */
	@Transactional
	public void withdrawSupport(UUID ideaId, Contributor supporter) {
		Idea idea = this.records.existing(ideaId);
		if (!idea.status().takesSupports()) {
			throw new RuleViolation(null, "dialogue.rule.supports-closed");
		}
		int removed = this.jdbc.sql("DELETE FROM dialogue_support WHERE idea_id = :idea AND supporter = :supporter")
			.param("idea", ideaId)
			.param("supporter", supporter.supporterKey())
			.update();
		if (removed == 0) {
			throw new RuleViolation(null, "dialogue.rule.not-supported");
		}
	}

}
