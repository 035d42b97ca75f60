package de.weitblick.project.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseAccessGrants;
import de.weitblick.participant.CaseGrant;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.project.EnrolmentStatus;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees a person's case file because of the work in a project (§ 35 SGB I: only those
 * who need it for their task):
 * <ul>
 * <li>the lead of a project sees, in the project view, the case files of the people
 * offered a place or taking part, and after their exit (completed, dropped out,
 * transferred) for the time the settings give to record the outcome and the follow-up
 * ({@link CaseAccessSettings}); nobody waiting, declined or withdrawn;</li>
 * <li>an instructor currently assigned to a project ({@link ProjectInstructors}) sees, in
 * the work view, the people taking part in it, and nobody after the exit.</li>
 * </ul>
 * One query answers both the single case and the list, so a list never shows a case that
 * cannot be opened. The participant module audits every read through these grants with
 * {@link AccessPurpose#PROJECT_WORK}.
 */
@Component
@EnableConfigurationProperties(CaseAccessSettings.class)
@Transactional(readOnly = true)
class ProjectCaseAccess implements CaseAccessGrants {

	private final JdbcClient jdbc;

	private final CaseAccessSettings settings;

	ProjectCaseAccess(JdbcClient jdbc, CaseAccessSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public List<CaseGrant> grantsOn(ParticipantId participant, StaffMember viewer, LocalDate day) {
		return grants(viewer, day, participant.id()).getOrDefault(participant, List.of());
	}

	@Override
	public Map<ParticipantId, List<CaseGrant>> grantsTo(StaffMember viewer, LocalDate day) {
		return grants(viewer, day, null);
	}

	/**
	 * @param only one person, or null for everybody the viewer may see
	 */
	private Map<ParticipantId, List<CaseGrant>> grants(StaffMember viewer, LocalDate day, UUID only) {
		String sql = switch (viewer.role()) {
			case PROJECT_LEAD -> """
					SELECT e.participant_id, e.project_id, COALESCE(pr.short_name, pr.name) AS project_name, e.status,
					       e.offered_on, e.started_on, e.ended_on
					FROM project pr JOIN enrolment e ON e.project_id = pr.id
					WHERE pr.lead_id = :viewer
					  AND (e.status IN ('OFFERED', 'ENROLLED')
					       OR (e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
					           AND CAST(e.ended_on + CAST(:afterExit AS interval) AS date) >= :day))
					  AND (CAST(:only AS uuid) IS NULL OR e.participant_id = CAST(:only AS uuid))
					ORDER BY project_name, e.referred_at
					""";
			case INSTRUCTOR -> """
					SELECT e.participant_id, e.project_id, COALESCE(pr.short_name, pr.name) AS project_name, e.status,
					       e.offered_on, e.started_on, e.ended_on
					FROM project_instructor i JOIN project pr ON pr.id = i.project_id
					JOIN enrolment e ON e.project_id = i.project_id
					WHERE i.instructor_id = :viewer AND i.ended_on IS NULL AND e.status = 'ENROLLED'
					  AND (CAST(:only AS uuid) IS NULL OR e.participant_id = CAST(:only AS uuid))
					ORDER BY project_name, e.referred_at
					""";
			default -> null;
		};
		if (sql == null) {
			return Map.of();
		}
		Map<ParticipantId, List<CaseGrant>> grants = new LinkedHashMap<>();
		this.jdbc.sql(sql)
			.param("viewer", viewer.id())
			.param("afterExit", this.settings.afterExit().toString())
			.param("day", day)
			.param("only", only)
			.query((rs, n) -> {
				ParticipantId person = new ParticipantId(rs.getObject("participant_id", UUID.class));
				grants.computeIfAbsent(person, key -> new ArrayList<>())
					.add(grant(viewer.role(), rs.getObject("project_id", UUID.class), rs.getString("project_name"),
							EnrolmentStatus.valueOf(rs.getString("status")),
							rs.getObject("offered_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
							rs.getObject("ended_on", LocalDate.class)));
				return person;
			})
			.list();
		return grants;
	}

	private CaseGrant grant(Role role, UUID projectId, String projectName, EnrolmentStatus status, LocalDate offeredOn,
			LocalDate startedOn, LocalDate endedOn) {
		if (role == Role.INSTRUCTOR) {
			return new CaseGrant(CaseView.WORK, AccessPurpose.PROJECT_WORK, "project.case-access.instructor",
					List.of(projectName, startedOn), null, AuditDetail.of("project.audit.grant-instructor", projectId));
		}
		AuditDetail detail = AuditDetail.of("project.audit.grant-lead", projectId,
				AuditDetail.term(status.messageKey()));
		return switch (status) {
			case OFFERED -> new CaseGrant(CaseView.PROJECT, AccessPurpose.PROJECT_WORK,
					"project.case-access.lead.OFFERED", List.of(projectName, offeredOn), null, detail);
			case ENROLLED -> new CaseGrant(CaseView.PROJECT, AccessPurpose.PROJECT_WORK,
					"project.case-access.lead.ENROLLED", List.of(projectName, startedOn), null, detail);
			default -> {
				LocalDate until = this.settings.lastDayAfter(endedOn);
				yield new CaseGrant(CaseView.PROJECT, AccessPurpose.PROJECT_WORK,
						"project.case-access.lead.exited." + status.name(), List.of(projectName, endedOn, until), until,
						detail);
			}
		};
	}

}
