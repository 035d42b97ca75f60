package de.weitblick.award;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury's scoring: each juror scores each nomination once against every criterion of
 * the round, from 0 to 10, independently of the others.
 */
@Service
@Transactional
public class JuryScoring {

	static final int LOWEST = 0;

	static final int HIGHEST = 10;

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final Clock clock;

	JuryScoring(JdbcClient jdbc, Rounds rounds, Clock clock) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.clock = clock;
	}

	/**
	 * Records a juror's scores of one nomination, all criteria at once; nothing is stored
	 * when one of them is refused.
	 * @param nomination must not be null
	 * @param scores the score by criterion, must not be null
	 * @param juror must not be null
	 * @throws RuleViolation for a viewer outside the jury, a round not being judged, a
	 * criterion left out or unknown, a score out of range, or a nomination the juror
	 * scored already
	 */
	public void score(UUID nomination, Map<UUID, Integer> scores, StaffMember juror) {
		UUID roundId = this.jdbc.sql("SELECT round_id FROM award_nomination WHERE id = :id")
			.param("id", nomination)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("award.nomination.not-found"));
		AwardRound round = this.rounds.lock(new AwardRoundId(roundId));
		if (!this.rounds.isJuror(roundId, juror.id())) {
			throw new RuleViolation(null, "award.rule.not-a-juror");
		}
		if (round.status() != RoundStatus.JUDGING) {
			throw new RuleViolation(null, "award.rule.not-judging");
		}
		boolean scored = this.jdbc
			.sql("SELECT count(*) FROM award_score WHERE nomination_id = :nomination AND account_id = :juror")
			.param("nomination", nomination)
			.param("juror", juror.id())
			.query(Integer.class)
			.single() > 0;
		if (scored) {
			throw new RuleViolation(null, "award.rule.scored-twice");
		}
		List<Criterion> criteria = this.rounds.criteria(roundId);
		if (!scores.keySet().equals(criteria.stream().map(Criterion::id).collect(java.util.stream.Collectors.toSet()))
				|| scores.values().stream().anyMatch(java.util.Objects::isNull)) {
			throw new RuleViolation("scores", "award.rule.score-every-criterion");
		}
		for (Criterion criterion : criteria) {
			int score = scores.get(criterion.id());
			if (score < LOWEST || score > HIGHEST) {
				throw new RuleViolation("score-" + criterion.id(), "award.rule.score-out-of-range", criterion.name(),
						LOWEST, HIGHEST);
			}
		}
		for (Criterion criterion : criteria) {
			this.jdbc.sql("""
					INSERT INTO award_score (nomination_id, criterion_id, account_id, score, scored_at)
					VALUES (:nomination, :criterion, :juror, :score, :now)
					""")
				.param("nomination", nomination)
				.param("criterion", criterion.id())
				.param("juror", juror.id())
				.param("score", scores.get(criterion.id()))
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

}
