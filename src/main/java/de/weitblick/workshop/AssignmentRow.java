package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.project.ProjectId;
import de.weitblick.shared.Period;

/**
 * An assignment as stored, with the project of its workshop; internal to the module.
 */
record AssignmentRow(UUID id, int version, UUID workshopId, String workshopName, ProjectId projectId,
		UUID participantId, UUID responsibleUnitId, UUID assigningPartnerId, LocalDate startsOn, LocalDate endsOn,
		BigDecimal weeklyHours, String furtherMonthsConfirmedBy, String furtherMonthsReason, NextStep nextStep,
		String nextStepNote) {

	Period period() {
		return new Period(this.startsOn, this.endsOn);
	}

	static final String SELECT = """
			SELECT a.id, a.version, a.workshop_id, w.name AS workshop_name, w.project_id, a.participant_id,
			       a.responsible_unit_id, a.assigning_partner_id, a.starts_on, a.ends_on, a.weekly_hours,
			       a.further_months_confirmed_by, a.further_months_reason, a.next_step, a.next_step_note
			FROM work_assignment a JOIN workshop w ON w.id = a.workshop_id
			""";

	static AssignmentRow of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String next = rs.getString("next_step");
		return new AssignmentRow(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("workshop_id", UUID.class), rs.getString("workshop_name"),
				new ProjectId(rs.getObject("project_id", UUID.class)), rs.getObject("participant_id", UUID.class),
				rs.getObject("responsible_unit_id", UUID.class), rs.getObject("assigning_partner_id", UUID.class),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getBigDecimal("weekly_hours"), rs.getString("further_months_confirmed_by"),
				rs.getString("further_months_reason"), (next != null) ? NextStep.valueOf(next) : null,
				rs.getString("next_step_note"));
	}

}
