package de.weitblick.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.weitblick.dialogue.DialogueEdition;
import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads award rounds with their edition's title and moves them from one status to the
 * next under the version check; shared by the award's facades.
 */
@Component
class Rounds {

	private final JdbcClient jdbc;

	private final DialogueManagement dialogue;

	Rounds(JdbcClient jdbc, DialogueManagement dialogue) {
		this.jdbc = jdbc;
		this.dialogue = dialogue;
	}

	List<AwardRound> all() {
		Map<UUID, String> titles = editionTitles();
		return this.jdbc.sql("""
				SELECT r.*, (SELECT count(*) FROM award_nomination n WHERE n.round_id = r.id) AS nominations
				FROM award_round r ORDER BY r.year DESC, r.created_at DESC
				""").query((rs, n) -> round(rs, titles)).list();
	}

	Optional<AwardRound> find(AwardRoundId id) {
		return this.jdbc.sql("""
				SELECT r.*, (SELECT count(*) FROM award_nomination n WHERE n.round_id = r.id) AS nominations
				FROM award_round r WHERE r.id = :id
				""").param("id", id.id()).query((rs, n) -> round(rs, editionTitles())).optional();
	}

	AwardRound require(AwardRoundId id) {
		return find(id).orElseThrow(() -> new NotFound("award.round.not-found"));
	}

	/**
	 * The round, locked until the transaction ends, so that two changes to it are made
	 * one after the other.
	 */
	AwardRound lock(AwardRoundId id) {
		this.jdbc.sql("SELECT id FROM award_round WHERE id = :id FOR UPDATE")
			.param("id", id.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("award.round.not-found"));
		return require(id);
	}

	/**
	 * Refuses a change to a round that changed since the viewer read it, before any rule
	 * is checked against a state the viewer has not seen.
	 */
	void requireVersion(AwardRound round, int expectedVersion) {
		if (round.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Award round " + round.id() + " changed");
		}
	}

	void move(AwardRound round, int expectedVersion, RoundStatus to) {
		requireVersion(round, expectedVersion);
		int changed = this.jdbc.sql("""
				UPDATE award_round SET status = :status, version = version + 1
				WHERE id = :id AND version = :version
				""").param("status", to.name()).param("id", round.id()).param("version", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Award round " + round.id() + " changed");
		}
	}

	List<Criterion> criteria(UUID round) {
		return this.jdbc.sql("SELECT id, name, weight FROM award_criterion WHERE round_id = :round ORDER BY position")
			.param("round", round)
			.query((rs, n) -> new Criterion(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("weight")))
			.list();
	}

	boolean isJuror(UUID round, UUID account) {
		return this.jdbc.sql("SELECT count(*) FROM award_juror WHERE round_id = :round AND account_id = :account")
			.param("round", round)
			.param("account", account)
			.query(Integer.class)
			.single() > 0;
	}

	static void requireText(String text, int maximum, String field, String messageKey) {
		if (text == null || text.isBlank() || text.strip().length() > maximum || text.indexOf('\0') >= 0) {
			throw new RuleViolation(field, messageKey, maximum);
		}
	}

	Map<UUID, String> editionTitles() {
		return this.dialogue.editions()
			.stream()
			.collect(Collectors.toMap(DialogueEdition::id, DialogueEdition::title, (a, b) -> a));
	}

	Map<UUID, DialogueEdition> editions() {
		return this.dialogue.editions()
			.stream()
			.collect(Collectors.toMap(DialogueEdition::id, Function.identity(), (a, b) -> a));
	}

	private static AwardRound round(ResultSet rs, Map<UUID, String> titles) throws SQLException {
		UUID edition = rs.getObject("edition_id", UUID.class);
		return new AwardRound(rs.getObject("id", UUID.class), rs.getInt("version"), edition,
				titles.getOrDefault(edition, ""), rs.getInt("year"), rs.getString("title"),
				rs.getObject("nominations_close_on", LocalDate.class), RoundStatus.valueOf(rs.getString("status")),
				rs.getInt("nominations"));
	}

}
