package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.focusGroups;
import static de.weitblick.dialogue.idea.IdeaRecords.instant;

/**
 * Finds ideas: the list with its filters and the similar ideas suggested while a new one
 * is written, both by German full-text search (word stems, without stop words).
 */
@Service
@EnableConfigurationProperties(IdeaSettings.class)
@Transactional(readOnly = true)
public class IdeaSearch {

	private static final int SIMILAR_SHOWN = 5;

	private static final int MINIMUM_SIMILARITY_TEXT = 4;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	IdeaSearch(JdbcClient jdbc, Clock clock, IdeaSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * @param filter never null
	 * @param withHidden whether hidden ideas are listed (for moderators)
	 * @param limit the most ideas listed
	 * @return the ideas, the most recently submitted first; never null
	 */
	public List<IdeaSummary> ideas(IdeaFilter filter, boolean withHidden, int limit) {
		StringBuilder sql = new StringBuilder(
				"""
						SELECT i.id, i.title, e.title AS edition_title, i.status, i.status_since, i.focus_groups,
						       i.hidden_reason,
						       (SELECT count(*) FROM dialogue_support s WHERE s.idea_id = i.id) AS supports,
						       (SELECT count(*) FROM dialogue_comment c WHERE c.idea_id = i.id AND c.hidden_reason IS NULL) AS comments
						FROM dialogue_idea i JOIN dialogue_edition e ON e.id = i.edition_id
						WHERE TRUE
						""");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!withHidden) {
			sql.append(" AND i.hidden_reason IS NULL AND i.merged_into IS NULL");
		}
		if (filter.editionId() != null) {
			sql.append(" AND i.edition_id = :edition");
			params.put("edition", filter.editionId());
		}
		if (filter.status() != null) {
			sql.append(" AND i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.focusGroup() != null) {
			sql.append(" AND ',' || i.focus_groups || ',' LIKE :group");
			params.put("group", "%," + filter.focusGroup().name() + ",%");
		}
		String query = anyOfTheWords(filter.text());
		if (query != null) {
			sql.append(" AND i.search @@ to_tsquery('german', :query)");
			params.put("query", query);
		}
		sql.append(" ORDER BY i.submitted_at DESC, i.id LIMIT :limit");
		params.put("limit", limit);
		Instant staleBefore = this.clock.instant().minus(this.settings.staleAfter());
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new IdeaSummary(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("edition_title"), IdeaStatus.valueOf(rs.getString("status")),
					instant(rs, "status_since"), focusGroups(rs.getString("focus_groups")), rs.getInt("supports"),
					rs.getInt("comments"),
					isStale(IdeaStatus.valueOf(rs.getString("status")), instant(rs, "status_since"), staleBefore),
					rs.getString("hidden_reason") != null))
			.list();
	}

	private static boolean isStale(IdeaStatus status, Instant since, Instant staleBefore) {
		return !status.next().isEmpty() && since.isBefore(staleBefore);
	}

	/**
	 * Existing ideas that read like the text being written, by German full-text search
	 * (word stems, without stop words), the closest first.
	 * @param text the title and description typed so far, may be null
	 * @return at most five ideas, none for too short a text; never null
	 */
	public List<SimilarIdea> similar(String text) {
		String query = anyOfTheWords(text);
		if (query == null || text.strip().length() < MINIMUM_SIMILARITY_TEXT) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT i.id, i.title, e.title AS edition_title, i.status
				FROM dialogue_idea i JOIN dialogue_edition e ON e.id = i.edition_id,
				     to_tsquery('german', :query) AS q
				WHERE i.hidden_reason IS NULL AND i.merged_into IS NULL AND i.search @@ q
				ORDER BY ts_rank(i.search, q) DESC, i.submitted_at DESC
				LIMIT :limit
				""")
			.param("query", query)
			.param("limit", SIMILAR_SHOWN)
			.query((rs, n) -> new SimilarIdea(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("edition_title"), IdeaStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * The words of a text as a query that any of them matches; characters with a meaning
	 * in a query are dropped, so no input is read as query syntax.
	 * @return null when no word is left
	 */
	static String anyOfTheWords(String text) {
		if (text == null) {
			return null;
		}
		String words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() > 2)
			.limit(30)
			.map(word -> word.toLowerCase(Locale.GERMAN))
			.distinct()
			.collect(Collectors.joining(" | "));
		return words.isEmpty() ? null : words;
	}

}
