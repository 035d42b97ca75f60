package de.weitblick.project.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import de.weitblick.organisation.Notifications;
import de.weitblick.project.Project;
import de.weitblick.project.persistence.ProjectRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a project's lead when follow-ups of people who left the project can be made, so
 * that nobody has to look at the list for them: one notification per project and run,
 * with the number of follow-ups and a link to the list of that project's follow-ups. It
 * names nobody. Each follow-up is told once: the run marks it
 * ({@code follow_up_reminded_at}) in the transaction that writes the notification.
 */
@Service
@Transactional
public class FollowUpReminders {

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

	private final JdbcClient jdbc;

	private final ProjectRepository projects;

	private final Notifications notifications;

	private final Clock clock;

	public FollowUpReminders(JdbcClient jdbc, ProjectRepository projects, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Tells the leads of the follow-ups that can be recorded from today on and nobody was
	 * told of yet. Several instances may run it at once: the follow-ups one of them is
	 * telling are locked, and the others skip them.
	 * @return how many projects' leads were told
	 */
	public int remindDue() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate dueBy = Outcomes.openFollowUpsDueBy(today);
		// A project without a lead has nobody to tell. Its follow-ups stay unmarked, so
		// the
		// lead it gets is told of them on the next run.
		List<UUID> unled = this.jdbc.sql("""
				SELECT DISTINCT e.project_id
				FROM enrolment_outcome o JOIN enrolment e ON e.id = o.enrolment_id JOIN project p ON p.id = e.project_id
				WHERE o.follow_up_status IS NULL AND o.follow_up_reminded_at IS NULL AND o.follow_up_due_on <= :dueBy
				    AND p.lead_id IS NULL
				""").param("dueBy", dueBy).query(UUID.class).list();
		if (!unled.isEmpty()) {
			log.info("Follow-up reminders: projects {} have follow-ups due but no lead to tell", unled);
		}
		List<UUID> claimed = this.jdbc.sql("""
				WITH due AS (
				    SELECT o.enrolment_id, e.project_id
				    FROM enrolment_outcome o JOIN enrolment e ON e.id = o.enrolment_id
				        JOIN project p ON p.id = e.project_id
				    WHERE o.follow_up_status IS NULL AND o.follow_up_reminded_at IS NULL
				        AND o.follow_up_due_on <= :dueBy AND p.lead_id IS NOT NULL
				    FOR UPDATE OF o SKIP LOCKED)
				UPDATE enrolment_outcome o SET follow_up_reminded_at = :now
				FROM due WHERE o.enrolment_id = due.enrolment_id
				RETURNING due.project_id
				""")
			.param("dueBy", dueBy)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list();
		Map<UUID, Integer> perProject = new TreeMap<>();
		claimed.forEach(project -> perProject.merge(project, 1, Integer::sum));
		for (Project project : this.projects.findAllById(perProject.keySet())) {
			this.notifications.notify(project.leadId(), "outcome.follow-ups.notification",
					List.of(project.displayName(), String.valueOf(perProject.get(project.id().id()))),
					"/enrolments/follow-ups?project=" + project.id().id());
		}
		if (!perProject.isEmpty()) {
			log.info("Follow-up reminders: told the leads of {} projects of {} follow-ups", perProject.size(),
					claimed.size());
		}
		return perProject.size();
	}

}
