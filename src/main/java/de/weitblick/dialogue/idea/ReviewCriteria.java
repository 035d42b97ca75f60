package de.weitblick.dialogue.idea;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' administration of the review criteria: their labels, weights, order and
 * whether they are offered to reviewers. The first criteria keep their labels in the
 * message bundles ({@code dialogue.review.criterion.<code>}) until a moderator changes
 * them; then, like every criterion added here, they carry them in their row. A criterion
 * is never deleted; deactivating it leaves its scores and their part in the results of
 * the ideas already scored on it. Weights count as they are now: the combined result is
 * computed when it is read. Who may call it is decided at the edge (the moderation).
 */
@Service
@Transactional(readOnly = true)
public class ReviewCriteria {

	static final int LABEL_LENGTH = 200;

	static final int MAX_WEIGHT = 100;

	static final int MAX_POSITION = 999;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ReviewCriteria(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * @return every criterion, active or not, in order, with the number of scores on it
	 */
	public List<ReviewCriterion> all() {
		return list("TRUE");
	}

	/**
	 * @return the criteria offered to reviewers, in order
	 */
	public List<ReviewCriterion> offered() {
		return list("c.active");
	}

	/**
	 * @throws NotFound when there is no such criterion
	 */
	public ReviewCriterion criterion(String code) {
		return all().stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("dialogue.criterion.not-found"));
	}

	/**
	 * Adds an active criterion.
	 * @throws RuleViolation for a malformed or known code, a blank label, or a weight or
	 * position out of range; nothing is stored then
	 */
	@Transactional
	public ReviewCriterion add(String code, String labelDe, String labelEn, Integer weight, Integer position) {
		String name = (code != null) ? code.strip() : "";
		if (!CODE.matcher(name).matches()) {
			throw new RuleViolation("code", "dialogue.rule.criterion-code");
		}
		Values values = checked(labelDe, labelEn, weight, position);
		boolean known = this.jdbc.sql("SELECT count(*) FROM dialogue_review_criterion WHERE code = :code")
			.param("code", name)
			.query(Integer.class)
			.single() > 0;
		if (known) {
			throw new RuleViolation("code", "dialogue.rule.criterion-known");
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_review_criterion (code, position, weight, active, label_de, label_en, version)
				VALUES (:code, :position, :weight, TRUE, :de, :en, 0)
				""")
			.param("code", name)
			.param("position", values.position())
			.param("weight", values.weight())
			.param("de", values.labelDe())
			.param("en", values.labelEn())
			.update();
		return criterion(name);
	}

	/**
	 * Changes a criterion's labels, weight, position and whether it is offered.
	 * @param version the version read, for the check against concurrent edits
	 * @throws RuleViolation for a blank label or a weight or position out of range
	 * @throws OptimisticLockingFailureException when it was changed since
	 * @throws NotFound when there is no such criterion
	 */
	@Transactional
	public ReviewCriterion change(String code, int version, String labelDe, String labelEn, Integer weight,
			Integer position, boolean active) {
		criterion(code);
		Values values = checked(labelDe, labelEn, weight, position);
		int changed = this.jdbc.sql("""
				UPDATE dialogue_review_criterion
				SET label_de = :de, label_en = :en, weight = :weight, position = :position, active = :active,
				    version = version + 1
				WHERE code = :code AND version = :version
				""")
			.param("de", values.labelDe())
			.param("en", values.labelEn())
			.param("weight", values.weight())
			.param("position", values.position())
			.param("active", active)
			.param("code", code)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"review criterion " + code + " changed since version " + version);
		}
		return criterion(code);
	}

	/**
	 * Offers a criterion to reviewers again, or no longer; its scores stay either way.
	 */
	@Transactional
	public ReviewCriterion setActive(String code, int version, boolean active) {
		ReviewCriterion criterion = criterion(code);
		return change(code, version, criterion.labelDe(), criterion.labelEn(), criterion.weight(), criterion.position(),
				active);
	}

	private List<ReviewCriterion> list(String condition) {
		return this.jdbc.sql("""
				SELECT c.code, c.position, c.label_de, c.label_en, c.weight, c.active, c.version,
				       (SELECT count(*) FROM dialogue_review_score s WHERE s.criterion = c.code) AS scores
				FROM dialogue_review_criterion c WHERE %s ORDER BY c.position, c.code
				""".formatted(condition))
			.query((rs, n) -> new ReviewCriterion(rs.getString("code"), rs.getInt("position"),
					labelOf(rs.getString("code"), rs.getString("label_de"), Locale.GERMAN),
					labelOf(rs.getString("code"), rs.getString("label_en"), Locale.ENGLISH), rs.getInt("weight"),
					rs.getBoolean("active"), rs.getInt("version"), rs.getInt("scores")))
			.list();
	}

	private String labelOf(String code, String stored, Locale locale) {
		if (stored != null) {
			return stored;
		}
		return this.messages.getMessage("dialogue.review.criterion." + code, null, code, locale);
	}

	private static Values checked(String labelDe, String labelEn, Integer weight, Integer position) {
		String de = (labelDe != null) ? labelDe.strip() : "";
		String en = (labelEn != null) ? labelEn.strip() : "";
		if (de.isEmpty() || de.length() > LABEL_LENGTH) {
			throw new RuleViolation("labelDe", "dialogue.rule.criterion-label", LABEL_LENGTH);
		}
		if (en.isEmpty() || en.length() > LABEL_LENGTH) {
			throw new RuleViolation("labelEn", "dialogue.rule.criterion-label", LABEL_LENGTH);
		}
		if (weight == null || weight < 1 || weight > MAX_WEIGHT) {
			throw new RuleViolation("weight", "dialogue.rule.criterion-weight", MAX_WEIGHT);
		}
		if (position == null || position < 1 || position > MAX_POSITION) {
			throw new RuleViolation("position", "dialogue.rule.criterion-position", MAX_POSITION);
		}
		return new Values(de, en, weight, position);
	}

	private record Values(String labelDe, String labelEn, int weight, int position) {
	}

}
