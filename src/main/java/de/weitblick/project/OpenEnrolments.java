package de.weitblick.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places offered to, and the waiting lists of, a set of people (a counsellor's
 * caseload), read with one query. It neither decides access nor audits: the caller has
 * decided which people the viewer may see and records the read of everybody it shows.
 */
@Service
@Transactional(readOnly = true)
public class OpenEnrolments {

	private final JdbcClient jdbc;

	OpenEnrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param people never null; at most a caseload
	 * @return the places offered first, then the waiting lists, each the newest first;
	 * never null
	 */
	public List<OpenEnrolment> of(Collection<ParticipantId> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT e.id, e.participant_id, e.project_id, pr.name, e.status, e.referred_on, e.offered_on
				FROM enrolment e JOIN project pr ON pr.id = e.project_id
				WHERE e.participant_id = ANY(CAST(:people AS uuid[])) AND e.status IN ('OFFERED', 'WAITING')
				ORDER BY (e.status = 'OFFERED') DESC, COALESCE(e.offered_on, e.referred_on) DESC, e.id
				LIMIT 200
				""")
			.param("people", people.stream().map(ParticipantId::id).toArray(UUID[]::new))
			.query((rs, n) -> new OpenEnrolment(new EnrolmentId(rs.getObject("id", UUID.class)),
					new ParticipantId(rs.getObject("participant_id", UUID.class)),
					new ProjectId(rs.getObject("project_id", UUID.class)), rs.getString("name"),
					EnrolmentStatus.valueOf(rs.getString("status")), rs.getObject("referred_on", LocalDate.class),
					rs.getObject("offered_on", LocalDate.class)))
			.list();
	}

	/**
	 * A place offered to a person, or a waiting list the person is on.
	 *
	 * @param id never null
	 * @param person never null
	 * @param project never null
	 * @param projectName never null
	 * @param status {@link EnrolmentStatus#OFFERED} or {@link EnrolmentStatus#WAITING}
	 * @param referredOn never null
	 * @param offeredOn when the place was offered, null while waiting
	 */
	public record OpenEnrolment(EnrolmentId id, ParticipantId person, ProjectId project, String projectName,
			EnrolmentStatus status, LocalDate referredOn, LocalDate offeredOn) {
	}

}
