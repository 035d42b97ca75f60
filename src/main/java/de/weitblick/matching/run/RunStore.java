package de.weitblick.matching.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import de.weitblick.matching.Decision;
import de.weitblick.matching.RunScope;
import de.weitblick.matching.RunSettings;
import de.weitblick.matching.ScorePart;
import de.weitblick.matching.UnassignedReason;
import de.weitblick.matching.engine.AssignmentInstance;
import de.weitblick.matching.engine.AssignmentResult;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps matching runs: the run with its progress, its inputs, and its proposals, written
 * together with the run's completion in one transaction, so a run that fails leaves no
 * proposal behind.
 */
@Repository
public class RunStore {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	RunStore(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = transaction;
	}

	/**
	 * Records a run as started.
	 * @param scopeKey what the run works on; one run at a time per scope
	 * @throws RuleViolation when a run on the same scope is under way
	 */
	public void open(UUID id, String scopeKey, String startedBy, Instant at) {
		open(id, scopeKey, new RunSettings(RunScope.TEAM, 0, true, java.util.Map.of()), startedBy, at);
	}

	/**
	 * Records a run as started, with the side constraints it works under.
	 * @param scopeKey what the run works on; one run at a time per scope
	 * @throws RuleViolation when a run on the same scope is under way
	 */
	public void open(UUID id, String scopeKey, RunSettings settings, String startedBy, Instant at) {
		StringBuilder weights = new StringBuilder();
		for (ScorePart part : ScorePart.values()) {
			weights.append((weights.isEmpty()) ? "" : ";").append(part.name()).append('=').append(part.weight());
		}
		try {
			this.jdbc.sql("""
					INSERT INTO matching_run (id, scope_key, scope, quotas, keep_earlier, status, phase, progress,
					    started_by, started_at, weights)
					VALUES (:id, :scopeKey, :scope, :quotas, :keep, 'RUNNING', 'READING', 5, :by, :at, :weights)
					""")
				.param("id", id)
				.param("scopeKey", scopeKey)
				.param("scope", settings.scope().name())
				.param("quotas", settings.quotasText())
				.param("keep", settings.keepEarlier())
				.param("by", startedBy)
				.param("at", java.sql.Timestamp.from(at))
				.param("weights", weights.toString())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation(null, "matching.rule.run-under-way");
		}
	}

	/**
	 * Shows how far a running run is.
	 */
	public void progress(UUID id, String phase, int percent) {
		this.jdbc
			.sql("UPDATE matching_run SET phase = :phase, progress = :progress WHERE id = :id AND status = 'RUNNING'")
			.param("phase", phase)
			.param("progress", percent)
			.param("id", id)
			.update();
	}

	/**
	 * Keeps the run's inputs with it, in one transaction.
	 */
	public void keep(UUID id, RunInputs inputs) {
		this.transaction.executeWithoutResult(status -> {
			StringBuilder rows = new StringBuilder();
			int ordinal = 0;
			for (RunInputs.Candidate candidate : inputs.candidates()) {
				rows.append(id)
					.append('\t')
					.append(ordinal++)
					.append('\t')
					.append(candidate.participantId())
					.append('\t')
					.append(candidate.unassignedCost())
					.append('\t')
					.append(candidate.focusGroups()
						.stream()
						.map(Enum::name)
						.sorted()
						.collect(java.util.stream.Collectors.joining(",")))
					.append('\n');
			}
			Copy.in(this.dataSource, "matching_candidate",
					"run_id, ordinal, participant_id, unassigned_cost, focus_groups", rows);
			rows.setLength(0);
			ordinal = 0;
			for (RunInputs.Place place : inputs.places()) {
				if (place.capacity() < 0) {
					throw new RuleViolation(null, "matching.failure.capacity-negative", place.projectName());
				}
				rows.append(id)
					.append('\t')
					.append(ordinal++)
					.append('\t')
					.append(orNull(place.projectId()))
					.append('\t')
					.append(orNull(place.placePeriodId()))
					.append('\t')
					.append(orNull(place.offerId()))
					.append('\t')
					.append(place.kind())
					.append('\t')
					.append(escape(place.projectName()))
					.append('\t')
					.append(escape(place.periodLabel()))
					.append('\t')
					.append(place.capacity())
					.append('\n');
			}
			Copy.in(this.dataSource, "matching_place",
					"run_id, ordinal, project_id, place_period_id, offer_id, kind, project_name, period_label, capacity",
					rows);
			rows.setLength(0);
			for (RunInputs.Pair pair : inputs.pairs()) {
				rows.append(id)
					.append('\t')
					.append(pair.candidate())
					.append('\t')
					.append(pair.place())
					.append('\t')
					.append(ScoreCard.cost(pair.parts()))
					.append("\t{");
				for (int k = 0; k < pair.parts().length; k++) {
					rows.append((k == 0) ? "" : ",").append(pair.parts()[k]);
				}
				rows.append("}\t").append((pair.earlier() != null) ? pair.earlier().name() : "\\N").append('\n');
			}
			Copy.in(this.dataSource, "matching_arc", "run_id, candidate, place, cost, parts, earlier", rows);
			this.jdbc.sql("UPDATE matching_run SET participants = :n, places = :m, arcs = :arcs WHERE id = :id")
				.param("n", inputs.candidates().size())
				.param("m", inputs.places().size())
				.param("arcs", inputs.pairs().size())
				.param("id", id)
				.update();
		});
	}

