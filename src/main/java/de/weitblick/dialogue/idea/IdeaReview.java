package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * The review (Prüfung) of an idea: each reviewer scores it on the configured criteria
 * independently of the others, and the moderators see the combined, weighted result.
 */
@Service
@Transactional(readOnly = true)
public class IdeaReview {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaRecords records;

	private final ReviewCriteria administered;

	IdeaReview(JdbcClient jdbc, Clock clock, IdeaRecords records, ReviewCriteria administered) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
		this.administered = administered;
	}

	/**
	 * @return the criteria offered to reviewers, in order, with their labels
	 */
	public List<ReviewCriterion> offeredCriteria() {
		return this.administered.offered();
	}

	/**
	 * @return the active review criteria in order, never null
	 */
	public List<String> criteria() {
		return this.jdbc.sql("SELECT code FROM dialogue_review_criterion WHERE active ORDER BY position, code")
			.query(String.class)
			.list();
	}

	/**
	 * Scores the idea under review on the active criteria, independently of the other
	 * reviewers; a second scoring replaces the reviewer's own scores.
	 * @param scores from 1 to 5 by criterion code, must not be null
	 */
	@Transactional
	public void score(UUID ideaId, Map<String, Integer> scores, Contributor reviewer) {
		Idea idea = this.records.existing(ideaId);
		if (reviewer.isPublic() || !IdeaRecords.mayReview(reviewer)) {
			throw new RuleViolation(null, "dialogue.rule.may-not-review");
		}
		if (idea.status() != IdeaStatus.UNDER_REVIEW) {
			throw new RuleViolation(null, "dialogue.rule.not-under-review");
		}
		List<String> criteria = criteria();
		for (Map.Entry<String, Integer> score : scores.entrySet()) {
			if (!criteria.contains(score.getKey())) {
				throw new RuleViolation(null, "dialogue.rule.unknown-criterion");
			}
			if (score.getValue() == null || score.getValue() < 1 || score.getValue() > 5) {
				throw new RuleViolation("scores[" + score.getKey() + "]", "dialogue.rule.score-range");
			}
		}
		Instant now = this.clock.instant();
		for (Map.Entry<String, Integer> score : scores.entrySet()) {
			this.jdbc.sql("""
					INSERT INTO dialogue_review_score (idea_id, reviewer_id, reviewer_name, criterion, score, scored_at)
					VALUES (:idea, :reviewer, :name, :criterion, :score, :now)
					ON CONFLICT (idea_id, reviewer_id, criterion) DO UPDATE SET score = :score, scored_at = :now
					""")
				.param("idea", ideaId)
				.param("reviewer", reviewer.staffId())
				.param("name", reviewer.name())
				.param("criterion", score.getKey())
				.param("score", score.getValue())
				.param("now", timestamp(now))
				.update();
		}
	}

	/**
	 * @param viewer the reader, whose own scores are shown, or null
	 * @return the scores by criterion with the weighted result, for the idea's page
	 */
	IdeaPage.Review of(UUID ideaId, Contributor viewer) {
		Map<String, Integer> own = new LinkedHashMap<>();
		if (viewer != null && viewer.staffId() != null) {
			this.jdbc.sql("SELECT criterion, score FROM dialogue_review_score WHERE idea_id = :id AND reviewer_id = :r")
				.param("id", ideaId)
				.param("r", viewer.staffId())
				.query((rs, n) -> own.put(rs.getString(1), rs.getInt(2)))
				.list();
		}
		// A deactivated criterion stays in the result of the ideas scored on it, so that
		// the result stays explainable from the rows shown.
		List<IdeaPage.CriterionResult> criteria = this.jdbc
			.sql("""
					SELECT c.code, c.label_de, c.label_en, c.weight, c.active, avg(s.score) AS mean, count(s.score) AS scores
					FROM dialogue_review_criterion c
					LEFT JOIN dialogue_review_score s ON s.criterion = c.code AND s.idea_id = :id
					GROUP BY c.code, c.label_de, c.label_en, c.weight, c.active, c.position
					HAVING c.active OR count(s.score) > 0
					ORDER BY c.position, c.code
					""")
			.param("id", ideaId)
			.query((rs, n) -> new IdeaPage.CriterionResult(rs.getString("code"), rs.getString("label_de"),
					rs.getString("label_en"), rs.getInt("weight"),
					rs.getObject("mean") != null ? rs.getDouble("mean") : null, rs.getInt("scores"),
					rs.getBoolean("active")))
			.list();
		List<String> reviewers = this.jdbc
			.sql("SELECT DISTINCT reviewer_name FROM dialogue_review_score WHERE idea_id = :id ORDER BY 1")
			.param("id", ideaId)
			.query(String.class)
			.list();
		double weighted = 0;
		int weights = 0;
		for (IdeaPage.CriterionResult criterion : criteria) {
			if (criterion.mean() != null) {
				weighted += criterion.mean() * criterion.weight();
				weights += criterion.weight();
			}
		}
		return new IdeaPage.Review(criteria, reviewers, (weights > 0) ? weighted / weights : null, own);
	}

}
