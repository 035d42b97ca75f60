package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_SHORT_TEXT;
import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_TEXT;
import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_TITLE;
import static de.weitblick.dialogue.idea.IdeaRecords.shownName;
import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * Hands in new ideas to the editions that take them, from signed-in stakeholders and,
 * where an edition opens public participation, from members of the public; with a limit
 * of ideas a day per person.
 */
@Service
@Transactional(readOnly = true)
public class IdeaSubmission {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	private final ServedGoals goals;

	private final IdeaRecords records;

	IdeaSubmission(JdbcClient jdbc, Clock clock, IdeaSettings settings, ServedGoals goals, IdeaRecords records) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.goals = goals;
		this.records = records;
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
	 * Opens or closes an edition for ideas, and for ideas and comments from the public.
	 * @param publicParticipation whether members of the public with a confirmed address
	 * take part; only while submissions are open
	 * @throws RuleViolation when the person does not moderate
	 * @throws NotFound when there is no such edition
	 */
	@Transactional
	public void changeCall(UUID editionId, boolean submissionsOpen, boolean publicParticipation,
			Contributor moderator) {
		if (!moderator.isModerator()) {
			throw new RuleViolation(null, "dialogue.rule.moderators-only");
		}
		if (this.jdbc.sql("SELECT count(*) FROM dialogue_edition WHERE id = :id")
			.param("id", editionId)
			.query(Integer.class)
			.single() == 0) {
			throw new NotFound("dialogue.edition.not-found");
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_call (edition_id, submissions_open, public_participation)
				VALUES (:id, :open, :public)
				ON CONFLICT (edition_id) DO UPDATE SET submissions_open = :open, public_participation = :public
				""")
			.param("id", editionId)
			.param("open", submissionsOpen)
			.param("public", submissionsOpen && publicParticipation)
			.update();
	}

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
		this.records.step(id, null, IdeaStatus.SUBMITTED, now, shownName(author), null);
		return id;
	}

}
