package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * An idea as its authors develop it further: new versions of its text, each kept with who
 * wrote it and when, and their history with what changed. Co-authors are
 * {@link IdeaCoAuthors}, the choice of news {@link IdeaNewsChoice}.
 */
@Service
@Transactional(readOnly = true)
public class IdeaDevelopment {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaRecords records;

	private final IdeaAuthorship authorship;

	IdeaDevelopment(JdbcClient jdbc, Clock clock, IdeaRecords records, IdeaAuthorship authorship) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.records = records;
		this.authorship = authorship;
	}

	/**
	 * Writes a new version of the idea's text; the versions before are kept.
	 * @param expectedVersion the version of the idea the person read
	 * @param by an author, an accepted co-author or a moderator
	 * @return the new version's number
	 * @throws RuleViolation when the person may not revise it, the review started, it was
	 * merged, or a text breaks a rule
	 * @throws OptimisticLockingFailureException when someone changed the idea in the
	 * meantime
	 */
	@Transactional
	public int revise(UUID ideaId, int expectedVersion, IdeaRevision revision, Contributor by) {
		Idea idea = this.records.visible(ideaId);
		this.records.mayDevelop(idea, by);
		Texts.required("title", revision.title(), IdeaRecords.MAXIMUM_TITLE);
		Texts.required("problem", revision.problem(), IdeaRecords.MAXIMUM_TEXT);
		Texts.required("approach", revision.approach(), IdeaRecords.MAXIMUM_TEXT);
		Texts.optional("targetGroup", revision.targetGroup(), IdeaRecords.MAXIMUM_SHORT_TEXT);
		Texts.optional("partners", revision.partners(), IdeaRecords.MAXIMUM_SHORT_TEXT);
		Texts.optional("note", revision.note(), IdeaRecords.MAXIMUM_REASON);
		if (revision.roughCostEuros() != null && revision.roughCostEuros() < 0) {
			throw new RuleViolation("roughCostEuros", "dialogue.rule.cost-negative");
		}
		IdeaRevision before = IdeaRevision.of(idea);
		IdeaRevision after = new IdeaRevision(revision.title().strip(), revision.problem().strip(),
				revision.approach().strip(), Texts.blankToNull(revision.targetGroup()),
				Texts.blankToNull(revision.partners()), revision.roughCostEuros(), null);
		if (before.equals(after)) {
			throw new RuleViolation(null, "dialogue.rule.version-unchanged");
		}
		int changed = this.jdbc.sql("""
				UPDATE dialogue_idea SET title = :title, problem = :problem, approach = :approach,
				    target_group = :target, partners = :partners, rough_cost_euros = :cost, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("title", after.title())
			.param("problem", after.problem())
			.param("approach", after.approach())
			.param("target", after.targetGroup())
			.param("partners", after.partners())
			.param("cost", after.roughCostEuros())
			.param("id", ideaId)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Idea " + ideaId + " was changed in the meantime");
		}
		int number = this.jdbc
			.sql("SELECT greatest(coalesce(max(number), 0), 1) + 1 FROM dialogue_idea_version WHERE idea_id = :id")
			.param("id", ideaId)
			.query(Integer.class)
			.single();
		if (number == 2) {
			keepFirstVersion(idea);
		}
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
				    rough_cost_euros, written_at, written_by, note)
				VALUES (:id, :number, :title, :problem, :approach, :target, :partners, :cost, :now, :by, :note)
				""")
			.param("id", ideaId)
			.param("number", number)
			.param("title", after.title())
			.param("problem", after.problem())
			.param("approach", after.approach())
			.param("target", after.targetGroup())
			.param("partners", after.partners())
			.param("cost", after.roughCostEuros())
			.param("now", timestamp(this.clock.instant()))
			.param("by", (by.name() != null) ? by.name().strip() : "")
			.param("note", Texts.blankToNull(revision.note()))
			.update();
		return number;
	}

	/**
	 * An idea handed in before versions were kept has its text as handed in only in the
	 * idea itself: it becomes version 1 before the second is written.
	 */
	private void keepFirstVersion(Idea idea) {
		this.jdbc.sql("""
				INSERT INTO dialogue_idea_version (idea_id, number, title, problem, approach, target_group, partners,
				    rough_cost_euros, written_at, written_by)
				VALUES (:id, 1, :title, :problem, :approach, :target, :partners, :cost, :at, :by)
				ON CONFLICT DO NOTHING
				""")
			.param("id", idea.id())
			.param("title", idea.title())
			.param("problem", idea.problem())
			.param("approach", idea.approach())
			.param("target", idea.targetGroup())
			.param("partners", idea.partners())
			.param("cost", idea.roughCostEuros())
			.param("at", timestamp(idea.submittedAt()))
			.param("by", idea.authorName())
			.update();
	}

	/**
	 * @param viewer the reader, or null
	 * @param asModerator whether a hidden idea is shown
	 * @return the versions with what changed between them
	 */
	public IdeaHistory history(UUID ideaId, boolean asModerator) {
		Idea idea = this.records.idea(ideaId)
			.filter(found -> asModerator || !found.isHidden())
			.orElseThrow(() -> new NotFound("dialogue.idea.not-found"));
		List<Stored> stored = this.jdbc
			.sql("""
					SELECT number, title, problem, approach, target_group, partners, rough_cost_euros, written_at, written_by,
					       note
					FROM dialogue_idea_version WHERE idea_id = :id ORDER BY number
					""")
			.param("id", ideaId)
			.query((rs, n) -> new Stored(rs.getInt("number"),
					new IdeaRevision(rs.getString("title"), rs.getString("problem"), rs.getString("approach"),
							rs.getString("target_group"), rs.getString("partners"),
							rs.getObject("rough_cost_euros", Long.class), rs.getString("note")),
					rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("written_by")))
			.list();
		if (stored.isEmpty()) {
			stored = List.of(new Stored(1, IdeaRevision.of(idea), idea.submittedAt(), idea.authorName()));
		}
		List<IdeaHistory.Version> versions = new ArrayList<>();
		IdeaRevision previous = new IdeaRevision(null, null, null, null, null, null, null);
		for (Stored version : stored) {
			versions.add(0, new IdeaHistory.Version(version.number(), version.at(), version.by(), version.text().note(),
					changes(previous, version.text())));
			previous = version.text();
		}
		IdeaPage.Development development = this.authorship.of(idea, null, false, false);
		return new IdeaHistory(ideaId, idea.title(), versions, development.mergedFrom(), development.mergedInto());
	}

	private record Stored(int number, IdeaRevision text, Instant at, String by) {
	}

	private static List<IdeaHistory.Change> changes(IdeaRevision before, IdeaRevision after) {
		List<IdeaHistory.Change> changes = new ArrayList<>();
		change(changes, "dialogue.idea.title", before.title(), after.title());
		change(changes, "dialogue.idea.problem", before.problem(), after.problem());
		change(changes, "dialogue.idea.approach", before.approach(), after.approach());
		change(changes, "dialogue.idea.target-group", before.targetGroup(), after.targetGroup());
		change(changes, "dialogue.idea.partners", before.partners(), after.partners());
		change(changes, "dialogue.idea.rough-cost", Objects.toString(before.roughCostEuros(), null),
				Objects.toString(after.roughCostEuros(), null));
		return changes;
	}

	private static void change(List<IdeaHistory.Change> changes, String key, String before, String after) {
		List<TextDifference.Part> parts = TextDifference.between(before, after);
		if (TextDifference.changed(parts)) {
			changes.add(new IdeaHistory.Change(key, parts));
		}
	}

}
