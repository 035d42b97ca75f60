package de.weitblick.dialogue.edition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.dialogue.edition.EditionDetails.Invitation;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the facades of an edition share: the invited people as stored, a versioned change
 * of the edition itself, and the rules of its texts.
 */
@Component
class EditionRecords {

	static final int TITLE_LENGTH = 200;

	static final int TEXT_LENGTH = 2000;

	private static final Object NULL = new Object();

	private final JdbcClient jdbc;

	EditionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Invitation> invitations(UUID editionId) {
		return this.jdbc.sql("""
				SELECT id, version, name, email, organisation, status, attended, table_id, invited_at, reminded_at
				FROM dialogue_invitation WHERE edition_id = :id ORDER BY name, email
				""")
			.param("id", editionId)
			.query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("name"),
					rs.getString("email"), rs.getString("organisation"),
					InvitationStatus.valueOf(rs.getString("status")), rs.getBoolean("attended"),
					rs.getObject("table_id", UUID.class), instant(rs.getTimestamp("invited_at")),
					instant(rs.getTimestamp("reminded_at"))))
			.list();
	}

	/**
	 * Changes the edition's columns and its version, if it still has the version read.
	 * @param values by parameter name; {@link #nullable(Object)} for values that may be
	 * null
	 */
	void bump(UUID editionId, int expectedVersion, String assignments, Map<String, Object> values) {
		var statement = this.jdbc
			.sql("UPDATE dialogue_edition SET " + assignments
					+ ", version = version + 1 WHERE id = :id AND version = :version")
			.param("id", editionId)
			.param("version", expectedVersion);
		for (Map.Entry<String, Object> value : values.entrySet()) {
			statement = statement.param(value.getKey(), (value.getValue() == NULL) ? null : value.getValue());
		}
		if (statement.update() == 0) {
			throw stale(true, "dialogue.edition.not-found");
		}
	}

	static Object nullable(Object value) {
		return (value != null) ? value : NULL;
	}

	static RuntimeException stale(boolean exists, String notFoundKey) {
		return exists ? new OptimisticLockingFailureException("changed in the meantime") : new NotFound(notFoundKey);
	}

	static String required(String field, String text, int length) {
		String stripped = optional(field, text, length);
		if (stripped == null) {
			throw new RuleViolation(field, "dialogue.rule.required");
		}
		return stripped;
	}

	static String optional(String field, String text, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > length) {
			throw new RuleViolation(field, "dialogue.rule.too-long", length);
		}
		return stripped;
	}

	static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
