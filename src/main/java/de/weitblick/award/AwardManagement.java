package de.weitblick.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.dialogue.DialogueEdition;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.PublicNaming;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award module's facade for the people who run the award: opens a round for a
 * dialogue edition, sets its criteria and jury, closes the nominations, chooses the
 * winners with their citation and announces them. Every method refuses a viewer who does
 * not run the award with a {@link RuleViolation}.
 */
@Service
@Transactional
public class AwardManagement {

	static final int MAXIMUM_TITLE = 200;

	static final int MAXIMUM_CITATION = 2000;

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final OrganisationManagement organisation;

	private final PublicNaming naming;

	private final Clock clock;

	AwardManagement(JdbcClient jdbc, Rounds rounds, OrganisationManagement organisation, PublicNaming naming,
			Clock clock) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.organisation = organisation;
		this.naming = naming;
		this.clock = clock;
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer runs the award
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(StaffMember viewer) {
		return AwardAccessPolicy.mayManage(viewer);
	}

	/**
	 * @return the dialogue editions that have no award round yet, by identifier with
	 * their title, the newest first; never null
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> editionsWithoutRound() {
		Set<UUID> taken = this.rounds.all().stream().map(AwardRound::editionId).collect(Collectors.toSet());
		Map<UUID, String> open = new LinkedHashMap<>();
		this.rounds.editions()
			.values()
			.stream()
			.sorted((a, b) -> Integer.compare(b.number(), a.number()))
			.filter(edition -> !taken.contains(edition.id()))
			.forEach(edition -> open.put(edition.id(), edition.title()));
		return open;
	}

	/**
	 * Opens the award round of a dialogue edition; its year is the edition's.
	 * @param editionId the edition, must not be null
	 * @param title must not be blank
	 * @param nominationsCloseOn the last day of nominations, must not be null
	 * @param viewer must not be null
	 * @return the new round
	 * @throws RuleViolation for an unknown edition, one that has a round already, a
	 * missing title or day, or a viewer who does not run the award
	 */
	public AwardRoundId openRound(UUID editionId, String title, LocalDate nominationsCloseOn, StaffMember viewer) {
		requireManager(viewer);
		DialogueEdition edition = (editionId != null) ? this.rounds.editions().get(editionId) : null;
		if (edition == null) {
			throw new RuleViolation("editionId", "award.rule.unknown-edition");
		}
		Rounds.requireText(title, MAXIMUM_TITLE, "title", "award.rule.title-missing");
		if (nominationsCloseOn == null) {
			throw new RuleViolation("nominationsCloseOn", "award.rule.closing-day-missing");
		}
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('award_round'))").query(Object.class).single();
		if (this.rounds.all().stream().anyMatch(round -> round.editionId().equals(editionId))) {
			throw new RuleViolation("editionId", "award.rule.edition-has-round");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO award_round (id, version, edition_id, year, title, nominations_close_on, status, created_at)
				VALUES (:id, 0, :edition, :year, :title, :closeOn, 'NOMINATING', :now)
				""")
			.param("id", id)
			.param("edition", editionId)
			.param("year", edition.heldOn().getYear())
			.param("title", title.strip())
			.param("closeOn", nominationsCloseOn)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new AwardRoundId(id);
	}

	/**
	 * Adds a criterion the jury scores against; only before the nominations close, so
	 * every juror scores against the same criteria.
	 * @param round must not be null
	 * @param name must not be blank
	 * @param weight 1 to 10
	 * @param viewer must not be null
	 * @throws RuleViolation for a missing name, a name the round has, a weight out of
	 * range, a round past its nominations, or a viewer who does not run the award
	 */
	public void addCriterion(AwardRoundId round, String name, Integer weight, StaffMember viewer) {
		requireManager(viewer);
		AwardRound found = this.rounds.lock(round);
		if (found.status() != RoundStatus.NOMINATING) {
			throw new RuleViolation(null, "award.rule.criteria-fixed");
		}
		Rounds.requireText(name, MAXIMUM_TITLE, "criterionName", "award.rule.criterion-name-missing");
		if (weight == null || weight < 1 || weight > 10) {
			throw new RuleViolation("weight", "award.rule.weight-out-of-range");
		}
		List<Criterion> criteria = this.rounds.criteria(round.id());
		if (criteria.stream().anyMatch(criterion -> criterion.name().equalsIgnoreCase(name.strip()))) {
			throw new RuleViolation("criterionName", "award.rule.criterion-known");
		}
		this.jdbc.sql("""
				INSERT INTO award_criterion (id, round_id, position, name, weight)
				VALUES (:id, :round, :position, :name, :weight)
				""")
			.param("id", TimeOrderedIds.next())
			.param("round", round.id())
			.param("position", criteria.size())
			.param("name", name.strip())
			.param("weight", weight)
			.update();
	}

	/**
	 * Appoints a member of the jury by the user name of the account.
	 * @param round must not be null
	 * @param username may be null
	 * @param viewer must not be null
	 * @throws RuleViolation for an unknown account, one whose role may not sit in a jury,
	 * a juror appointed already, a decided round, or a viewer who does not run the award
	 */
	public void appointJuror(AwardRoundId round, String username, StaffMember viewer) {
		requireManager(viewer);
		AwardRound found = this.rounds.lock(round);
		if (found.status() == RoundStatus.DECIDED) {
			throw new RuleViolation(null, "award.rule.round-decided");
		}
		StaffMember juror = (username != null && !username.isBlank() && username.length() <= 100)
				? this.organisation.staffMember(username.strip()).orElse(null) : null;
		if (juror == null) {
			throw new RuleViolation("username", "award.rule.unknown-account");
		}
		if (!AwardAccessPolicy.maySitInJury(juror)) {
			throw new RuleViolation("username", "award.rule.may-not-sit-in-jury");
		}
		if (this.rounds.isJuror(round.id(), juror.id())) {
			throw new RuleViolation("username", "award.rule.juror-known");
		}
		this.jdbc.sql("INSERT INTO award_juror (round_id, account_id, name) VALUES (:round, :account, :name)")
			.param("round", round.id())
			.param("account", juror.id())
			.param("name", juror.displayName())
			.update();
	}

	/**
	 * Closes the nominations so the jury can score them.
	 * @param round must not be null
	 * @param expectedVersion the round's version the viewer saw
	 * @param viewer must not be null
	 * @throws RuleViolation for a round not taking nominations, one without criteria,
	 * jury or nominations, or a viewer who does not run the award
	 * @throws OptimisticLockingFailureException when the round changed in the meantime
	 */
	public void closeNominations(AwardRoundId round, int expectedVersion, StaffMember viewer) {
		requireManager(viewer);
		AwardRound found = this.rounds.lock(round);
		this.rounds.requireVersion(found, expectedVersion);
		if (found.status() != RoundStatus.NOMINATING) {
			throw new RuleViolation(null, "award.rule.nominations-closed");
		}
		if (this.rounds.criteria(round.id()).isEmpty()) {
			throw new RuleViolation(null, "award.rule.no-criteria");
		}
		if (count("SELECT count(*) FROM award_juror WHERE round_id = :round", round.id()) == 0) {
			throw new RuleViolation(null, "award.rule.no-jury");
		}
		if (found.nominations() == 0) {
			throw new RuleViolation(null, "award.rule.no-nominations");
		}
		this.rounds.move(found, expectedVersion, RoundStatus.JUDGING);
	}

	/**
	 * Chooses a nomination as a winner, with the citation read out and shown in public.
	 * @param nomination must not be null
	 * @param expectedVersion the nomination's version the viewer saw
	 * @param citation must not be blank
	 * @param viewer must not be null
	 * @throws RuleViolation for an employer that did not agree to be named publicly, a
	 * missing citation, a round not being judged, or a viewer who does not run the award
	 * @throws OptimisticLockingFailureException when the nomination changed in the
	 * meantime
	 */
	public void decideWinner(UUID nomination, int expectedVersion, String citation, StaffMember viewer) {
		requireManager(viewer);
		UUID[] found = this.jdbc.sql("SELECT round_id, employer_id FROM award_nomination WHERE id = :id")
			.param("id", nomination)
			.query((rs,
					n) -> new UUID[] { rs.getObject("round_id", UUID.class), rs.getObject("employer_id", UUID.class) })
			.optional()
			.orElseThrow(() -> new NotFound("award.nomination.not-found"));
		AwardRound round = this.rounds.lock(new AwardRoundId(found[0]));
		if (round.status() != RoundStatus.JUDGING) {
			throw new RuleViolation(null, "award.rule.not-judging");
		}
		EmployerId employer = new EmployerId(found[1]);
		if (!this.naming.namedPublicly(List.of(employer)).containsKey(employer)) {
			throw new RuleViolation(null, "award.rule.winner-without-consent");
		}
		Rounds.requireText(citation, MAXIMUM_CITATION, "citation", "award.rule.citation-missing");
		int changed = this.jdbc.sql("""
				UPDATE award_nomination SET winner = TRUE, citation = :citation, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("citation", citation.strip())
			.param("id", nomination)
			.param("version", expectedVersion)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Nomination " + nomination + " changed");
		}
	}

	/**
	 * Announces the winners: the round is decided and its winners appear in the public
	 * showcase.
	 * @param round must not be null
	 * @param expectedVersion the round's version the viewer saw
	 * @param viewer must not be null
	 * @throws RuleViolation for a round not being judged, one without a winner, or a
	 * viewer who does not run the award
	 * @throws OptimisticLockingFailureException when the round changed in the meantime
	 */
	public void announce(AwardRoundId round, int expectedVersion, StaffMember viewer) {
		requireManager(viewer);
		AwardRound found = this.rounds.lock(round);
		this.rounds.requireVersion(found, expectedVersion);
		if (found.status() != RoundStatus.JUDGING) {
			throw new RuleViolation(null, "award.rule.not-judging");
		}
		if (count("SELECT count(*) FROM award_nomination WHERE round_id = :round AND winner", round.id()) == 0) {
			throw new RuleViolation(null, "award.rule.no-winner");
		}
		this.rounds.move(found, expectedVersion, RoundStatus.DECIDED);
	}

	private int count(String sql, UUID round) {
		return this.jdbc.sql(sql).param("round", round).query(Integer.class).single();
	}

	private static void requireManager(StaffMember viewer) {
		if (!AwardAccessPolicy.mayManage(viewer)) {
			throw new RuleViolation(null, "award.rule.may-not-manage");
		}
	}

}
