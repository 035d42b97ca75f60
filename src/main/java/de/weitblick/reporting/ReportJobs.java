package de.weitblick.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the work of a report run (a funder report or the export of a list) in the
 * background: its progress is stored as it goes, so the page and the API can follow it,
 * and a run that fails is marked failed with nothing to download. The work stores its own
 * files together with the status {@code DONE}, so a run is never done without them.
 */
@Component
class ReportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	private final JdbcClient jdbc;

	private final TaskExecutor executor;

	private final Clock clock;

	ReportJobs(JdbcClient jdbc, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.jdbc = jdbc;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * What a run does once its turn comes.
	 */
	@FunctionalInterface
	interface Work {

		/**
		 * @param progress takes the percent done so far
		 */
		void run(IntConsumer progress);

	}

	/**
	 * Starts the work of a queued run in the background.
	 */
	void start(UUID id, Work work) {
		this.executor.execute(() -> run(id, work));
	}

	/**
	 * Does the work of a queued run now, in the calling thread.
	 */
	void run(UUID id, Work work) {
		try {
			progress(id, 5);
			work.run(percent -> progress(id, percent));
		}
		catch (RuntimeException ex) {
			log.error("Report run {} failed", id, ex);
			this.jdbc.sql("""
					UPDATE report_run SET status = 'FAILED', finished_at = :at, version = version + 1 WHERE id = :id
					""").param("at", Timestamp.from(Instant.now(this.clock))).param("id", id).update();
		}
	}

	private void progress(UUID id, int percent) {
		this.jdbc.sql("UPDATE report_run SET status = 'RUNNING', progress_percent = :percent WHERE id = :id")
			.param("percent", Math.max(0, Math.min(99, percent)))
			.param("id", id)
			.update();
	}

}
