package de.weitblick.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferKind;
import de.weitblick.participant.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hires of a set of people (a counsellor's caseload) whose six-month follow-up falls
 * due by a day and is not recorded yet, read with one query. It neither decides access
 * nor audits: the caller has decided which people the viewer may see and records the read
 * of everybody it shows.
 */
@Service
@Transactional(readOnly = true)
public class HireFollowUps {

	private final JdbcClient jdbc;

	private final EmployerManagement employers;

	HireFollowUps(JdbcClient jdbc, EmployerManagement employers) {
		this.jdbc = jdbc;
		this.employers = employers;
	}

	/**
	 * @param people never null; at most a caseload
	 * @param byDay the last day a follow-up may fall due on to be listed
	 * @return the earliest due first, never null
	 */
	public List<FollowUpDue> of(Collection<ParticipantId> people, LocalDate byDay) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<FollowUpDue> found = this.jdbc.sql("""
				SELECT p.id, p.participant_id, p.employer_id, p.offer_kind, p.started_on FROM placement p
				WHERE p.participant_id = ANY(CAST(:people AS uuid[])) AND p.offer_kind IN ('JOB', 'APPRENTICESHIP')
				  AND p.started_on IS NOT NULL AND p.follow_up_on IS NULL
				  AND p.started_on + INTERVAL '6 months' <= :byDay
				ORDER BY p.started_on, p.id LIMIT 200
				""")
			.param("people", people.stream().map(ParticipantId::id).toArray(UUID[]::new))
			.param("byDay", byDay)
			.query((rs, n) -> new FollowUpDue(new PlacementId(rs.getObject("id", UUID.class)),
					new ParticipantId(rs.getObject("participant_id", UUID.class)),
					new EmployerId(rs.getObject("employer_id", UUID.class)), "",
					OfferKind.valueOf(rs.getString("offer_kind")).messageKey(),
					rs.getObject("started_on", LocalDate.class).plusMonths(6)))
			.list();
		Map<EmployerId, String> names = this.employers
			.names(found.stream().map(FollowUpDue::employer).distinct().toList());
		return found.stream()
			.map(due -> new FollowUpDue(due.id(), due.person(), due.employer(), names.getOrDefault(due.employer(), ""),
					due.kindKey(), due.dueOn()))
			.toList();
	}

	/**
	 * A hire whose six-month follow-up is due.
	 *
	 * @param id never null
	 * @param person never null
	 * @param employer never null
	 * @param employerName never null
	 * @param kindKey the message key of its kind: a job or an apprenticeship
	 * @param dueOn six months after the start
	 */
	public record FollowUpDue(PlacementId id, ParticipantId person, EmployerId employer, String employerName,
			String kindKey, LocalDate dueOn) {
	}

}
