package de.weitblick.dialogue.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.dialogue.IdeaImplemented;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas of the dialogue from submission to implementation: submissions with their similar
 * ideas, the pipeline's steps, threaded comments, supports, reviews and moderation. Every
 * change checks who takes it and refuses what breaks a rule with a {@link RuleViolation},
 * so nothing stored changes.
 */
@Service
@EnableConfigurationProperties(IdeaSettings.class)
@Transactional(readOnly = true)
public class IdeaManagement {

	static final int MAXIMUM_TITLE = 200;

	static final int MAXIMUM_TEXT = 4000;

	static final int MAXIMUM_SHORT_TEXT = 1000;

	static final int MAXIMUM_REASON = 500;

	private static final int SIMILAR_SHOWN = 5;

	private static final int MINIMUM_SIMILARITY_TEXT = 4;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	private final ApplicationEventPublisher events;

	private final ImplementingProjects projects;

	private final ServedGoals goals;

	private final IdeaAuthorship authorship;

	IdeaManagement(JdbcClient jdbc, Clock clock, IdeaSettings settings, ApplicationEventPublisher events,
			ImplementingProjects projects, ServedGoals goals, IdeaAuthorship authorship) {
		this.goals = goals;
		this.authorship = authorship;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
		this.projects = projects;
	}

