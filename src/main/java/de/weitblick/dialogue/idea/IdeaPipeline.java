package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.dialogue.IdeaImplemented;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.MAXIMUM_TEXT;
import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * An idea's way along the pipeline, from submitted to implemented or withdrawn: each step
 * taken by whom it is for, recorded with date and author on the public timeline and told
 * to the idea's authors and supporters; an approved idea becomes a project in one action.
 */
@Service
@Transactional(readOnly = true)
public class IdeaPipeline {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ImplementingProjects projects;

	private final IdeaRecords records;

	IdeaPipeline(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ImplementingProjects projects,
			IdeaRecords records) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.projects = projects;
		this.records = records;
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
		Idea idea = this.records.existing(id);
		if (!by.isModerator() && !(to == IdeaStatus.WITHDRAWN && this.records.isAuthor(idea, by))) {
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
		this.records.step(id, idea.status(), to, now, by.name(), Texts.blankToNull(reasons));
		this.events.publishEvent(new IdeaMoved(id, idea.title(), idea.status(), to));
	}

	/**
	 * Sets up the project for an approved idea, pre-filled from it, and links both.
	 * @param member the head of department, who alone sets up projects
	 * @return the new project's identifier
	 * @throws RuleViolation when the idea is not approved or the viewer may not set up
	 * projects
	 */
	@Transactional
	public UUID implement(UUID id, int expectedVersion, StaffMember member) {
		Contributor viewer = Contributor.staff(member);
		Idea idea = this.records.existing(id);
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
		this.records.step(id, IdeaStatus.APPROVED, IdeaStatus.BEING_IMPLEMENTED, now, viewer.name(), null);
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
			this.records.existing(id);
			throw new OptimisticLockingFailureException("Idea " + id + " was changed in the meantime");
		}
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

}
