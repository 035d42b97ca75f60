package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.dialogue.DialogueEdition;
import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documentation of an edition (Dokumentation des Arbeitsmarktdialogs) as an
 * accessible, tagged PDF: the edition, and for each of its ideas the text, the supports
 * by stakeholder group, the steps with their public reasons and the comments. Members of
 * the public appear only as "the public", never by their name or address; hidden and
 * merged ideas and hidden comments are left out (a merged idea's comments and supports
 * are in the idea it was merged into).
 */
@Service
@Transactional(readOnly = true)
public class EditionDocumentation {

	private final JdbcClient jdbc;

	private final DialogueManagement dialogue;

	private final DocumentPrinter printer;

	EditionDocumentation(JdbcClient jdbc, DialogueManagement dialogue, DocumentPrinter printer) {
		this.jdbc = jdbc;
		this.dialogue = dialogue;
		this.printer = printer;
	}

	/**
	 * @param editionId must not be null
	 * @param locale the language of the document
	 * @return the PDF's bytes
	 * @throws NotFound when there is no such edition
	 */
	public byte[] pdf(UUID editionId, Locale locale) {
		return this.printer.print("dialogue/documentation", Map.of("document", document(editionId)), locale);
	}

	/**
	 * @return what the documentation holds
	 */
	public Document document(UUID editionId) {
		DialogueEdition edition = this.dialogue.editions()
			.stream()
			.filter(found -> found.id().equals(editionId))
			.findFirst()
			.orElseThrow(() -> new NotFound("dialogue.edition.not-found"));
		Map<UUID, Entry> entries = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, title, status, focus_groups, problem, approach, decision_reasons, submitted_at,
				       CASE WHEN author_email IS NULL THEN author_name END AS author
				FROM dialogue_idea WHERE edition_id = :edition AND hidden_reason IS NULL AND merged_into IS NULL
				ORDER BY submitted_at, id
				""").param("edition", editionId).query((rs, n) -> {
			Map<StakeholderGroup, Integer> supports = new EnumMap<>(StakeholderGroup.class);
			for (StakeholderGroup group : StakeholderGroup.values()) {
				supports.put(group, 0);
			}
			String groups = rs.getString("focus_groups");
			entries.put(rs.getObject("id", UUID.class),
					new Entry(rs.getString("title"), IdeaStatus.valueOf(rs.getString("status")),
							(groups == null || groups.isBlank()) ? List.of()
									: java.util.Arrays.stream(groups.split(",")).map(FocusGroupCode::valueOf).toList(),
							rs.getString("author"), instant(rs.getObject("submitted_at", OffsetDateTime.class)),
							rs.getString("problem"), rs.getString("approach"), rs.getString("decision_reasons"),
							supports, new ArrayList<>(), new ArrayList<>()));
			return null;
		}).list();
		this.jdbc.sql("""
				SELECT s.idea_id, s.stakeholder_group, count(*) AS n FROM dialogue_support s
				JOIN dialogue_idea i ON i.id = s.idea_id WHERE i.edition_id = :edition GROUP BY 1, 2
				""").param("edition", editionId).query((rs, n) -> {
			Entry entry = entries.get(rs.getObject(1, UUID.class));
			if (entry != null) {
				entry.supports().put(StakeholderGroup.valueOf(rs.getString(2)), rs.getInt(3));
			}
			return null;
		}).list();
		this.jdbc.sql("""
				SELECT s.idea_id, s.to_status, s.taken_at, s.reasons FROM dialogue_idea_step s
				JOIN dialogue_idea i ON i.id = s.idea_id WHERE i.edition_id = :edition AND s.merged_idea_id IS NULL
				ORDER BY s.taken_at, s.id
				""").param("edition", editionId).query((rs, n) -> {
			Entry entry = entries.get(rs.getObject(1, UUID.class));
			if (entry != null) {
				entry.steps()
					.add(new Step(IdeaStatus.valueOf(rs.getString(2)), instant(rs.getObject(3, OffsetDateTime.class)),
							rs.getString(4)));
			}
			return null;
		}).list();
		this.jdbc
			.sql("""
					SELECT c.idea_id, CASE WHEN c.author_email IS NULL THEN c.author_name END AS author, c.written_at, c.text
					FROM dialogue_comment c JOIN dialogue_idea i ON i.id = c.idea_id
					WHERE i.edition_id = :edition AND c.hidden_reason IS NULL ORDER BY c.written_at, c.id
					""")
			.param("edition", editionId)
			.query((rs, n) -> {
				Entry entry = entries.get(rs.getObject(1, UUID.class));
				if (entry != null) {
					entry.comments()
						.add(new Comment(rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
								rs.getString(4)));
				}
				return null;
			})
			.list();
		return new Document(edition, List.copyOf(entries.values()));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * @param edition never null
	 * @param ideas in the order they were handed in, never null
	 */
	public record Document(DialogueEdition edition, List<Entry> ideas) {

		/**
		 * @return how many ideas reached each status, in the pipeline's order
		 */
		public Map<IdeaStatus, Long> byStatus() {
			Map<IdeaStatus, Long> counts = new EnumMap<>(IdeaStatus.class);
			this.ideas.forEach(idea -> counts.merge(idea.status(), 1L, Long::sum));
			return counts;
		}

	}

	/**
	 * One idea in the documentation.
	 *
	 * @param author the author's name, null for a member of the public
	 * @param decisionReasons may be null
	 * @param supports per stakeholder group, every group present
	 */
	public record Entry(String title, IdeaStatus status, List<FocusGroupCode> focusGroups, String author,
			Instant submittedAt, String problem, String approach, String decisionReasons,
			Map<StakeholderGroup, Integer> supports, List<Step> steps, List<Comment> comments) {

		public int supportTotal() {
			return this.supports.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * @param reasons may be null
	 */
	public record Step(IdeaStatus to, Instant takenAt, String reasons) {
	}

	/**
	 * @param author the name, null for a member of the public
	 */
	public record Comment(String author, Instant writtenAt, String text) {
	}

}
