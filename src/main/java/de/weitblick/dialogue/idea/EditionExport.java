package de.weitblick.dialogue.idea;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documentation of an edition as CSV: its ideas, the steps with their reasons and the
 * comments shown, one row each. Members of the public appear only as "the public", never
 * by their name or address; hidden ideas and comments are left out.
 */
@Service
@Transactional(readOnly = true)
public class EditionExport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	EditionExport(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * @param editionId must not be null
	 * @param locale the language of the headers and values, must not be null
	 * @return the CSV text with a header row, never null
	 */
	public String csv(UUID editionId, Locale locale) {
		StringBuilder csv = new StringBuilder();
		row(csv, text("dialogue.export.kind", locale), text("dialogue.export.idea", locale),
				text("dialogue.idea.status", locale), text("dialogue.export.time", locale),
				text("dialogue.export.author", locale), text("dialogue.export.text", locale));
		String thePublic = text(StakeholderGroup.PUBLIC.messageKey(), locale);
		this.jdbc.sql("""
				SELECT 'IDEA' AS kind, i.title, i.status, i.submitted_at AS at,
				       CASE WHEN i.author_email IS NULL THEN i.author_name END AS author,
				       i.problem || E'\\n\\n' || i.approach AS text, i.submitted_at AS sort_idea, 0 AS sort_kind
				FROM dialogue_idea i WHERE i.edition_id = :edition AND i.hidden_reason IS NULL
				UNION ALL
				SELECT 'STEP', i.title, s.to_status, s.taken_at, s.taken_by, s.reasons, i.submitted_at, 1
				FROM dialogue_idea_step s JOIN dialogue_idea i ON i.id = s.idea_id
				WHERE i.edition_id = :edition AND i.hidden_reason IS NULL AND s.from_status IS NOT NULL
				  AND s.merged_idea_id IS NULL
				UNION ALL
				SELECT 'COMMENT', i.title, NULL, c.written_at,
				       CASE WHEN c.author_email IS NULL THEN c.author_name END, c.text, i.submitted_at, 2
				FROM dialogue_comment c JOIN dialogue_idea i ON i.id = c.idea_id
				WHERE i.edition_id = :edition AND i.hidden_reason IS NULL AND c.hidden_reason IS NULL
				ORDER BY sort_idea, title, sort_kind, at
				""").param("edition", editionId).query((rs, n) -> {
			String status = rs.getString("status");
			String author = rs.getString("author");
			row(csv, text("dialogue.export.kind." + rs.getString("kind"), locale), rs.getString("title"),
					(status != null) ? text(IdeaStatus.valueOf(status).messageKey(), locale) : "",
					rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(Formats.ZONE).format(TIME),
					(author == null || author.isBlank()) ? thePublic : author, rs.getString("text"));
			return null;
		}).list();
		return csv.toString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * One row: every cell quoted, quotes doubled, and a cell that a spreadsheet would
	 * read as a formula prefixed with an apostrophe.
	 */
	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			String cell = (cells[i] != null) ? cells[i] : "";
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			csv.append(i > 0 ? ";" : "").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

}
