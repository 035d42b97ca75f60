package de.weitblick.dialogue.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored ideas as the facades of the dialogue's ideas share them: an idea as stored,
 * who wrote it, the steps of its timeline, and the limits of its texts.
 */
@Component
class IdeaRecords {

	static final int MAXIMUM_TITLE = 200;

	static final int MAXIMUM_TEXT = 4000;

	static final int MAXIMUM_SHORT_TEXT = 1000;

	static final int MAXIMUM_REASON = 500;

	private final JdbcClient jdbc;

	private final IdeaAuthorship authorship;

	IdeaRecords(JdbcClient jdbc, IdeaAuthorship authorship) {
		this.jdbc = jdbc;
		this.authorship = authorship;
	}

	/**
	 * @return the idea as stored, hidden or not
	 */
	Optional<Idea> idea(UUID id) {
		return this.jdbc.sql("SELECT * FROM dialogue_idea WHERE id = :id").param("id", id).query((rs, n) -> {
			Long cost = rs.getObject("rough_cost_euros", Long.class);
			return new Idea(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getObject("edition_id", UUID.class), rs.getString("title"), rs.getString("problem"),
					rs.getString("approach"), rs.getString("target_group"), rs.getString("partners"), cost,
					focusGroups(rs.getString("focus_groups")), IdeaStatus.valueOf(rs.getString("status")),
					instant(rs, "status_since"), instant(rs, "submitted_at"), rs.getString("author_name"),
					rs.getObject("author_staff_id", UUID.class), rs.getString("plain_summary"),
					rs.getString("decision_reasons"), rs.getObject("project_id", UUID.class),
					rs.getString("hidden_reason"), rs.getObject("merged_into", UUID.class));
		}).optional();
	}

	/**
	 * @return the idea, hidden or not
	 * @throws NotFound when there is no such idea
	 */
	Idea existing(UUID id) {
		return idea(id).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
	}

	/**
	 * @return the idea while it is shown
	 * @throws NotFound when there is no such idea or the moderators hid it
	 */
	Idea visible(UUID id) {
		return idea(id).filter(found -> !found.isHidden()).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
	}

	/**
	 * @return whether the person wrote the idea or is one of its accepted co-authors
	 */
	boolean isAuthor(Idea idea, Contributor viewer) {
		if (this.authorship.isCoAuthor(idea.id(), viewer)) {
			return true;
		}
		if (viewer.isPublic()) {
			return viewer.email()
				.equals(this.jdbc.sql("SELECT author_email FROM dialogue_idea WHERE id = :id")
					.param("id", idea.id())
					.query(String.class)
					.optional()
					.orElse(null));
		}
		return viewer.staffId().equals(idea.authorStaffId());
	}

	/**
	 * @throws RuleViolation when the person is neither an author nor a moderator, or the
	 * idea's text may no longer change
	 */
	void mayDevelop(Idea idea, Contributor by) {
		if (!by.isModerator() && !isAuthor(idea, by)) {
			throw new RuleViolation(null, "dialogue.rule.authors-only");
		}
		refuseMerged(idea);
		if (!IdeaAuthorship.mayBeRevised(idea)) {
			throw new RuleViolation(null, "dialogue.rule.revisions-closed");
		}
	}

	/**
	 * Records a step of the idea's public timeline.
	 */
	void step(UUID ideaId, IdeaStatus from, IdeaStatus to, Instant at, String by, String reasons) {
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_step (id, idea_id, from_status, to_status, taken_at, taken_by, reasons)
				VALUES (:id, :idea, :from, :to, :at, :by, :reasons)
				""")
			.param("id", TimeOrderedIds.next())
			.param("idea", ideaId)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("at", timestamp(at))
			.param("by", by)
			.param("reasons", reasons)
			.update();
	}

	/**
	 * Records a merge on an idea's public timeline: its status stays, the step names the
	 * other idea.
	 */
	void mergeStep(UUID ideaId, IdeaStatus status, Instant at, String by, UUID otherId) {
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_step (id, idea_id, from_status, to_status, taken_at, taken_by, merged_idea_id)
				VALUES (:id, :idea, :status, :status, :at, :by, :other)
				""")
			.param("id", TimeOrderedIds.next())
			.param("idea", ideaId)
			.param("status", status.name())
			.param("at", timestamp(at))
			.param("by", by)
			.param("other", otherId)
			.update();
	}

	/**
	 * A merged idea lives on in the one it was merged into: comments and supports go
	 * there.
	 */
	static void refuseMerged(Idea idea) {
		if (idea.isMerged()) {
			throw new RuleViolation(null, "dialogue.rule.merged");
		}
	}

	static boolean mayReview(Contributor viewer) {
		return viewer.isModerator() || viewer.role() == de.weitblick.organisation.Role.CONTROLLING;
	}

	static String shownName(Contributor contributor) {
		return (contributor.name() == null || contributor.name().isBlank()) ? "" : contributor.name().strip();
	}

	static IdeaStatus status(String name) {
		return (name != null) ? IdeaStatus.valueOf(name) : null;
	}

	static List<FocusGroupCode> focusGroups(String codes) {
		return (codes == null || codes.isBlank()) ? List.of()
				: Arrays.stream(codes.split(",")).map(FocusGroupCode::valueOf).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
