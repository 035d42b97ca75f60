package de.weitblick.participant.plan.own;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes what the person changed in the own plan (`plan_own_change`) and reads the latest
 * agreement, for the person's page and the team's.
 */
@Component
class OwnChangeLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnChangeLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Instant record(ParticipantId participant, OwnChangeKind kind, UUID goalId, UUID stepId, String planVersion) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO plan_own_change (id, participant_id, kind, goal_id, step_id, plan_version, happened_at)
				VALUES (:id, :participant, :kind, :goal, :step, :version, :now)
				""")
			.param("id", TimeOrderedIds.next())
			.param("participant", participant.id())
			.param("kind", kind.name())
			.param("goal", goalId)
			.param("step", stepId)
			.param("version", planVersion)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return now;
	}

	/**
	 * @param currentVersion the version of the plan as it stands, must not be null
	 * @return the latest agreement, or empty when the person never agreed
	 */
	Optional<PlanAgreement> latestAgreement(ParticipantId participant, String currentVersion) {
		return this.jdbc.sql("""
				SELECT happened_at, plan_version FROM plan_own_change
				WHERE participant_id = :participant AND kind = 'AGREED'
				ORDER BY happened_at DESC, id DESC LIMIT 1
				""")
			.param("participant", participant.id())
			.query((rs, n) -> new PlanAgreement(rs.getObject("happened_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("plan_version"), rs.getString("plan_version").equals(currentVersion)))
			.optional();
	}

}