	// Reading

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
				SELECT from_status, to_status, taken_at, taken_by, reasons FROM dialogue_idea_step
				WHERE idea_id = :id ORDER BY taken_at, id
				""")
			.param("id", id)
			.query((rs, n) -> new IdeaPage.Step(status(rs.getString("from_status")),
					IdeaStatus.valueOf(rs.getString("to_status")), instant(rs, "taken_at"), rs.getString("taken_by"),
					rs.getString("reasons")))
			.list();
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
		Set<IdeaStatus> next = EnumSet.noneOf(IdeaStatus.class);
		if (viewer != null && viewer.isModerator()) {
			next.addAll(idea.status().next());
		}
		else if (viewer != null && isAuthor(idea, viewer) && idea.status().next().contains(IdeaStatus.WITHDRAWN)) {
			next.add(IdeaStatus.WITHDRAWN);
		}
		IdeaPage.Review review = (asModerator || (viewer != null && mayReview(viewer))) ? review(id, viewer) : null;
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
		boolean author = viewer != null && isAuthor(idea, viewer);
		IdeaPage.Development development = this.authorship.of(idea, viewer, author,
				viewer != null && viewer.isModerator());
		return new IdeaPage(idea, editionTitle, timeline, comments(id, asModerator), supports, total, supported, next,
				review, project, mayImplement, served, development,
				(project != null) ? this.projects.figures(idea.projectId()) : null);
	}

	/**
	 * @return whether the person wrote the idea or is one of its accepted co-authors
	 */
	boolean isAuthor(Idea idea, Contributor viewer) {
		if (this.authorship.isCoAuthor(idea.id(), viewer)) {
			return true;
		}
		if (viewer.isPublic()) {
			return viewer.email()
				.equals(this.jdbc.sql("SELECT author_email FROM dialogue_idea WHERE id = :id")
					.param("id", idea.id())
					.query(String.class)
					.optional()
					.orElse(null));
		}
		return viewer.staffId().equals(idea.authorStaffId());
	}

	private static boolean mayReview(Contributor viewer) {
		return viewer.isModerator() || viewer.role() == Role.CONTROLLING;
	}

	/**
	 * @return the idea as stored, hidden or not
	 */
	public Optional<Idea> idea(UUID id) {
		return this.jdbc.sql("SELECT * FROM dialogue_idea WHERE id = :id").param("id", id).query((rs, n) -> {
			Long cost = rs.getObject("rough_cost_euros", Long.class);
			return new Idea(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getObject("edition_id", UUID.class), rs.getString("title"), rs.getString("problem"),
					rs.getString("approach"), rs.getString("target_group"), rs.getString("partners"), cost,
					focusGroups(rs.getString("focus_groups")), IdeaStatus.valueOf(rs.getString("status")),
					instant(rs, "status_since"), instant(rs, "submitted_at"), rs.getString("author_name"),
					rs.getObject("author_staff_id", UUID.class), rs.getString("plain_summary"),
					rs.getString("decision_reasons"), rs.getObject("project_id", UUID.class),
					rs.getString("hidden_reason"), rs.getObject("merged_into", UUID.class));
		}).optional();
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
		Map<UUID, IdeaPage.Comment> built = new LinkedHashMap<>();
		for (int i = rows.size() - 1; i >= 0; i--) {
			Row row = rows.get(i);
			List<IdeaPage.Comment> own = new ArrayList<>(answers.getOrDefault(row.id(), List.of()));
			java.util.Collections.reverse(own);
			boolean hidden = row.hidden() != null;
			IdeaPage.Comment comment = new IdeaPage.Comment(row.id(), row.author(),
					(hidden && !withHidden) ? null : row.text(), row.at(), row.hidden(), own);
			built.put(row.id(), comment);
			if (row.parentId() == null) {
				threads.add(comment);
			}
			else {
				answers.computeIfAbsent(row.parentId(), key -> new ArrayList<>()).add(comment);
			}
		}
		java.util.Collections.reverse(threads);
		return threads;
	}

	private IdeaPage.Review review(UUID ideaId, Contributor viewer) {
		Map<String, Integer> own = new LinkedHashMap<>();
		if (viewer != null && viewer.staffId() != null) {
			this.jdbc.sql("SELECT criterion, score FROM dialogue_review_score WHERE idea_id = :id AND reviewer_id = :r")
				.param("id", ideaId)
				.param("r", viewer.staffId())
				.query((rs, n) -> own.put(rs.getString(1), rs.getInt(2)))
				.list();
		}
		List<IdeaPage.CriterionResult> criteria = this.jdbc.sql("""
				SELECT c.code, c.weight, avg(s.score) AS mean, count(s.score) AS scores
				FROM dialogue_review_criterion c
				LEFT JOIN dialogue_review_score s ON s.criterion = c.code AND s.idea_id = :id
				WHERE c.active GROUP BY c.code, c.weight, c.position ORDER BY c.position
				""")
			.param("id", ideaId)
			.query((rs, n) -> new IdeaPage.CriterionResult(rs.getString("code"), rs.getInt("weight"),
					rs.getObject("mean") != null ? rs.getDouble("mean") : null, rs.getInt("scores")))
			.list();
		List<String> reviewers = this.jdbc
			.sql("SELECT DISTINCT reviewer_name FROM dialogue_review_score WHERE idea_id = :id ORDER BY 1")
			.param("id", ideaId)
			.query(String.class)
			.list();
		double weighted = 0;
		int weights = 0;
		for (IdeaPage.CriterionResult criterion : criteria) {
			if (criterion.mean() != null) {
				weighted += criterion.mean() * criterion.weight();
				weights += criterion.weight();
			}
		}
		return new IdeaPage.Review(criteria, reviewers, (weights > 0) ? weighted / weights : null, own);
	}

	/**
	 * @return the strategy goals an idea may serve, title by identifier, by title
	 */
	public Map<UUID, String> goals() {
		return this.goals.all();
	}

	/**
	 * @return the active review criteria in order, never null
	 */
	public List<String> criteria() {
		return this.jdbc.sql("SELECT code FROM dialogue_review_criterion WHERE active ORDER BY position")
			.query(String.class)
			.list();
	}

	/**
	 * @param editionId never null
	 * @return whether the edition takes ideas now, and from the public
	 */
	public Call call(UUID editionId) {
		return this.jdbc
			.sql("SELECT submissions_open, public_participation FROM dialogue_idea_call WHERE edition_id = :id")
			.param("id", editionId)
			.query((rs, n) -> new Call(rs.getBoolean(1), rs.getBoolean(2)))
			.optional()
			.orElse(new Call(false, false));
	}

	/**
	 * @return the editions that take ideas now, as identifier and title, the newest first
	 */
	public Map<UUID, String> openEditions(boolean forThePublic) {
		Map<UUID, String> open = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT e.id, e.title FROM dialogue_edition e JOIN dialogue_idea_call c ON c.edition_id = e.id
				WHERE c.submissions_open AND (c.public_participation OR NOT :public) ORDER BY e.number DESC
				""")
			.param("public", forThePublic)
			.query((rs, n) -> open.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return open;
	}

	/**
	 * @param submissionsOpen whether ideas are taken
	 * @param publicParticipation whether members of the public take part
	 */
	public record Call(boolean submissionsOpen, boolean publicParticipation) {
	}

	/**
	 * @return the open reports and the ideas that sat too long in one status, for the
	 * moderation queue
	 */
	public ModerationQueue queue() {
		List<ModerationQueue.Report> reports = this.jdbc.sql("""
				SELECT r.id, r.idea_id, i.title, r.comment_id, c.text AS comment_text, r.reason, r.reported_at,
				       coalesce(c.hidden_reason, i.hidden_reason) AS hidden_reason
				FROM dialogue_report r JOIN dialogue_idea i ON i.id = r.idea_id
				LEFT JOIN dialogue_comment c ON c.id = r.comment_id
				WHERE r.settled_at IS NULL ORDER BY r.reported_at
				""")
			.query((rs, n) -> new ModerationQueue.Report(rs.getObject("id", UUID.class),
					rs.getObject("idea_id", UUID.class), rs.getString("title"), rs.getObject("comment_id", UUID.class),
					rs.getString("comment_text"), rs.getString("reason"), instant(rs, "reported_at"),
					rs.getString("hidden_reason")))
			.list();
		List<IdeaSummary> stale = ideas(IdeaFilter.ALL, true, 10_000).stream().filter(IdeaSummary::stale).toList();
		return new ModerationQueue(reports, stale, this.settings.staleAfter().toDays());
	}

	// Changing

	/**
	 * Hands in a new idea.
	 * @param draft must not be null
	 * @param author must not be null
	 * @return the new idea's identifier
	 * @throws RuleViolation when the edition takes no ideas (from the public), the author
	 * sent too many today, or the draft breaks a rule
	 */
	@Transactional
	public UUID submit(IdeaDraft draft, Contributor author) {
		Call call = call(draft.editionId());
		if (!call.submissionsOpen()) {
			throw new RuleViolation("editionId", "dialogue.rule.edition-closed");
		}
		if (author.isPublic() && !call.publicParticipation()) {
			throw new RuleViolation("editionId", "dialogue.rule.edition-not-public");
		}
		Texts.required("title", draft.title(), MAXIMUM_TITLE);
		Texts.required("problem", draft.problem(), MAXIMUM_TEXT);
		Texts.required("approach", draft.approach(), MAXIMUM_TEXT);
		Texts.optional("targetGroup", draft.targetGroup(), MAXIMUM_SHORT_TEXT);
		Texts.optional("partners", draft.partners(), MAXIMUM_SHORT_TEXT);
		if (draft.focusGroups() == null || draft.focusGroups().isEmpty()) {
			throw new RuleViolation("focusGroups", "dialogue.rule.focus-group-required");
		}
		if (!this.goals.all().keySet().containsAll(draft.goalIds())) {
			throw new RuleViolation("goalIds", "dialogue.rule.unknown-goal");
		}
		if (draft.roughCostEuros() != null && draft.roughCostEuros() < 0) {
			throw new RuleViolation("roughCostEuros", "dialogue.rule.cost-negative");
		}
		Instant now = this.clock.instant();
		int today = this.jdbc.sql("""
				SELECT count(*) FROM dialogue_idea
				WHERE submitted_at > :since AND (author_email = :email OR author_staff_id = :staff)
				""")
			.param("since", timestamp(now.minus(1, ChronoUnit.DAYS)))
			.param("email", author.email())
			.param("staff", author.staffId())
			.query(Integer.class)
			.single();
		if (today >= this.settings.ideasPerDay()) {
			throw new RuleViolation(null, "dialogue.rule.too-many-ideas", this.settings.ideasPerDay());
		}
		UUID id = TimeOrderedIds.next();
		String groups = draft.focusGroups()
			.stream()
			.sorted()
			.map(FocusGroupCode::name)
			.collect(Collectors.joining(","));
		this.jdbc.sql("""
				INSERT INTO dialogue_idea (id, version, edition_id, title, problem, approach, target_group, partners,
				    rough_cost_euros, focus_groups, status, status_since, submitted_at, author_name, author_staff_id,
				    author_email)
				VALUES (:id, 0, :edition, :title, :problem, :approach, :target, :partners, :cost, :groups, 'SUBMITTED',
				    :now, :now, :author, :staff, :email)
				""")
			.param("id", id)
			.param("edition", draft.editionId())
			.param("title", draft.title().strip())
			.param("problem", draft.problem().strip())
			.param("approach", draft.approach().strip())
			.param("target", Texts.blankToNull(draft.targetGroup()))
			.param("partners", Texts.blankToNull(draft.partners()))
			.param("cost", draft.roughCostEuros())
			.param("groups", groups)
			.param("now", timestamp(now))
			.param("author", shownName(author))
			.param("staff", author.staffId())
			.param("email", author.email())
			.update();
		for (UUID goal : draft.goalIds()) {
			this.jdbc.sql("INSERT INTO dialogue_idea_goal (idea_id, goal_id) VALUES (:idea, :goal)")
				.param("idea", id)
				.param("goal", goal)
				.update();
		}
		this.jdbc
			.sql("""
					INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
					    rough_cost_euros, written_at, written_by)
					SELECT id, 1, title, problem, approach, target_group, partners, rough_cost_euros, submitted_at, author_name
					FROM dialogue_idea WHERE id = :id
					""")
			.param("id", id)
			.update();
		step(id, null, IdeaStatus.SUBMITTED, now, shownName(author), null);
		return id;
	}

	private static String shownName(Contributor contributor) {
		return (contributor.name() == null || contributor.name().isBlank()) ? "" : contributor.name().strip();
	}

	/**
	 * Takes the idea one step along the pipeline. Moderators take every step; the authors
	 * may withdraw their idea before the review.
	 * @param expectedVersion the version the person read
	 * @param to the next status, must be one of {@link IdeaStatus#next()}
	 * @param reasons required for a decision or a withdrawal; they become public
	 * @throws RuleViolation when the step is out of order or not the person's to take
	 * @throws OptimisticLockingFailureException when someone changed the idea in the
	 * meantime
	 */
	@Transactional
	public void move(UUID id, int expectedVersion, IdeaStatus to, String reasons, Contributor by) {
		Idea idea = idea(id).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		if (!by.isModerator() && !(to == IdeaStatus.WITHDRAWN && isAuthor(idea, by))) {
			throw new RuleViolation(null, "dialogue.rule.may-not-move");
		}
		if (to == null || !idea.status().next().contains(to)) {
			throw new RuleViolation("status", "dialogue.rule.out-of-order",
					new DefaultMessageSourceResolvable(idea.status().messageKey()),
					new DefaultMessageSourceResolvable((to != null) ? to.messageKey() : "dialogue.idea.status.none"));
		}
		if (to.needsReasons()) {
			Texts.required("reasons", reasons, MAXIMUM_TEXT);
		}
		else {
			Texts.optional("reasons", reasons, MAXIMUM_TEXT);
		}
		Instant now = this.clock.instant();
		int changed = this.jdbc.sql("""
				UPDATE dialogue_idea SET status = :to, status_since = :now, version = version + 1,
				    decision_reasons = CASE WHEN :decision THEN :reasons ELSE decision_reasons END
				WHERE id = :id AND version = :version
				""")
			.param("to", to.name())
			.param("now", timestamp(now))
			.param("decision", to.needsReasons())
			.param("reasons", Texts.blankToNull(reasons))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Idea " + id + " was changed in the meantime");
		}
		step(id, idea.status(), to, now, by.name(), Texts.blankToNull(reasons));
		this.events.publishEvent(new IdeaMoved(id, idea.title(), idea.status(), to));
	}

	/**
	 * Sets up the project for an approved idea, pre-filled from it, and links both.
	 * @param viewer the head of department, who alone sets up projects
	 * @return the new project's identifier
	 * @throws RuleViolation when the idea is not approved or the viewer may not set up
	 * projects
	 */
	@Transactional
	public UUID implement(UUID id, int expectedVersion, StaffMember member) {
		Contributor viewer = Contributor.staff(member);
		Idea idea = idea(id).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		if (idea.status() != IdeaStatus.APPROVED) {
			throw new RuleViolation(null, "dialogue.rule.implement-only-approved");
		}
		if (idea.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Idea " + id + " was changed in the meantime");
		}
		UUID projectId = this.projects.create(idea, member, this.clock);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE dialogue_idea SET status = 'BEING_IMPLEMENTED', status_since = :now, project_id = :project,
				    version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("now", timestamp(now))
			.param("project", projectId)
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		step(id, IdeaStatus.APPROVED, IdeaStatus.BEING_IMPLEMENTED, now, viewer.name(), null);
		this.events.publishEvent(new IdeaImplemented(id, projectId));
		this.events.publishEvent(new IdeaMoved(id, idea.title(), IdeaStatus.APPROVED, IdeaStatus.BEING_IMPLEMENTED));
		return projectId;
	}

	/**
	 * The moderators' plain-language (Leichte Sprache) summary for the public pages.
	 */
	@Transactional
	public void summarise(UUID id, int expectedVersion, String plainSummary, Contributor by) {
		if (!by.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		Texts.optional("plainSummary", plainSummary, 2000);
		int changed = this.jdbc.sql("""
				UPDATE dialogue_idea SET plain_summary = :summary, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("summary", Texts.blankToNull(plainSummary))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			idea(id).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
			throw new OptimisticLockingFailureException("Idea " + id + " was changed in the meantime");
		}
	}

	/**
	 * Writes a comment, or an answer to one.
	 * @param parentId the comment answered, or null for a new thread
	 * @return the comment's identifier
	 * @throws RuleViolation for an empty or too long text, too many comments within the
	 * hour, or an answer to a comment of another idea
	 */
	@Transactional
	public UUID comment(UUID ideaId, UUID parentId, String text, Contributor author) {
		Idea idea = idea(ideaId).filter(found -> !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		refuseMerged(idea);
		Texts.required("text", text, MAXIMUM_TEXT);
		if (parentId != null && this.jdbc.sql("SELECT count(*) FROM dialogue_comment WHERE id = :p AND idea_id = :i")
			.param("p", parentId)
			.param("i", idea.id())
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("parentId", "dialogue.rule.unknown-comment");
		}
		Instant now = this.clock.instant();
		int lastHour = this.jdbc.sql("""
				SELECT count(*) FROM dialogue_comment
				WHERE written_at > :since AND (author_email = :email OR author_staff_id = :staff)
				""")
			.param("since", timestamp(now.minus(1, ChronoUnit.HOURS)))
			.param("email", author.email())
			.param("staff", author.staffId())
			.query(Integer.class)
			.single();
		if (lastHour >= this.settings.commentsPerHour()) {
			throw new RuleViolation("text", "dialogue.rule.too-many-comments", this.settings.commentsPerHour());
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO dialogue_comment (id, idea_id, parent_id, author_name, author_staff_id, author_email, text,
				    written_at)
				VALUES (:id, :idea, :parent, :name, :staff, :email, :text, :now)
				""")
			.param("id", id)
			.param("idea", ideaId)
			.param("parent", parentId)
			.param("name", shownName(author))
			.param("staff", author.staffId())
			.param("email", author.email())
			.param("text", text.strip())
			.param("now", timestamp(now))
			.update();
		return id;
	}

	/**
	 * Supports the idea, once per person, until the review starts.
	 * @throws RuleViolation when the person supports it already or the review started
	 */
	@Transactional
	public void support(UUID ideaId, StakeholderGroup group, Contributor supporter) {
		Idea idea = idea(ideaId).filter(found -> !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		refuseMerged(idea);
		if (!idea.status().takesSupports()) {
			throw new RuleViolation(null, "dialogue.rule.supports-closed");
		}
		StakeholderGroup counted = supporter.isPublic() ? StakeholderGroup.PUBLIC : group;
		if (counted == null) {
			throw new RuleViolation("group", "dialogue.rule.group-required");
		}
		int added = this.jdbc.sql("""
				INSERT INTO dialogue_support (idea_id, supporter, stakeholder_group, supported_at)
				VALUES (:idea, :supporter, :group, :now) ON CONFLICT DO NOTHING
				""")
			.param("idea", ideaId)
			.param("supporter", supporter.supporterKey())
			.param("group", counted.name())
			.param("now", timestamp(this.clock.instant()))
			.update();
		if (added == 0) {
			throw new RuleViolation(null, "dialogue.rule.supported-already");
		}
	}

	/**
	 * Withdraws the person's support, until the review starts.
	 * @throws RuleViolation when the review started or the person did not support it
	 */
	@Transactional
	public void withdrawSupport(UUID ideaId, Contributor supporter) {
		Idea idea = idea(ideaId).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		if (!idea.status().takesSupports()) {
			throw new RuleViolation(null, "dialogue.rule.supports-closed");
		}
		int removed = this.jdbc.sql("DELETE FROM dialogue_support WHERE idea_id = :idea AND supporter = :supporter")
			.param("idea", ideaId)
			.param("supporter", supporter.supporterKey())
			.update();
		if (removed == 0) {
			throw new RuleViolation(null, "dialogue.rule.not-supported");
		}
	}

	/**
	 * Scores the idea under review on the active criteria, independently of the other
	 * reviewers; a second scoring replaces the reviewer's own scores.
	 * @param scores from 1 to 5 by criterion code, must not be null
	 */
	@Transactional
	public void score(UUID ideaId, Map<String, Integer> scores, Contributor reviewer) {
		Idea idea = idea(ideaId).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		if (reviewer.isPublic() || !mayReview(reviewer)) {
			throw new RuleViolation(null, "dialogue.rule.may-not-review");
		}
		if (idea.status() != IdeaStatus.UNDER_REVIEW) {
			throw new RuleViolation(null, "dialogue.rule.not-under-review");
		}
		List<String> criteria = criteria();
		for (Map.Entry<String, Integer> score : scores.entrySet()) {
			if (!criteria.contains(score.getKey())) {
				throw new RuleViolation(null, "dialogue.rule.unknown-criterion");
			}
			if (score.getValue() == null || score.getValue() < 1 || score.getValue() > 5) {
				throw new RuleViolation("scores[" + score.getKey() + "]", "dialogue.rule.score-range");
			}
		}
		Instant now = this.clock.instant();
		for (Map.Entry<String, Integer> score : scores.entrySet()) {
			this.jdbc.sql("""
					INSERT INTO dialogue_review_score (idea_id, reviewer_id, reviewer_name, criterion, score, scored_at)
					VALUES (:idea, :reviewer, :name, :criterion, :score, :now)
					ON CONFLICT (idea_id, reviewer_id, criterion) DO UPDATE SET score = :score, scored_at = :now
					""")
				.param("idea", ideaId)
				.param("reviewer", reviewer.staffId())
				.param("name", reviewer.name())
				.param("criterion", score.getKey())
				.param("score", score.getValue())
				.param("now", timestamp(now))
				.update();
		}
	}

	/**
	 * Reports abusive content to the moderators.
	 * @param commentId the comment reported, or null for the idea itself
	 */
	@Transactional
	public void report(UUID ideaId, UUID commentId, String reason) {
		idea(ideaId).orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		Texts.required("reason", reason, MAXIMUM_SHORT_TEXT);
		if (commentId != null && this.jdbc.sql("SELECT count(*) FROM dialogue_comment WHERE id = :c AND idea_id = :i")
			.param("c", commentId)
			.param("i", ideaId)
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("commentId", "dialogue.rule.unknown-comment");
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_report (id, idea_id, comment_id, reason, reported_at)
				VALUES (:id, :idea, :comment, :reason, :now)
				""")
			.param("id", TimeOrderedIds.next())
			.param("idea", ideaId)
			.param("comment", commentId)
			.param("reason", reason.strip())
			.param("now", timestamp(this.clock.instant()))
			.update();
	}

	/**
	 * Hides an idea or a comment with a reason, or shows it again (reason null), and
	 * settles the open reports about it.
	 * @param commentId the comment, or null for the idea
	 */
	@Transactional
	public void hide(UUID ideaId, UUID commentId, String reason, Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		Texts.optional("reason", reason, MAXIMUM_REASON);
		String hidden = Texts.blankToNull(reason);
		int changed = (commentId == null)
				? this.jdbc
					.sql("UPDATE dialogue_idea SET hidden_reason = :reason, version = version + 1 WHERE id = :id")
					.param("reason", hidden)
					.param("id", ideaId)
					.update()
				: this.jdbc.sql("UPDATE dialogue_comment SET hidden_reason = :reason WHERE id = :c AND idea_id = :id")
					.param("reason", hidden)
					.param("c", commentId)
					.param("id", ideaId)
					.update();
		if (changed == 0) {
			throw new NotFound("dialogue.idea.not-found");
		}
		this.jdbc.sql("""
				UPDATE dialogue_report SET settled_at = :now, settled_by = :by
				WHERE idea_id = :id AND comment_id IS NOT DISTINCT FROM :c AND settled_at IS NULL
				""")
			.param("now", timestamp(this.clock.instant()))
			.param("by", moderator.name())
			.param("id", ideaId)
			.param("c", commentId)
			.update();
	}

	/**
	 * Settles a report without hiding anything.
	 */
	@Transactional
	public void dismissReport(UUID reportId, Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		this.jdbc.sql("UPDATE dialogue_report SET settled_at = :now, settled_by = :by WHERE id = :id")
			.param("now", timestamp(this.clock.instant()))
			.param("by", moderator.name())
			.param("id", reportId)
			.update();
	}

	/**
	 * @return the addresses and staff accounts of an idea's authors and supporters, who
	 * are told of its steps
	 */
	Recipients recipients(UUID ideaId) {
		List<UUID> staff = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		this.jdbc.sql("""
				SELECT author_staff_id, author_email FROM dialogue_idea WHERE id = :id
				UNION SELECT CASE WHEN supporter LIKE 'staff:%' THEN CAST(substring(supporter FROM 7) AS uuid) END,
				             CASE WHEN supporter LIKE 'mail:%' THEN substring(supporter FROM 6) END
				FROM dialogue_support WHERE idea_id = :id
				UNION SELECT CASE WHEN co_author LIKE 'staff:%' THEN CAST(substring(co_author FROM 7) AS uuid) END,
				             CASE WHEN co_author LIKE 'mail:%' THEN substring(co_author FROM 6) END
				FROM dialogue_co_author WHERE idea_id = :id AND accepted_at IS NOT NULL
				""").param("id", ideaId).query((rs, n) -> {
			UUID account = rs.getObject(1, UUID.class);
			if (account != null && !staff.contains(account)) {
				staff.add(account);
			}
			String address = rs.getString(2);
			if (address != null && !addresses.contains(address)) {
				addresses.add(address);
			}
			return null;
		}).list();
		return new Recipients(staff, addresses);
	}

	record Recipients(List<UUID> staff, List<String> addresses) {
	}

	private void step(UUID ideaId, IdeaStatus from, IdeaStatus to, Instant at, String by, String reasons) {
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_step (id, idea_id, from_status, to_status, taken_at, taken_by, reasons)
				VALUES (:id, :idea, :from, :to, :at, :by, :reasons)
				""")
			.param("id", TimeOrderedIds.next())
			.param("idea", ideaId)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("at", timestamp(at))
			.param("by", by)
			.param("reasons", reasons)
			.update();
	}

	/**
	 * A merged idea lives on in the one it was merged into: comments and supports go
	 * there.
	 */
	static void refuseMerged(Idea idea) {
		if (idea.isMerged()) {
			throw new RuleViolation(null, "dialogue.rule.merged");
		}
	}

	private static IdeaStatus status(String name) {
		return (name != null) ? IdeaStatus.valueOf(name) : null;
	}

	private static List<FocusGroupCode> focusGroups(String codes) {
		return (codes == null || codes.isBlank()) ? List.of()
				: Arrays.stream(codes.split(",")).map(FocusGroupCode::valueOf).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
