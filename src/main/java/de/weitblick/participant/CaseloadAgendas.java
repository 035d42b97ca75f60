package de.weitblick.participant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a counsellor's {@link CaseloadAgenda}: the own active cases only, with one query
 * per kind of entry for the whole caseload. It writes nothing to the audit trail: the
 * caller shows the agenda together with what other modules hold about the same people and
 * records that read once, naming everybody shown.
 */
@Service
@Transactional(readOnly = true)
public class CaseloadAgendas {

	/** How far back a registration or an import counts as new. */
	public static final int NEW_FOR_DAYS = 14;

	private final JdbcClient jdbc;

	CaseloadAgendas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param counsellor must be a counsellor
	 * @param today the first day of the agenda
	 * @param lastDay the last day (inclusive) whose appointments and due steps it shows
	 * @param zone the zone the days are counted in
	 * @return never null
	 * @throws AccessDeniedException when the viewer keeps no caseload
	 */
	public CaseloadAgenda of(StaffMember counsellor, LocalDate today, LocalDate lastDay, ZoneId zone) {
		if (counsellor.role() != Role.COUNSELLOR) {
			throw new AccessDeniedException("Only counsellors keep a caseload");
		}
		Map<ParticipantId, String> caseload = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.id, p.family_name || ', ' || p.given_names AS name FROM participant p
				WHERE p.counsellor_id = :counsellor AND p.status = 'ACTIVE' ORDER BY p.search_name, p.id
				""")
			.param("counsellor", counsellor.id())
			.query((rs, n) -> caseload.put(new ParticipantId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		List<CaseloadAgenda.AgendaAppointment> appointments = this.jdbc.sql("""
				SELECT a.participant_id, p.family_name || ', ' || p.given_names AS name, a.starts_at, a.minutes,
				       a.kind, a.place
				FROM appointment a JOIN participant p ON p.id = a.participant_id
				WHERE p.counsellor_id = :counsellor AND p.status = 'ACTIVE' AND a.status = 'PLANNED'
				  AND a.starts_at >= :from AND a.starts_at < :until
				ORDER BY a.starts_at, p.search_name, a.id
				""")
			.param("counsellor", counsellor.id())
			.param("from", java.sql.Timestamp.from(today.atStartOfDay(zone).toInstant()))
			.param("until", java.sql.Timestamp.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new CaseloadAgenda.AgendaAppointment(
					new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("name"),
					rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"),
					"participant.appointment.kind." + rs.getString("kind"), rs.getString("place")))
			.list();
		List<CaseloadAgenda.DueStep> steps = this.jdbc.sql("""
				SELECT g.participant_id, p.family_name || ', ' || p.given_names AS name, g.title, s.description,
				       s.responsible, s.due_on
				FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id JOIN participant p ON p.id = g.participant_id
				WHERE p.counsellor_id = :counsellor AND p.status = 'ACTIVE' AND s.status = 'OPEN'
				  AND s.due_on <= :lastDay
				ORDER BY s.due_on, p.search_name, s.id
				LIMIT 200
				""")
			.param("counsellor", counsellor.id())
			.param("lastDay", lastDay)
			.query((rs, n) -> new CaseloadAgenda.DueStep(new ParticipantId(rs.getObject("participant_id", UUID.class)),
					rs.getString("name"), rs.getString("title"), rs.getString("description"),
					"participant.plan.responsible." + rs.getString("responsible"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
		List<CaseloadAgenda.NewCase> newCases = this.jdbc.sql("""
				SELECT p.id, p.family_name || ', ' || p.given_names AS name, p.registered_on, p.referral_source,
				       EXISTS (SELECT 1 FROM participant_referral r WHERE r.participant_id = p.id
				               AND r.import_id IS NOT NULL) AS from_list
				FROM participant p
				WHERE p.counsellor_id = :counsellor AND p.status = 'ACTIVE' AND p.registered_on >= :since
				ORDER BY p.registered_on DESC, p.search_name, p.id
				LIMIT 100
				""")
			.param("counsellor", counsellor.id())
			.param("since", today.minusDays(NEW_FOR_DAYS))
			.query((rs, n) -> new CaseloadAgenda.NewCase(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("name"), rs.getObject("registered_on", LocalDate.class),
					"participant.referral-source." + rs.getString("referral_source"), rs.getBoolean("from_list")))
			.list();
		List<CaseloadAgenda.ImportRun> imports = this.jdbc.sql("""
				SELECT i.id, i.file_name, i.status, i.uploaded_at, i.created_rows,
				       i.duplicate_rows + i.invalid_rows AS to_check
				FROM referral_import i
				WHERE i.unit_id = :unit AND (i.importer_id = :counsellor OR i.counsellor_id = :counsellor)
				  AND i.uploaded_at >= :since
				ORDER BY i.uploaded_at DESC, i.id
				LIMIT 20
				""")
			.param("unit", counsellor.unitId())
			.param("counsellor", counsellor.id())
			.param("since", java.sql.Timestamp.from(today.minusDays(NEW_FOR_DAYS).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new CaseloadAgenda.ImportRun(rs.getObject("id", UUID.class), rs.getString("file_name"),
					"participant.import.status." + rs.getString("status"), rs.getTimestamp("uploaded_at").toInstant(),
					rs.getInt("created_rows"), rs.getInt("to_check")))
			.list();
		return new CaseloadAgenda(caseload, appointments, steps, newCases, imports);
	}

}
