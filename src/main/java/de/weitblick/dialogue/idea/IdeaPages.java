package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.instant;
import static de.weitblick.dialogue.idea.IdeaRecords.status;

/**
 * Reads one idea as its page shows it: the text, the public timeline, the threaded
 * comments, the supports by stakeholder group, the steps the reader may take, the review
 * for those who see it, the goals it serves and the project it became with its figures.
 */
@Service
@Transactional(readOnly = true)
public class IdeaPages {

	private final JdbcClient jdbc;

	private final IdeaRecords records;

	private final IdeaReview review;

	private final ImplementingProjects projects;

	private final ServedGoals goals;

	private final IdeaAuthorship authorship;

	IdeaPages(JdbcClient jdbc, IdeaRecords records, IdeaReview review, ImplementingProjects projects, ServedGoals goals,
			IdeaAuthorship authorship) {
		this.jdbc = jdbc;
		this.records = records;
		this.review = review;
		this.projects = projects;
		this.goals = goals;
		this.authorship = authorship;
	}

	/**
	 * @return the idea as stored, hidden or not
	 */
	public Optional<Idea> idea(UUID id) {
		return this.records.idea(id);
	}

	/**
	 * @return whether the person wrote the idea or is one of its accepted co-authors
	 */
	public boolean isAuthor(Idea idea, Contributor viewer) {
		return this.records.isAuthor(idea, viewer);
	}

	/**
	 * @return the strategy goals an idea may serve, title by identifier, by title
	 */
	public Map<UUID, String> goals() {
		return this.goals.all();
	}

	/**
	 * @param id never null
	 * @param viewer the reader, or null for somebody not known
	 * @param asModerator whether hidden content and the review are shown (the caller
	 * checked the role)
	 * @return the idea's page
	 * @throws NotFound when there is no such idea, or it is hidden from the viewer
	 */
	public IdeaPage page(UUID id, Contributor viewer, boolean asModerator) {
		Idea idea = idea(id).filter(found -> asModerator || !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		String editionTitle = this.jdbc.sql("SELECT title FROM dialogue_edition WHERE id = :id")
			.param("id", idea.editionId())
			.query(String.class)
			.single();
		List<IdeaPage.Step> timeline = this.jdbc.sql("""
				SELECT s.from_status, s.to_status, s.taken_at, s.taken_by, s.reasons, s.merged_idea_id,
				       m.title AS merged_title, me.title AS merged_edition
				FROM dialogue_idea_step s
				LEFT JOIN dialogue_idea m ON m.id = s.merged_idea_id
				LEFT JOIN dialogue_edition me ON me.id = m.edition_id
				WHERE s.idea_id = :id ORDER BY s.taken_at, s.id
				""").param("id", id).query((rs, n) -> {
			UUID merged = rs.getObject("merged_idea_id", UUID.class);
			return new IdeaPage.Step(status(rs.getString("from_status")), IdeaStatus.valueOf(rs.getString("to_status")),
					instant(rs, "taken_at"), rs.getString("taken_by"), rs.getString("reasons"),
					(merged != null) ? new IdeaPage.MergeStep(merged, rs.getString("merged_title"),
							rs.getString("merged_edition"), merged.equals(idea.mergedInto())) : null);
		}).list();
		Map<StakeholderGroup, Integer> supports = new EnumMap<>(StakeholderGroup.class);
		for (StakeholderGroup group : StakeholderGroup.values()) {
			supports.put(group, 0);
		}
		this.jdbc.sql("SELECT stakeholder_group, count(*) AS n FROM dialogue_support WHERE idea_id = :id GROUP BY 1")
			.param("id", id)
			.query((rs, n) -> supports.put(StakeholderGroup.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		int total = supports.values().stream().mapToInt(Integer::intValue).sum();
		boolean supported = viewer != null
				&& this.jdbc.sql("SELECT count(*) FROM dialogue_support WHERE idea_id = :id AND supporter = :supporter")
					.param("id", id)
					.param("supporter", viewer.supporterKey())
					.query(Integer.class)
					.single() > 0;
		boolean author = viewer != null && isAuthor(idea, viewer);
		Set<IdeaStatus> next = EnumSet.noneOf(IdeaStatus.class);
		if (viewer != null && viewer.isModerator()) {
			next.addAll(idea.status().next());
		}
		else if (author && idea.status().next().contains(IdeaStatus.WITHDRAWN)) {
			next.add(IdeaStatus.WITHDRAWN);
		}
		IdeaPage.Review review = (asModerator || (viewer != null && IdeaRecords.mayReview(viewer)))
				? this.review.of(id, viewer) : null;
		IdeaPage.ProjectLink project = (idea.projectId() != null) ? this.projects.link(idea.projectId()).orElse(null)
				: null;
		boolean mayImplement = viewer != null && idea.status() == IdeaStatus.APPROVED
				&& viewer.role() == Role.CONTROLLING;
		Map<UUID, String> allGoals = this.goals.all();
		Map<UUID, String> served = new LinkedHashMap<>();
		this.jdbc.sql("SELECT goal_id FROM dialogue_idea_goal WHERE idea_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list()
			.stream()
			.filter(allGoals::containsKey)
			.forEach(goal -> served.put(goal, allGoals.get(goal)));
		IdeaPage.Development development = this.authorship.of(idea, viewer, author,
				viewer != null && viewer.isModerator());
		return new IdeaPage(idea, editionTitle, timeline, comments(id, asModerator), supports, total, supported, next,
				review, project, mayImplement, served, development,
				(project != null) ? this.projects.figures(idea.projectId()) : null);
	}

	private List<IdeaPage.Comment> comments(UUID ideaId, boolean withHidden) {
		record Row(UUID id, UUID parentId, String author, String text, Instant at, String hidden) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT id, parent_id, author_name, text, written_at, hidden_reason FROM dialogue_comment
				WHERE idea_id = :id ORDER BY written_at, id
				""")
			.param("id", ideaId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("author_name"), rs.getString("text"), instant(rs, "written_at"),
					rs.getString("hidden_reason")))
			.list();
		Map<UUID, List<IdeaPage.Comment>> answers = new LinkedHashMap<>();
		List<IdeaPage.Comment> threads = new ArrayList<>();
		// Answers are written after what they answer: building from the newest keeps each
		// comment's answers complete before the comment itself is built.
		for (int i = rows.size() - 1; i >= 0; i--) {
			Row row = rows.get(i);
			List<IdeaPage.Comment> own = new ArrayList<>(answers.getOrDefault(row.id(), List.of()));
			Collections.reverse(own);
			boolean hidden = row.hidden() != null;
			IdeaPage.Comment comment = new IdeaPage.Comment(row.id(), row.author(),
					(hidden && !withHidden) ? null : row.text(), row.at(), row.hidden(), own);
			if (row.parentId() == null) {
				threads.add(comment);
			}
			else {
				answers.computeIfAbsent(row.parentId(), key -> new ArrayList<>()).add(comment);
			}
		}
		Collections.reverse(threads);
		return threads;
	}

}
