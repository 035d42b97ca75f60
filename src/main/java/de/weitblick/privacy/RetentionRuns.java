package de.weitblick.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of the retention job: what it erased, when, and up to which day.
 */
@Service
public class RetentionRuns {

	private final JdbcClient jdbc;

	private final RetentionSettings settings;

	private final Clock clock;

	RetentionRuns(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the day before which a closed case is due for erasure, never null
	 */
	public LocalDate cutOff() {
		return LocalDate.now(this.clock).minus(this.settings.afterClosing());
	}

	/**
	 * @return how long a closed case is kept, never null
	 */
	public java.time.Period cutOffPeriod() {
		return this.settings.afterClosing();
	}

	/**
	 * Records a run in the caller's transaction, together with what it erased.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String subjectType, int erased, LocalDate cutOff) {
		this.jdbc.sql("""
				INSERT INTO retention_run (id, ran_at, subject_type, erased, cut_off)
				VALUES (:id, :ranAt, :subjectType, :erased, :cutOff)
				""")
			.param("id", TimeOrderedIds.next())
			.param("ranAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("subjectType", subjectType)
			.param("erased", erased)
			.param("cutOff", cutOff)
			.update();
	}

	/**
	 * @param limit at most this many
	 * @return the newest runs first, never null
	 */
	@Transactional(readOnly = true)
	public List<RetentionRun> recent(int limit) {
		return this.jdbc.sql("""
				SELECT ran_at, subject_type, erased, cut_off FROM retention_run ORDER BY ran_at DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new RetentionRun(rs.getObject("ran_at", OffsetDateTime.class).toInstant(),
					rs.getString("subject_type"), rs.getInt("erased"), rs.getObject("cut_off", LocalDate.class)))
			.list();
	}

}
