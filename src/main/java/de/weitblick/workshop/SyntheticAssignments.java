package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.project.AttendedHours;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Demo data: the people taking part in the project of each workshop today are assigned to
 * it, from their first day of attendance for nine months, by their counsellor.
 */
@Service
public class SyntheticAssignments {

	private final Assignments assignments;

	private final WorkshopManagement workshops;

	private final AttendedHours projects;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	SyntheticAssignments(Assignments assignments, WorkshopManagement workshops, AttendedHours projects,
			OrganisationManagement organisation, JdbcClient jdbc, Clock clock) {
		this.assignments = assignments;
		this.workshops = workshops;
		this.projects = projects;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Assigns the people taking part, unless any assignment exists.
	 * @param counsellorUsername the counsellor whose team's people are assigned
	 * @return how many were assigned
	 */
	public int createIfNone(String counsellorUsername) {
		if (this.jdbc.sql("SELECT count(*) FROM work_assignment").query(Integer.class).single() > 0) {
			return 0;
		}
		StaffMember counsellor = this.organisation.staffMember(counsellorUsername).orElse(null);
		if (counsellor == null) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		int assigned = 0;
		for (Workshop workshop : this.workshops.workshops()) {
			for (ParticipantId person : this.projects.takingPart(workshop.projectId(), today)) {
				Map<LocalDate, BigDecimal> hours = this.projects.hoursAttended(workshop.projectId(), person,
						today.minusYears(2), today);
				LocalDate first = hours.keySet().stream().findFirst().orElse(today);
				try {
					this.assignments.assign(new AssignmentRequest(workshop.id(), person, null, first,
							first.plusMonths(9).minusDays(1), BigDecimal.valueOf(24), null), counsellor);
					assigned++;
				}
				catch (RuleViolation ex) {
					// not of the counsellor's team, or the workshop is full: left out of
					// the demo
				}
			}
		}
		return assigned;
	}

}
