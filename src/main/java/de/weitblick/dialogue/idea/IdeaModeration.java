package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_REASON;
import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_SHORT_TEXT;
import static de.weitblick.dialogue.idea.IdeaRecords.instant;
import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * Moderation of the ideas: anybody reports abusive content, the moderators hide it with a
 * reason or dismiss the report, and their queue holds the open reports and the ideas that
 * sat in one status longer than the configured time.
 */
@Service
@Transactional(readOnly = true)
public class IdeaModeration {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	private final IdeaRecords records;

	private final IdeaSearch search;

	IdeaModeration(JdbcClient jdbc, Clock clock, IdeaSettings settings, IdeaRecords records, IdeaSearch search) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.records = records;
		this.search = search;
	}

	/**
	 * @return the open reports and the ideas that sat too long in one status, for the
	 * moderation queue
	 */
	public ModerationQueue queue() {
		List<ModerationQueue.Report> reports = this.jdbc.sql("""
				SELECT r.id, r.idea_id, i.title, r.comment_id, c.text AS comment_text, r.reason, r.reported_at,
				       coalesce(c.hidden_reason, i.hidden_reason) AS hidden_reason
				FROM dialogue_report r JOIN dialogue_idea i ON i.id = r.idea_id
				LEFT JOIN dialogue_comment c ON c.id = r.comment_id
				WHERE r.settled_at IS NULL ORDER BY r.reported_at
				""")
			.query((rs, n) -> new ModerationQueue.Report(rs.getObject("id", UUID.class),
					rs.getObject("idea_id", UUID.class), rs.getString("title"), rs.getObject("comment_id", UUID.class),
					rs.getString("comment_text"), rs.getString("reason"), instant(rs, "reported_at"),
					rs.getString("hidden_reason")))
			.list();
		List<IdeaSummary> stale = this.search.ideas(IdeaFilter.ALL, true, 10_000)
			.stream()
			.filter(IdeaSummary::stale)
			.toList();
		return new ModerationQueue(reports, stale, this.settings.staleAfter().toDays());
	}

	/**
	 * Reports abusive content to the moderators.
	 * @param commentId the comment reported, or null for the idea itself
	 */
	@Transactional
	public void report(UUID ideaId, UUID commentId, String reason) {
		this.records.existing(ideaId);
		Texts.required("reason", reason, MAXIMUM_SHORT_TEXT);
		if (commentId != null && this.jdbc.sql("SELECT count(*) FROM dialogue_comment WHERE id = :c AND idea_id = :i")
			.param("c", commentId)
			.param("i", ideaId)
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("commentId", "dialogue.rule.unknown-comment");
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_report (id, idea_id, comment_id, reason, reported_at)
				VALUES (:id, :idea, :comment, :reason, :now)
				""")
			.param("id", TimeOrderedIds.next())
			.param("idea", ideaId)
			.param("comment", commentId)
			.param("reason", reason.strip())
			.param("now", timestamp(this.clock.instant()))
			.update();
	}

	/**
	 * Hides an idea or a comment with a reason, or shows it again (reason null), and
	 * settles the open reports about it.
	 * @param commentId the comment, or null for the idea
	 */
	@Transactional
	public void hide(UUID ideaId, UUID commentId, String reason, Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		Texts.optional("reason", reason, MAXIMUM_REASON);
		String hidden = Texts.blankToNull(reason);
		int changed = (commentId == null)
				? this.jdbc
					.sql("UPDATE dialogue_idea SET hidden_reason = :reason, version = version + 1 WHERE id = :id")
					.param("reason", hidden)
					.param("id", ideaId)
					.update()
				: this.jdbc.sql("UPDATE dialogue_comment SET hidden_reason = :reason WHERE id = :c AND idea_id = :id")
					.param("reason", hidden)
					.param("c", commentId)
					.param("id", ideaId)
					.update();
		if (changed == 0) {
			throw new NotFound("dialogue.idea.not-found");
		}
		this.jdbc.sql("""
				UPDATE dialogue_report SET settled_at = :now, settled_by = :by
				WHERE idea_id = :id AND comment_id IS NOT DISTINCT FROM :c AND settled_at IS NULL
				""")
			.param("now", timestamp(this.clock.instant()))
			.param("by", moderator.name())
			.param("id", ideaId)
			.param("c", commentId)
			.update();
	}

	/**
	 * Settles a report without hiding anything.
	 */
	@Transactional
	public void dismissReport(UUID reportId, Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		this.jdbc.sql("UPDATE dialogue_report SET settled_at = :now, settled_by = :by WHERE id = :id")
			.param("now", timestamp(this.clock.instant()))
			.param("by", moderator.name())
			.param("id", reportId)
			.update();
	}

}
