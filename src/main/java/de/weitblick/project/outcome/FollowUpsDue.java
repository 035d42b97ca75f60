package de.weitblick.project.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.ProjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups a project's lead has to make: those due or falling due within two weeks,
 * by name. Reading the names is audited.
 */
@Service
@Transactional
public class FollowUpsDue {

	private final ParticipantDirectory participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUpsDue(ParticipantDirectory participants, JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The follow-ups of the viewer's projects that are due or fall due within two weeks,
	 * the earliest first.
	 * @return never null; empty for everybody but project leads
	 */
	public List<FollowUpDue> followUpsDue(StaffMember viewer) {
		return followUpsDue(viewer, null);
	}

	/**
	 * The follow-ups due of one of the viewer's projects, as
	 * {@link #followUpsDue(StaffMember)}.
	 * @param project the project, or null for all of them
	 * @return never null; empty for everybody but project leads
	 */
	public List<FollowUpDue> followUpsDue(StaffMember viewer, ProjectId project) {
		if (viewer.role() != Role.PROJECT_LEAD) {
			return List.of();
		}
		record Due(UUID enrolment, UUID project, String projectName, UUID participant, LocalDate endedOn,
				LocalDate dueOn, OutcomeKind exit) {
		}
		List<Due> due = this.jdbc.sql("""
				SELECT e.id, e.project_id, COALESCE(p.short_name, p.name) AS project_name, e.participant_id,
				       e.ended_on, o.follow_up_due_on, o.exit_outcome
				FROM enrolment_outcome o JOIN enrolment e ON e.id = o.enrolment_id JOIN project p ON p.id = e.project_id
				WHERE p.lead_id = :lead AND o.follow_up_status IS NULL AND o.follow_up_due_on <= :latest
				    AND (CAST(:project AS uuid) IS NULL OR p.id = CAST(:project AS uuid))
				ORDER BY o.follow_up_due_on, e.id
				LIMIT 500
				""")
			.param("lead", viewer.id())
			.param("latest", Outcomes.openFollowUpsDueBy(LocalDate.now(this.clock)))
			.param("project", (project != null) ? project.id() : null)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getString("project_name"), rs.getObject("participant_id", UUID.class),
					rs.getObject("ended_on", LocalDate.class), rs.getObject("follow_up_due_on", LocalDate.class),
					OutcomeKind.valueOf(rs.getString("exit_outcome"))))
			.list();
		Map<ParticipantId, String> names = this.participants.names(
				due.stream().map(d -> new ParticipantId(d.participant())).distinct().toList(), Enrolments.actor(viewer),
				AccessPurpose.PROJECT_WORK);
		return due.stream()
			.map(d -> new FollowUpDue(new EnrolmentId(d.enrolment()), new ProjectId(d.project()), d.projectName(),
					names.getOrDefault(new ParticipantId(d.participant()), "?"), d.endedOn(), d.dueOn(), d.exit()))
			.toList();
	}

}
