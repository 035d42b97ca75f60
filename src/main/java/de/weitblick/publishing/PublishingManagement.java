package de.weitblick.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing module's facade: the legal pages an authority must publish, their text
 * in German and English, and every version of it with who saved it and when.
 */
@Service
@Transactional(readOnly = true)
public class PublishingManagement {

	/** The longest text of one language accepted. */
	public static final int MAXIMUM_TEXT_LENGTH = 50_000;

	private static final String COLUMNS = "kind, version, text_de, text_en, changed_by, changed_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	PublishingManagement(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param kind must not be null
	 * @return the page's current text, never null
	 * @throws NotFound when the page was never set up
	 */
	public LegalPage page(LegalPageKind kind) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM legal_page WHERE kind = :kind")
			.param("kind", kind.name())
			.query(PublishingManagement::page)
			.optional()
			.orElseThrow(() -> new NotFound("publishing.legal.not-found"));
	}

	/**
	 * Saves a new version of a page's text, provided nobody saved one since the
	 * administrator read it, and keeps the version before in the history.
	 * @param kind must not be null
	 * @param expectedVersion the version the administrator read
	 * @param textGerman required, at most {@value #MAXIMUM_TEXT_LENGTH} characters
	 * @param textEnglish required, at most {@value #MAXIMUM_TEXT_LENGTH} characters
	 * @param administrator the user name of who saves it, must not be null
	 * @return the new version, never null
	 * @throws RuleViolation when a text is missing or too long, or nothing changed
	 * @throws OptimisticLockingFailureException when someone saved meanwhile
	 */
	@Transactional
	public LegalPage change(LegalPageKind kind, int expectedVersion, String textGerman, String textEnglish,
			String administrator) {
		String german = checked("textGerman", textGerman);
		String english = checked("textEnglish", textEnglish);
		LegalPage current = page(kind);
		if (current.version() != expectedVersion) {
			throw new OptimisticLockingFailureException(kind + " was changed in the meantime");
		}
		if (current.textGerman().equals(german) && current.textEnglish().equals(english)) {
			throw new RuleViolation(null, "publishing.legal.rule.nothing-changed");
		}
		Instant now = this.clock.instant();
		int changed = this.jdbc.sql("""
				UPDATE legal_page SET text_de = :de, text_en = :en, changed_by = :by, changed_at = :at,
				    version = version + 1
				WHERE kind = :kind AND version = :expected
				""")
			.param("de", german)
			.param("en", english)
			.param("by", administrator)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("kind", kind.name())
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(kind + " was changed in the meantime");
		}
		this.jdbc
			.sql("INSERT INTO legal_page_revision (" + COLUMNS + ") SELECT " + COLUMNS
					+ " FROM legal_page WHERE kind = :kind")
			.param("kind", kind.name())
			.update();
		return page(kind);
	}

	/**
	 * @param kind must not be null
	 * @return every version of a page, newest first; never null
	 */
	public List<LegalPage> history(LegalPageKind kind) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM legal_page_revision WHERE kind = :kind ORDER BY version DESC")
			.param("kind", kind.name())
			.query(PublishingManagement::page)
			.list();
	}

	private static String checked(String field, String text) {
		// Line ends as the browser sends them are kept as one kind, so an unchanged text
		// reads as unchanged.
		String clean = (text == null) ? "" : text.replace("\r\n", "\n").strip();
		if (clean.isEmpty()) {
			throw new RuleViolation(field, "publishing.legal.rule.text-required");
		}
		if (clean.length() > MAXIMUM_TEXT_LENGTH) {
			throw new RuleViolation(field, "publishing.legal.rule.text-too-long", MAXIMUM_TEXT_LENGTH);
		}
		return clean;
	}

	private static LegalPage page(ResultSet rs, int row) throws SQLException {
		return new LegalPage(LegalPageKind.valueOf(rs.getString("kind")), rs.getInt("version"), rs.getString("text_de"),
				rs.getString("text_en"), rs.getString("changed_by"),
				rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant());
	}

}
