package de.weitblick.matching.run;

import java.time.Clock;
import java.util.UUID;

import de.weitblick.matching.RunScope;
import de.weitblick.matching.engine.AssignmentEngine;
import de.weitblick.matching.engine.AssignmentResult;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Works through matching runs in the background, one after the other, and shows their
 * progress: reading the people and places, keeping them with the run, solving, writing
 * the proposals. A run that cannot be solved ends with a message and without proposals.
 */
@Component
public class RunWorker {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	private final TeamPlaces inputs;

	private final RunStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor;

	private final AssignmentEngine engine = AssignmentEngine.standard();

	RunWorker(TeamPlaces inputs, RunStore store, JdbcClient jdbc, Clock clock) {
		this.inputs = inputs;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setThreadNamePrefix("matching-run-");
		this.executor.initialize();
	}

	/**
	 * Runs that were under way when the process stopped can never finish: they end with a
	 * message, so the team can start a new one.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void endInterruptedRuns() {
		this.jdbc.sql("""
				UPDATE matching_run SET status = 'FAILED', phase = 'DONE', failure = 'matching.failure.interrupted',
				    finished_at = now()
				WHERE status = 'RUNNING' AND started_at < now() - interval '1 minute'
				""").update();
	}

	/**
	 * Has the run worked on in the background.
	 */
	public void submit(UUID id, StaffMember viewer, RunScope scope) {
		this.executor.execute(() -> work(id, viewer, scope));
	}

	void work(UUID id, StaffMember viewer, RunScope scope) {
		try {
			RunInputs read = this.inputs.read(viewer, scope);
			if (read.candidates().isEmpty()) {
				throw new RuleViolation(null, "matching.failure.no-participants");
			}
			if (read.places().isEmpty()) {
				throw new RuleViolation(null,
						(scope == RunScope.OFFERS) ? "matching.failure.no-offers" : "matching.failure.no-places");
			}
			if (read.pairs().isEmpty()) {
				throw new RuleViolation(null, "matching.failure.no-eligible-pair");
			}
			this.store.progress(id, "KEEPING", 30);
			this.store.keep(id, read);
			this.store.progress(id, "SOLVING", 50);
			RunStore.Loaded loaded = this.store.load(id);
			AssignmentResult result = this.engine.solve(loaded.instance());
			if (result.status() == SolveStatus.INFEASIBLE) {
				throw new RuleViolation(null, loaded.instance().quotas().isEmpty()
						? "matching.failure.locks-exceed-capacity" : "matching.failure.quotas-unreachable");
			}
			this.store.progress(id, "WRITING", 80);
			this.store.complete(id, loaded, result, this.clock.instant());
		}
		catch (RuleViolation ex) {
			this.store.fail(id, ex.messageKey(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Matching run {} failed", id, ex);
			this.store.fail(id, "matching.failure.unexpected", this.clock.instant());
		}
	}

}
