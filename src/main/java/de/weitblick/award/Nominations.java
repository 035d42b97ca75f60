package de.weitblick.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.EmployerSummary;
import de.weitblick.employer.PublicNaming;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.placement.EngagementRecord;
import de.weitblick.placement.EngagementRecords;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations for the award: from the staff and partner organisations, from members of
 * the public with a confirmed e-mail address, and taken up from the suggestions of the
 * employers' engagement records. A nomination of an employer that did not agree to be
 * named publicly is stored like any other; it is never shown in public and cannot win.
 */
@Service
@Transactional
public class Nominations {

	static final int MAXIMUM_REASONS = 4000;

	private static final int SUGGESTIONS = 5;

	private static final ZoneId OFFICE = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final EmployerManagement employers;

	private final PublicNaming naming;

	private final EngagementRecords engagementRecords;

	private final Clock clock;

	Nominations(JdbcClient jdbc, Rounds rounds, EmployerManagement employers, PublicNaming naming,
			EngagementRecords engagementRecords, Clock clock) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.employers = employers;
		this.naming = naming;
		this.engagementRecords = engagementRecords;
		this.clock = clock;
	}

	/**
	 * @return the rounds that take nominations today, never null
	 */
	@Transactional(readOnly = true)
	public List<AwardRound> openRounds() {
		LocalDate today = today();
		return this.rounds.all()
			.stream()
			.filter(round -> round.status() == RoundStatus.NOMINATING && !today.isAfter(round.nominationsCloseOn()))
			.toList();
	}

	/**
	 * @param name may be null
	 * @return the one employer known under this name, for a nomination by name
	 * @throws RuleViolation when no employer or more than one has this name
	 */
	@Transactional(readOnly = true)
	public EmployerId employerNamed(String name) {
		return this.naming.employerNamed(name)
			.orElseThrow(() -> new RuleViolation("employerName", "award.rule.unknown-employer"));
	}

	/**
	 * A nomination by a member of staff or a partner organisation.
	 * @param round must not be null
	 * @param employer may be null
	 * @param reasons must not be blank
	 * @param fromEngagement whether it takes up a suggestion of the engagement record
	 * @param viewer must not be null
	 * @return the nomination's identifier
	 * @throws RuleViolation for an unknown employer, one nominated already, missing
	 * reasons, a round that closed its nominations, or a viewer who may not nominate
	 */
	public UUID nominate(AwardRoundId round, EmployerId employer, String reasons, boolean fromEngagement,
			StaffMember viewer) {
		if (!AwardAccessPolicy.mayNominate(viewer)) {
			throw new RuleViolation(null, "award.rule.may-not-nominate");
		}
		NominationSource source = fromEngagement ? NominationSource.ENGAGEMENT
				: (viewer.role() == Role.PARTNER) ? NominationSource.PARTNER : NominationSource.STAFF;
		return store(round, employer, reasons, source, viewer.displayName(), viewer.id());
	}

	/**
	 * A nomination by a member of the public whose address is confirmed.
	 * @param round must not be null
	 * @param employerName the employer's name as the person knows it, may be null
	 * @param reasons must not be blank
	 * @param confirmedAddress the confirmed e-mail address, must not be null
	 * @return the nomination's identifier
	 * @throws RuleViolation for an unknown employer, one nominated already, missing
	 * reasons or a round that closed its nominations
	 */
	public UUID nominatePublicly(AwardRoundId round, String employerName, String reasons, String confirmedAddress) {
		EmployerId employer = this.naming.employerNamed(employerName).orElse(null);
		if (employer == null) {
			throw new RuleViolation("employerName", "award.rule.unknown-employer");
		}
		return store(round, employer, reasons, NominationSource.PUBLIC, confirmedAddress, null);
	}

	private UUID store(AwardRoundId round, EmployerId employer, String reasons, NominationSource source,
			String nominatedBy, UUID account) {
		AwardRound found = this.rounds.lock(round);
		if (found.status() != RoundStatus.NOMINATING || today().isAfter(found.nominationsCloseOn())) {
			throw new RuleViolation(null, "award.rule.nominations-closed");
		}
		if (employer == null || this.employers.names(Set.of(employer)).isEmpty()) {
			throw new RuleViolation("employerId", "award.rule.unknown-employer");
		}
		Rounds.requireText(reasons, MAXIMUM_REASONS, "reasons", "award.rule.reasons-missing");
		boolean known = this.jdbc
			.sql("SELECT count(*) FROM award_nomination WHERE round_id = :round AND employer_id = :employer")
			.param("round", round.id())
			.param("employer", employer.id())
			.query(Integer.class)
			.single() > 0;
		if (known) {
			throw new RuleViolation("employerId", "award.rule.already-nominated");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO award_nomination (id, version, round_id, employer_id, source, nominated_by,
				  nominated_by_account, reasons, created_at)
				VALUES (:id, 0, :round, :employer, :source, :by, :account, :reasons, :now)
				""")
			.param("id", id)
			.param("round", round.id())
			.param("employer", employer.id())
			.param("source", source.name())
			.param("by", nominatedBy)
			.param("account", account)
			.param("reasons", reasons.strip())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * The employers whose engagement record over the award year and the year before
	 * speaks most for them and whom nobody nominated yet; only for a viewer who reads
	 * every employer's record (the employer service), while nominations are open.
	 * @param round must not be null
	 * @param viewer must not be null
	 * @return at most 5, the strongest record first; never null
	 */
	@Transactional(readOnly = true)
	public List<EngagementSuggestion> suggestions(AwardRound round, StaffMember viewer) {
		if (round.status() != RoundStatus.NOMINATING || !AwardAccessPolicy.mayNominate(viewer)) {
			return List.of();
		}
		List<EmployerSummary> candidates = this.employers.employers(null, viewer);
		if (candidates.isEmpty()) {
			return List.of();
		}
		Set<UUID> nominated = Set.copyOf(this.jdbc.sql("SELECT employer_id FROM award_nomination WHERE round_id = :r")
			.param("r", round.id())
			.query(UUID.class)
			.list());
		List<EmployerSummary> open = candidates.stream().filter(c -> !nominated.contains(c.id())).toList();
		Map<EmployerId, EngagementRecord.Year> totals = this.engagementRecords.engagementTotals(
				open.stream().map(candidate -> new EmployerId(candidate.id())).toList(), round.year() - 1, round.year(),
				viewer);
		List<EngagementSuggestion> suggestions = new ArrayList<>();
		for (EmployerSummary candidate : open) {
			EngagementRecord.Year total = totals.get(new EmployerId(candidate.id()));
			EngagementSuggestion suggestion = new EngagementSuggestion(candidate.id(), candidate.name(),
					total.placementsStarted(), total.hiresLastingSixMonths(), total.modulesHosted(),
					total.tasterSeats());
			if (suggestion.weight() > 0) {
				suggestions.add(suggestion);
			}
		}
		return suggestions.stream()
			.sorted(Comparator.comparingInt(EngagementSuggestion::weight)
				.reversed()
				.thenComparing(EngagementSuggestion::employerName))
			.limit(SUGGESTIONS)
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(OFFICE));
	}

}
