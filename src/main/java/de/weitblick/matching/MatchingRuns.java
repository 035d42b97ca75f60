package de.weitblick.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.matching.run.RunStore;
import de.weitblick.matching.run.RunWorker;
import de.weitblick.matching.run.ScoreCard;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's facade: a counsellor starts a matching run over the team's people
 * and the places of the running projects, follows its progress, reads the proposals with
 * their scores broken into parts and the reasons for those without a place. Deciding the
 * proposals is {@link ProposalDecisions}.
 */
@Service
public class MatchingRuns {

	private final RunStore store;

	private final RunWorker worker;

	private final ParticipantDirectory participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MatchingSettings settings;

	MatchingRuns(RunStore store, RunWorker worker, ParticipantDirectory participants, JdbcClient jdbc, Clock clock,
			MatchingSettings settings) {
		this.settings = settings;
		this.store = store;
		this.worker = worker;
		this.participants = participants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether the viewer may start and decide matching runs: counsellors, for
	 * their team
	 */
	public boolean mayMatch(StaffMember viewer) {
		return MatchingAccess.mayMatch(viewer);
	}

	/**
	 * Starts a matching run over the viewer's team in the background.
	 * @return the run, to follow its progress
	 * @throws RuleViolation when the viewer may not match, or a run of the team is under
	 * way
	 */
	public MatchingRunId start(StaffMember viewer) {
		return start(viewer, RunScope.TEAM);
	}

	/**
	 * Starts a matching run of the viewer's team over the scope in the background, under
	 * the team's side constraints for the scope.
	 * @return the run, to follow its progress
	 * @throws RuleViolation when the viewer may not match, or a run of the team over the
	 * scope is under way
	 */
	public MatchingRunId start(StaffMember viewer, RunScope scope) {
		if (!mayMatch(viewer)) {
			throw new RuleViolation(null, "matching.rule.may-not-match");
		}
		UUID id = TimeOrderedIds.next();
		this.store.open(id, scope.keyOf(viewer), this.settings.of(viewer, scope), viewer.username(),
				this.clock.instant());
		this.worker.submit(id, viewer, scope);
		return new MatchingRunId(id);
	}

	/**
	 * @return the runs of the viewer's team, the latest first, without their proposals
	 */
	public List<MatchingRunView> runs(StaffMember viewer) {
		if (!mayMatch(viewer)) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT * FROM matching_run WHERE scope_key IN (:scopes) ORDER BY started_at DESC LIMIT 50")
			.param("scopes", MatchingAccess.scopes(viewer))
			.query((rs, n) -> run(rs, List.of()))
			.list();
	}

	/**
	 * A run with its proposals: the placed first, by score, then those without a place.
	 * Every person shown is written to the audit trail.
	 * @return empty when there is no such run of the viewer's team
	 */
	@Transactional
	public Optional<MatchingRunView> run(MatchingRunId id, StaffMember viewer) {
		if (!mayMatch(viewer)) {
			return Optional.empty();
		}
		Optional<MatchingRunView> found = this.jdbc
			.sql("SELECT * FROM matching_run WHERE id = :id AND scope_key IN (:scopes)")
			.param("id", id.id())
			.param("scopes", MatchingAccess.scopes(viewer))
			.query((rs, n) -> run(rs, List.of()))
			.optional();
		if (found.isEmpty() || found.get().status() != RunStatus.COMPLETED) {
			return found;
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT pr.id, pr.version, c.participant_id, p.project_id, p.place_period_id, p.offer_id, p.kind,
				       p.project_name, p.period_label, a.parts, pr.reason, pr.decision, pr.decided_by, pr.enrolment_id,
				       pr.placement_id
				FROM matching_proposal pr
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				LEFT JOIN matching_place p ON p.run_id = pr.run_id AND p.ordinal = pr.place
				LEFT JOIN matching_arc a ON a.run_id = pr.run_id AND a.candidate = pr.candidate AND a.place = pr.place
				WHERE pr.run_id = :id
				""").param("id", id.id()).query((rs, n) -> row(rs)).list();
		Map<ParticipantId, String> names = this.participants.names(
				rows.stream().map(row -> new ParticipantId(row.participantId())).toList(), MatchingAccess.actor(viewer),
				AccessPurpose.CASE_WORK);
		List<MatchingRunView.Proposal> proposals = new ArrayList<>();
		for (Row row : rows) {
			List<MatchingRunView.Part> parts = new ArrayList<>();
			Integer score = null;
			if (row.parts() != null) {
				ScorePart[] all = ScorePart.values();
				for (int k = 0; k < all.length; k++) {
					parts.add(
							new MatchingRunView.Part(all[k], row.parts()[k], ScoreCard.points(all[k], row.parts()[k])));
				}
				score = ScoreCard.score(row.parts());
			}
			proposals.add(new MatchingRunView.Proposal(row.id(), row.version(), row.participantId(),
					names.getOrDefault(new ParticipantId(row.participantId()), ""), row.projectId(),
					row.placePeriodId(), row.offerId(), row.kind(), row.projectName(), row.periodLabel(), score, parts,
					row.reason(), row.decision(), row.decidedBy(), row.enrolmentId(), row.placementId()));
		}
		proposals.sort(Comparator.comparing((MatchingRunView.Proposal proposal) -> proposal.score() == null)
			.thenComparing(proposal -> (proposal.score() != null) ? -proposal.score() : 0)
			.thenComparing(MatchingRunView.Proposal::name));
		MatchingRunView run = found.get();
		return Optional
			.of(new MatchingRunView(run.id(), run.scope(), run.status(), run.phase(), run.progress(), run.startedBy(),
					run.startedAt(), run.finishedAt(), run.participants(), run.places(), run.pairs(), run.optimal(),
					run.gapPermille(), run.quotas(), run.keepEarlier(), run.solveMillis(), run.failure(), proposals));
	}

	private static MatchingRunView run(ResultSet rs, List<MatchingRunView.Proposal> proposals) throws SQLException {
		Long objective = (Long) rs.getObject("objective");
		Long bound = (Long) rs.getObject("bound");
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		return new MatchingRunView(rs.getObject("id", UUID.class), RunScope.valueOf(rs.getString("scope")),
				RunStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getInt("progress"),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, rs.getInt("participants"), rs.getInt("places"),
				rs.getInt("arcs"), objective != null && objective.equals(bound), (Integer) rs.getObject("gap_permille"),
				RunSettings.quotasOf(rs.getString("quotas")), rs.getBoolean("keep_earlier"),
				(Long) rs.getObject("solve_millis"), rs.getString("failure"), proposals);
	}

	private static Row row(ResultSet rs) throws SQLException {
		Array parts = rs.getArray("parts");
		int[] values = null;
		if (parts != null) {
			Object[] raw = (Object[]) parts.getArray();
			values = new int[raw.length];
			for (int k = 0; k < raw.length; k++) {
				values[k] = ((Number) raw[k]).intValue();
			}
		}
		String reason = rs.getString("reason");
		return new Row(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("participant_id", UUID.class),
				rs.getObject("project_id", UUID.class), rs.getObject("place_period_id", UUID.class),
				rs.getObject("offer_id", UUID.class), rs.getString("kind"), rs.getString("project_name"),
				rs.getString("period_label"), values, (reason != null) ? UnassignedReason.valueOf(reason) : null,
				Decision.valueOf(rs.getString("decision")), rs.getString("decided_by"),
				rs.getObject("enrolment_id", UUID.class), rs.getObject("placement_id", UUID.class));
	}

	private record Row(UUID id, int version, UUID participantId, UUID projectId, UUID placePeriodId, UUID offerId,
			String kind, String projectName, String periodLabel, int[] parts, UnassignedReason reason,
			Decision decision, String decidedBy, UUID enrolmentId, UUID placementId) {
	}

}
