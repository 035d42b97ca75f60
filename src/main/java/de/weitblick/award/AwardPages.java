package de.weitblick.award;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.PublicNaming;
import de.weitblick.organisation.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the award's pages and the API read: the rounds, one round's page for one viewer
 * (who sees whose scores is decided here, once), the public showcase of the winners and
 * an employer's own nominations.
 */
@Service
@Transactional(readOnly = true)
public class AwardPages {

	private static final ZoneId OFFICE = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final Nominations nominations;

	private final EmployerManagement employers;

	private final PublicNaming naming;

	private final Clock clock;

	AwardPages(JdbcClient jdbc, Rounds rounds, Nominations nominations, EmployerManagement employers,
			PublicNaming naming, Clock clock) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.nominations = nominations;
		this.employers = employers;
		this.naming = naming;
		this.clock = clock;
	}

	/**
	 * @return every round, the newest year first; never null
	 */
	public List<AwardRound> rounds() {
		return this.rounds.all();
	}

	/**
	 * One round as the viewer may see it: those who run the award see every nomination
	 * with who made it; a juror sees the other jurors' scores of a nomination only after
	 * scoring it, and the ranking only after scoring every nomination; an employer
	 * account sees only its own employer's nominations; partners and other staff see the
	 * nominations they made.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the page, empty when there is no such round
	 */
	public Optional<RoundPage> page(AwardRoundId id, StaffMember viewer) {
		Optional<AwardRound> found = this.rounds.find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AwardRound round = found.get();
		boolean manage = AwardAccessPolicy.mayManage(viewer);
		boolean juror = this.rounds.isJuror(round.id(), viewer.id());
		Optional<EmployerId> ownEmployer = AwardAccessPolicy.isEmployerAccount(viewer)
				? this.employers.employerOf(viewer) : Optional.empty();
		List<Criterion> criteria = this.rounds.criteria(round.id());
		Map<UUID, Integer> weights = criteria.stream().collect(Collectors.toMap(Criterion::id, Criterion::weight));
		List<Juror> jurors = this.jdbc.sql("""
				SELECT j.account_id, j.name,
				       (SELECT count(DISTINCT s.nomination_id) FROM award_score s
				          JOIN award_nomination n ON n.id = s.nomination_id AND n.round_id = j.round_id
				        WHERE s.account_id = j.account_id) AS scored
				FROM award_juror j WHERE j.round_id = :round ORDER BY j.name
				""")
			.param("round", round.id())
			.query((rs, n) -> new Juror(rs.getObject("account_id", UUID.class), rs.getString("name"),
					rs.getInt("scored")))
			.list();
		Map<UUID, String> jurorNames = jurors.stream().collect(Collectors.toMap(Juror::accountId, Juror::name));
		// nomination -> juror -> criterion -> score
		Map<UUID, Map<UUID, Map<UUID, Integer>>> scores = new HashMap<>();
		this.jdbc.sql("""
				SELECT s.nomination_id, s.account_id, s.criterion_id, s.score FROM award_score s
				JOIN award_nomination n ON n.id = s.nomination_id WHERE n.round_id = :round
				""")
			.param("round", round.id())
			.query((rs, n) -> scores.computeIfAbsent(rs.getObject("nomination_id", UUID.class), k -> new HashMap<>())
				.computeIfAbsent(rs.getObject("account_id", UUID.class), k -> new HashMap<>())
				.put(rs.getObject("criterion_id", UUID.class), rs.getInt("score")))
			.list();
		List<Row> rows = this.jdbc.sql("""
				SELECT id, version, employer_id, source, nominated_by, nominated_by_account, reasons, winner, citation,
				       created_at
				FROM award_nomination WHERE round_id = :round ORDER BY created_at, id
				""")
			.param("round", round.id())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("version"),
					new EmployerId(rs.getObject("employer_id", UUID.class)),
					NominationSource.valueOf(rs.getString("source")), rs.getString("nominated_by"),
					rs.getObject("nominated_by_account", UUID.class), rs.getString("reasons"), rs.getBoolean("winner"),
					rs.getString("citation"), rs.getTimestamp("created_at").toInstant()))
			.list()
			.stream()
			.filter(row -> manage || juror || ownEmployer.map(row.employer()::equals).orElse(false)
					|| viewer.id().equals(row.account()))
			.toList();
		Set<EmployerId> ids = rows.stream().map(Row::employer).collect(Collectors.toSet());
		Map<EmployerId, String> names = this.employers.names(ids);
		Set<EmployerId> consenting = this.naming.namedPublicly(ids).keySet();
		boolean showWinners = manage || juror || round.status() == RoundStatus.DECIDED;
		List<Nomination> shown = new ArrayList<>();
		for (Row row : rows) {
			Map<UUID, Map<UUID, Integer>> byJuror = scores.getOrDefault(row.id(), Map.of());
			List<Nomination.Score> mine = byJuror.getOrDefault(viewer.id(), Map.of())
				.entrySet()
				.stream()
				.map(entry -> new Nomination.Score(entry.getKey(), entry.getValue()))
				.toList();
			boolean othersVisible = (juror && !mine.isEmpty()) || (manage && !juror);
			List<Nomination.JurorScore> jurorScores = othersVisible ? byJuror.entrySet()
				.stream()
				.map(entry -> new Nomination.JurorScore(jurorNames.getOrDefault(entry.getKey(), ""),
						weighted(entry.getValue(), weights)))
				.sorted(Comparator.comparing(Nomination.JurorScore::jurorName))
				.toList() : List.of();
			shown.add(new Nomination(row.id(), row.version(), row.employer().id(),
					names.getOrDefault(row.employer(), ""), consenting.contains(row.employer()), row.source(),
					manage ? row.nominatedBy() : null, row.reasons(), showWinners && row.winner(),
					showWinners ? row.citation() : null, row.at(), mine, jurorScores));
		}
		boolean scoredAll = !shown.isEmpty() && shown.stream().allMatch(Nomination::scoredByMe);
		boolean rankingVisible = round.status() != RoundStatus.NOMINATING
				&& ((manage && !juror) || (juror && scoredAll));
		List<RankedNomination> ranking = rankingVisible ? ranking(shown, scores, weights) : List.of();
		boolean mayNominate = AwardAccessPolicy.mayNominate(viewer) && round.status() == RoundStatus.NOMINATING
				&& !LocalDate.now(this.clock.withZone(OFFICE)).isAfter(round.nominationsCloseOn());
		List<EngagementSuggestion> suggestions = mayNominate ? this.nominations.suggestions(round, viewer) : List.of();
		return Optional.of(new RoundPage(round, criteria, jurors, shown, ranking, rankingVisible, manage, mayNominate,
				juror, suggestions));
	}

	/**
	 * The public showcase: the winners of every announced round, the newest year first,
	 * only employers that agreed to be named publicly.
	 * @return never null
	 */
	public List<ShowcaseYear> showcase() {
		record Won(int year, String title, EmployerId employer, String citation) {
		}
		List<Won> won = this.jdbc.sql("""
				SELECT r.year, r.title, n.employer_id, n.citation
				FROM award_round r JOIN award_nomination n ON n.round_id = r.id
				WHERE r.status = 'DECIDED' AND n.winner
				ORDER BY r.year DESC, r.id, n.created_at, n.id
				""")
			.query((rs, n) -> new Won(rs.getInt("year"), rs.getString("title"),
					new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("citation")))
			.list();
		Map<EmployerId, String> named = this.naming.namedPublicly(won.stream().map(Won::employer).toList());
		Map<String, List<ShowcaseYear.Winner>> byRound = new LinkedHashMap<>();
		Map<String, Integer> years = new HashMap<>();
		for (Won each : won) {
			String key = each.year() + "\u0000" + each.title();
			years.put(key, each.year());
			List<ShowcaseYear.Winner> winners = byRound.computeIfAbsent(key, k -> new ArrayList<>());
			if (named.containsKey(each.employer())) {
				winners.add(new ShowcaseYear.Winner(named.get(each.employer()), each.citation()));
			}
		}
		return byRound.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> new ShowcaseYear(years.get(entry.getKey()),
					entry.getKey().substring(entry.getKey().indexOf('\u0000') + 1), entry.getValue()))
			.toList();
	}

	/**
	 * An employer's nominations, as the employer itself may see them.
	 * @param employer must not be null
	 * @param viewer must not be null
	 * @return the newest year first, never null
	 * @throws AccessDeniedException for a viewer who neither runs the award nor may read
	 * the employer (an employer account reads only its own)
	 */
	public List<EmployerAward> awardsOf(EmployerId employer, StaffMember viewer) {
		if (!AwardAccessPolicy.mayManage(viewer) && !this.employers.mayRead(employer, viewer)) {
			throw new AccessDeniedException("May not read the award nominations of employer " + employer.id());
		}
		return this.jdbc.sql("""
				SELECT r.id, r.year, r.title, r.status, n.source, n.winner, n.citation
				FROM award_nomination n JOIN award_round r ON r.id = n.round_id
				WHERE n.employer_id = :employer ORDER BY r.year DESC, r.id
				""").param("employer", employer.id()).query((rs, n) -> {
			RoundStatus status = RoundStatus.valueOf(rs.getString("status"));
			boolean announced = status == RoundStatus.DECIDED;
			return new EmployerAward(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("title"), status,
					NominationSource.valueOf(rs.getString("source")), announced && rs.getBoolean("winner"),
					announced ? rs.getString("citation") : null);
		}).list();
	}

	private static List<RankedNomination> ranking(List<Nomination> shown,
			Map<UUID, Map<UUID, Map<UUID, Integer>>> scores, Map<UUID, Integer> weights) {
		record Scored(Nomination nomination, double score, int jurors) {
		}
		List<Scored> scored = shown.stream().map(nomination -> {
			Map<UUID, Map<UUID, Integer>> byJuror = scores.getOrDefault(nomination.id(), Map.of());
			double average = byJuror.values().stream().mapToDouble(each -> weighted(each, weights)).average().orElse(0);
			return new Scored(nomination, average, byJuror.size());
		})
			.sorted(Comparator.comparingDouble(Scored::score)
				.reversed()
				.thenComparing(each -> each.nomination().employerName()))
			.toList();
		List<RankedNomination> ranking = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored each = scored.get(i);
			int rank = (i > 0 && Double.compare(scored.get(i - 1).score(), each.score()) == 0)
					? ranking.get(i - 1).rank() : i + 1;
			ranking.add(new RankedNomination(rank, each.nomination().id(), each.nomination().employerName(),
					each.score(), each.jurors(), each.nomination().winner()));
		}
		return ranking;
	}

	/** A juror's scores of one nomination, weighted by the criteria: 0 to 10. */
	static double weighted(Map<UUID, Integer> scores, Map<UUID, Integer> weights) {
		long sum = 0;
		long weight = 0;
		for (Map.Entry<UUID, Integer> score : scores.entrySet()) {
			int w = weights.getOrDefault(score.getKey(), 0);
			sum += (long) w * score.getValue();
			weight += w;
		}
		return (weight == 0) ? 0 : Math.round(10.0 * sum / weight) / 10.0;
	}

	private record Row(UUID id, int version, EmployerId employer, NominationSource source, String nominatedBy,
			UUID account, String reasons, boolean winner, String citation, Instant at) {
	}

}
