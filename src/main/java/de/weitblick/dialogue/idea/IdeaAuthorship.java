package de.weitblick.dialogue.idea;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who wrote an idea besides its first author, how often it was revised and what was
 * merged into it: the parts of an idea's page that its further development adds.
 */
@Component
class IdeaAuthorship {

	private final JdbcClient jdbc;

	IdeaAuthorship(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether the person is a co-author who accepted the invitation
	 */
	boolean isCoAuthor(UUID ideaId, Contributor person) {
		return person != null && this.jdbc.sql("""
				SELECT count(*) FROM dialogue_co_author
				WHERE idea_id = :id AND co_author = :key AND accepted_at IS NOT NULL
				""").param("id", ideaId).param("key", person.supporterKey()).query(Integer.class).single() > 0;
	}

	/**
	 * @param viewer the reader, or null
	 * @return what the page shows of the idea's development
	 */
	IdeaPage.Development of(Idea idea, Contributor viewer, boolean author, boolean moderator) {
		List<IdeaPage.CoAuthor> coAuthors = this.jdbc.sql("""
				SELECT shown_name, accepted_at IS NOT NULL AS accepted, co_author = :viewer AS viewer
				FROM dialogue_co_author WHERE idea_id = :id ORDER BY invited_at, shown_name
				""")
			.param("id", idea.id())
			.param("viewer", (viewer != null) ? viewer.supporterKey() : "")
			.query((rs, n) -> new IdeaPage.CoAuthor(rs.getString("shown_name"), rs.getBoolean("accepted"),
					rs.getBoolean("viewer")))
			.list();
		int versions = this.jdbc.sql("SELECT greatest(count(*), 1) FROM dialogue_idea_version WHERE idea_id = :id")
			.param("id", idea.id())
			.query(Integer.class)
			.single();
		IdeaPage.Merge mergedInto = this.jdbc.sql("""
				SELECT m.into_id, i.title, e.title, m.merged_at, m.merged_by FROM dialogue_idea_merge m
				JOIN dialogue_idea i ON i.id = m.into_id JOIN dialogue_edition e ON e.id = i.edition_id
				WHERE m.merged_id = :id
				""").param("id", idea.id()).query(IdeaAuthorship::merge).optional().orElse(null);
		List<IdeaPage.Merge> mergedFrom = this.jdbc.sql("""
				SELECT m.merged_id, i.title, e.title, m.merged_at, m.merged_by FROM dialogue_idea_merge m
				JOIN dialogue_idea i ON i.id = m.merged_id JOIN dialogue_edition e ON e.id = i.edition_id
				WHERE m.into_id = :id ORDER BY m.merged_at
				""").param("id", idea.id()).query(IdeaAuthorship::merge).list();
		boolean open = mayBeRevised(idea);
		boolean invited = coAuthors.stream().anyMatch(coAuthor -> coAuthor.viewer() && !coAuthor.accepted());
		Boolean digest = (viewer != null)
				? this.jdbc.sql("SELECT daily_digest FROM dialogue_news_choice WHERE recipient = :key")
					.param("key", viewer.supporterKey())
					.query(Boolean.class)
					.optional()
					.orElse(false)
				: null;
		Map<UUID, String> candidates = new LinkedHashMap<>();
		if (moderator && !idea.isMerged()) {
			// A duplicate goes into an idea of its own edition or of an earlier one: the
			// older idea goes on. Ideas of other editions are named with their edition.
			this.jdbc.sql("""
					SELECT i.id, i.title, e.title AS edition_title, i.edition_id = :edition AS same
					FROM dialogue_idea i JOIN dialogue_edition e ON e.id = i.edition_id
					WHERE e.number <= (SELECT number FROM dialogue_edition WHERE id = :edition)
					  AND i.id <> :id AND i.merged_into IS NULL
					ORDER BY i.edition_id = :edition DESC, e.number DESC, i.title LIMIT 500
					""")
				.param("edition", idea.editionId())
				.param("id", idea.id())
				.query((rs, n) -> candidates.put(rs.getObject("id", UUID.class),
						rs.getBoolean("same") ? rs.getString("title")
								: rs.getString("title") + " (" + rs.getString("edition_title") + ")"))
				.list();
		}
		return new IdeaPage.Development(coAuthors, versions, mergedInto, mergedFrom, open && (author || moderator),
				open && (author || moderator), invited, digest, candidates);
	}

	/**
	 * @return whether the idea's text may still change: until the review, never once
	 * merged or hidden
	 */
	static boolean mayBeRevised(Idea idea) {
		return idea.status().takesSupports() && !idea.isMerged() && !idea.isHidden();
	}

	private static IdeaPage.Merge merge(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IdeaPage.Merge(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
	}

}
