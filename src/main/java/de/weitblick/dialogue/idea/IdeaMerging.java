package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator merges a duplicate idea into the one it repeats, of the same edition or of
 * an earlier one (the older idea goes on). Nothing is lost: the duplicate keeps its
 * versions and timeline and shows where it went; its comments move with a trace of where
 * they were written; its supports are added to the other idea, where a person who
 * supported both counts once; its authors become co-authors. The merge is a step on both
 * ideas' public timelines, with date and moderator.
 */
@Service
@Transactional(readOnly = true)
public class IdeaMerging {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaRecords records;

	IdeaMerging(JdbcClient jdbc, Clock clock, IdeaRecords records) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
	}

	/**
	 * @param duplicateId the idea merged away, must not be null
	 * @param expectedVersion the duplicate's version the moderator read
	 * @param intoId the idea that goes on, must not be null
	 * @return what moved
	 * @throws RuleViolation when the person does not moderate, the ideas are the same,
	 * either was merged already, or the idea that goes on belongs to a later edition
	 * @throws OptimisticLockingFailureException when someone changed the duplicate in the
	 * meantime
	 */
	@Transactional
	public Merged merge(UUID duplicateId, int expectedVersion, UUID intoId, Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		if (intoId == null) {
			throw new RuleViolation("intoId", "dialogue.rule.merge-target-required");
		}
		if (duplicateId.equals(intoId)) {
			throw new RuleViolation("intoId", "dialogue.rule.merge-itself");
		}
		Idea duplicate = this.records.idea(duplicateId).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		Idea into = this.records.idea(intoId)
			.orElseThrow(() -> new RuleViolation("intoId", "dialogue.rule.merge-target-unknown"));
		if (duplicate.isMerged() || into.isMerged()) {
			throw new RuleViolation("intoId", "dialogue.rule.merged");
		}
		if (!duplicate.editionId().equals(into.editionId())
				&& editionNumber(into.editionId()) > editionNumber(duplicate.editionId())) {
			throw new RuleViolation("intoId", "dialogue.rule.merge-into-older-edition");
		}
		if (duplicate.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Idea " + duplicateId + " was changed in the meantime");
		}
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int comments = this.jdbc.sql("""
				UPDATE dialogue_comment SET idea_id = :into, moved_from = coalesce(moved_from, :from)
				WHERE idea_id = :from
				""").param("into", intoId).param("from", duplicateId).update();
		this.jdbc.sql("""
				UPDATE dialogue_report SET idea_id = :into
				WHERE idea_id = :from AND comment_id IS NOT NULL
				""").param("into", intoId).param("from", duplicateId).update();
		int supports = this.jdbc.sql("SELECT count(*) FROM dialogue_support WHERE idea_id = :from")
			.param("from", duplicateId)
			.query(Integer.class)
			.single();
		int supportsMoved = this.jdbc
			.sql("""
					INSERT INTO dialogue_support (idea_id, supporter, stakeholder_group, supported_at, moved_from)
					SELECT :into, supporter, stakeholder_group, supported_at, :from FROM dialogue_support WHERE idea_id = :from
					ON CONFLICT (idea_id, supporter) DO NOTHING
					""")
			.param("into", intoId)
			.param("from", duplicateId)
			.update();
		int coAuthors = this.jdbc.sql("""
				INSERT INTO dialogue_co_author (idea_id, co_author, shown_name, invited_at, invited_by, accepted_at,
				    moved_from)
				SELECT :into, CASE WHEN author_staff_id IS NOT NULL THEN 'staff:' || author_staff_id
				                   ELSE 'mail:' || author_email END,
				       author_name, :now, :by, :now, :from
				FROM dialogue_idea WHERE id = :from AND (author_staff_id IS NOT NULL OR author_email IS NOT NULL)
				UNION ALL
				SELECT :into, co_author, shown_name, invited_at, invited_by, accepted_at, :from
				FROM dialogue_co_author WHERE idea_id = :from
				ON CONFLICT (idea_id, co_author) DO NOTHING
				""")
			.param("into", intoId)
			.param("from", duplicateId)
			.param("now", now)
			.param("by", moderator.name())
			.update();
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_goal (idea_id, goal_id)
				SELECT :into, goal_id FROM dialogue_idea_goal WHERE idea_id = :from ON CONFLICT DO NOTHING
				""").param("into", intoId).param("from", duplicateId).update();
		this.jdbc.sql("UPDATE dialogue_idea SET merged_into = :into, version = version + 1 WHERE id = :from")
			.param("into", intoId)
			.param("from", duplicateId)
			.update();
		this.jdbc.sql("UPDATE dialogue_idea SET version = version + 1 WHERE id = :into").param("into", intoId).update();
		this.records.mergeStep(duplicateId, duplicate.status(), now.toInstant(), moderator.name(), intoId);
		this.records.mergeStep(intoId, into.status(), now.toInstant(), moderator.name(), duplicateId);
		this.jdbc
			.sql("""
					INSERT INTO dialogue_idea_merge (merged_id, into_id, merged_at, merged_by, comments_moved, supports_moved,
					    supports_counted_once, co_authors_moved)
					VALUES (:from, :into, :now, :by, :comments, :supports, :once, :coAuthors)
					""")
			.param("from", duplicateId)
			.param("into", intoId)
			.param("now", now)
			.param("by", moderator.name())
			.param("comments", comments)
			.param("supports", supportsMoved)
			.param("once", supports - supportsMoved)
			.param("coAuthors", coAuthors)
			.update();
		return new Merged(comments, supportsMoved, supports - supportsMoved, coAuthors);
	}

	private int editionNumber(UUID editionId) {
		return this.jdbc.sql("SELECT number FROM dialogue_edition WHERE id = :id")
			.param("id", editionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * What a merge moved.
	 *
	 * @param comments the comments moved with their answers
	 * @param supports the supports added to the idea that goes on
	 * @param countedOnce the supports of people who supported both, counted once
	 * @param coAuthors the authors and co-authors who became co-authors
	 */
	public record Merged(int comments, int supports, int countedOnce, int coAuthors) {
	}

}