	private static Object orNull(Object value) {
		return (value != null) ? value : "\\N";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	/**
	 * Reads a run's kept inputs as the engine's instance: pairs rejected before are left
	 * out, locked ones are forced, open ones of the previous run are kept unless a change
	 * serves clearly better.
	 */
	public Loaded load(UUID id) {
		record Settings(boolean keepEarlier, String quotas) {
		}
		Settings settings = this.jdbc.sql("SELECT keep_earlier, quotas FROM matching_run WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Settings(rs.getBoolean(1), rs.getString(2)))
			.single();
		List<Long> unassigned = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		Copy.out(this.dataSource, "SELECT unassigned_cost, focus_groups FROM matching_candidate WHERE run_id = '" + id
				+ "' ORDER BY ordinal", line -> {
					unassigned.add(Copy.number(line, 0));
					groups.add(Copy.text(line, 1));
				});
		int[] capacities = this.jdbc.sql("SELECT capacity FROM matching_place WHERE run_id = :id ORDER BY ordinal")
			.param("id", id)
			.query(Integer.class)
			.list()
			.stream()
			.mapToInt(Integer::intValue)
			.toArray();
		AssignmentInstance.Builder builder = AssignmentInstance.builder(unassigned.size(), capacities);
		for (int i = 0; i < unassigned.size(); i++) {
			builder.unassigned(i, unassigned.get(i));
		}
		List<Integer> lockedArcs = new ArrayList<>();
		boolean[] hasArc = new boolean[unassigned.size()];
		Copy.out(this.dataSource, "SELECT candidate, place, cost, earlier FROM matching_arc WHERE run_id = '" + id
				+ "' AND earlier IS DISTINCT FROM 'REJECTED'", line -> {
					int candidate = (int) Copy.number(line, 0);
					hasArc[candidate] = true;
					int arc = builder.arc(candidate, (int) Copy.number(line, 1), Copy.number(line, 2));
					String earlier = Copy.text(line, 3);
					if ("LOCKED".equals(earlier)) {
						builder.lock(arc);
						lockedArcs.add(arc);
					}
					else if ("OPEN".equals(earlier) && settings.keepEarlier()) {
						builder.keep(arc, ScoreCard.KEEP_BONUS);
					}
				});
		long seats = java.util.Arrays.stream(capacities).asLongStream().sum();
		int placeable = (int) Math.min(seats, unassigned.size());
		RunSettings.quotasOf(settings.quotas()).forEach((group, percent) -> {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < groups.size(); i++) {
				String own = groups.get(i);
				if (hasArc[i] && own != null && java.util.Arrays.asList(own.split(",")).contains(group.name())) {
					members.add(i);
				}
			}
			int minimum = Math.min(members.size(), (placeable * percent + 99) / 100);
			if (minimum > 0) {
				builder.quota(members.stream().mapToInt(Integer::intValue).toArray(), minimum);
			}
		});
		return new Loaded(builder.build(), lockedArcs);
	}

	/**
	 * A run's instance with the arcs that were locked.
	 */
	public record Loaded(AssignmentInstance instance, List<Integer> lockedArcs) {
	}

	/**
	 * Writes the proposals, each with the reason when there is no place, and completes
	 * the run, in one transaction.
	 */
	public void complete(UUID id, Loaded loaded, AssignmentResult result, Instant at) {
		AssignmentInstance instance = loaded.instance();
		UnassignedReason[] reasons = reasons(instance, result);
		boolean[] locked = new boolean[instance.arcs()];
		loaded.lockedArcs().forEach(arc -> locked[arc] = true);
		StringBuilder rows = new StringBuilder(instance.participants() * 80);
		for (int i = 0; i < instance.participants(); i++) {
			int arc = result.chosenArc()[i];
			rows.append(TimeOrderedIds.next()).append('\t').append(id).append('\t').append(i).append('\t');
			if (arc >= 0) {
				rows.append(instance.arcPlace()[arc])
					.append("\t\\N\t")
					.append(locked[arc] ? Decision.LOCKED : Decision.OPEN)
					.append('\n');
			}
			else {
				rows.append("\\N\t").append(reasons[i]).append('\t').append(Decision.OPEN).append('\n');
			}
		}
		this.transaction.executeWithoutResult(status -> {
			Copy.in(this.dataSource, "matching_proposal", "id, run_id, candidate, place, reason, decision", rows);
			this.jdbc.sql("""
					UPDATE matching_run SET status = 'COMPLETED', phase = 'DONE', progress = 100, finished_at = :at,
					    method = :method, objective = :objective, bound = :bound, solve_millis = :millis,
					    gap_permille = :gap
					WHERE id = :id
					""")
				.param("gap", gapPermille(result))
				.param("at", java.sql.Timestamp.from(at))
				.param("method", result.method().name())
				.param("objective", result.objective())
				.param("bound", result.bound())
				.param("millis", result.solveMillis())
				.param("id", id)
				.update();
		});
	}

	/**
	 * @return the gap between the objective and the solver's bound, in thousandths of the
	 * objective; 0 when proven optimal
	 */
	static int gapPermille(AssignmentResult result) {
		if (result.objective() == result.bound()) {
			return 0;
		}
		return (int) Math.min(1000, Math
			.ceil(1000.0 * Math.abs(result.objective() - result.bound()) / Math.max(1, Math.abs(result.objective()))));
	}

	/**
	 * Why each person without a place has none: no eligible place, every eligible place
	 * without a free seat, or the places went to others.
	 */
	static UnassignedReason[] reasons(AssignmentInstance instance, AssignmentResult result) {
		UnassignedReason[] reasons = new UnassignedReason[instance.participants()];
		boolean[] hasArc = new boolean[instance.participants()];
		boolean[] hasFreeArc = new boolean[instance.participants()];
		for (int a = 0; a < instance.arcs(); a++) {
			int i = instance.arcParticipant()[a];
			hasArc[i] = true;
			if (instance.capacities()[instance.arcPlace()[a]] > 0) {
				hasFreeArc[i] = true;
			}
		}
		for (int i = 0; i < reasons.length; i++) {
			if (result.chosenArc()[i] < 0) {
				reasons[i] = !hasArc[i] ? UnassignedReason.NO_ELIGIBLE_PLACE
						: !hasFreeArc[i] ? UnassignedReason.ALL_FULL : UnassignedReason.OUTRANKED;
			}
		}
		return reasons;
	}

	/**
	 * Ends a run with a message; no proposal is written.
	 */
	public void fail(UUID id, String messageKey, Instant at) {
		this.jdbc.sql("""
				UPDATE matching_run SET status = 'FAILED', phase = 'DONE', failure = :failure, finished_at = :at
				WHERE id = :id AND status = 'RUNNING'
				""").param("failure", messageKey).param("at", java.sql.Timestamp.from(at)).param("id", id).update();
	}

}
