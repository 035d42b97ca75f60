package de.weitblick.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a project on a day and the hours each attended, for another module
 * that pays or counts by attendance (work opportunities). Reads no name: the caller
 * decides who may see the figures and audits the read.
 */
@Service
@Transactional(readOnly = true)
public class AttendedHours {

	private final JdbcClient jdbc;

	AttendedHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The hours a person attended the project per day, from the attendance recorded for
	 * the person's enrolments in it; days without attendance are missing, days the person
	 * was away count zero hours.
	 * @param id must not be null
	 * @param person must not be null
	 * @param from the first day, must not be null
	 * @param until the last day, must not be null
	 * @return hours by day in the order of the days, never null
	 */
	public Map<LocalDate, BigDecimal> hoursAttended(ProjectId id, ParticipantId person, LocalDate from,
			LocalDate until) {
		Map<LocalDate, BigDecimal> hours = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT s.held_on, sum(a.hours) AS hours
				FROM attendance a
				JOIN project_session s ON s.id = a.session_id
				JOIN enrolment e ON e.id = a.enrolment_id
				WHERE e.project_id = :project AND e.participant_id = :person AND s.held_on BETWEEN :from AND :until
				GROUP BY s.held_on ORDER BY s.held_on
				""")
			.param("project", id.id())
			.param("person", person.id())
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> hours.put(rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours")))
			.list();
		return hours;
	}

	/**
	 * The people taking part in the project on a day: enrolled, started on or before it
	 * and not left before it.
	 * @param id must not be null
	 * @param day must not be null
	 * @return never null
	 */
	public List<ParticipantId> takingPart(ProjectId id, LocalDate day) {
		return this.jdbc.sql("""
				SELECT DISTINCT participant_id FROM enrolment
				WHERE project_id = :project AND status = 'ENROLLED' AND started_on <= :day
				  AND (ended_on IS NULL OR ended_on >= :day)
				ORDER BY participant_id
				""")
			.param("project", id.id())
			.param("day", day)
			.query((rs, n) -> new ParticipantId(rs.getObject("participant_id", UUID.class)))
			.list();
	}

}
