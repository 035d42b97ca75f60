package de.weitblick.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who waits on the projects' waiting lists, and since when: for proposing the free places
 * of running projects to the people waiting longest.
 */
@Service
@Transactional(readOnly = true)
public class WaitingTimes {

	private final JdbcClient jdbc;

	WaitingTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param people must not be null
	 * @return per person waiting on at least one list, the day of the earliest referral
	 * still waiting; people not waiting are left out
	 */
	public Map<ParticipantId, LocalDate> waitingSince(Collection<ParticipantId> people) {
		Map<ParticipantId, LocalDate> since = new HashMap<>();
		if (people.isEmpty()) {
			return since;
		}
		this.jdbc.sql("""
				SELECT participant_id, min(referred_on) FROM enrolment
				WHERE status = 'WAITING' AND participant_id = ANY(CAST(:people AS uuid[]))
				GROUP BY participant_id
				""").param("people", people.stream().map(ParticipantId::id).toArray(UUID[]::new)).query((rs, n) -> {
			since.put(new ParticipantId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
			return null;
		}).list();
		return since;
	}

	/**
	 * @param people must not be null
	 * @return per person waiting, the projects whose lists they are on
	 */
	public Map<ParticipantId, List<ProjectId>> waitingIn(Collection<ParticipantId> people) {
		Map<ParticipantId, List<ProjectId>> in = new HashMap<>();
		if (people.isEmpty()) {
			return in;
		}
		this.jdbc.sql("""
				SELECT participant_id, project_id FROM enrolment
				WHERE status = 'WAITING' AND participant_id = ANY(CAST(:people AS uuid[]))
				""").param("people", people.stream().map(ParticipantId::id).toArray(UUID[]::new)).query((rs, n) -> {
			in.computeIfAbsent(new ParticipantId(rs.getObject(1, UUID.class)), k -> new java.util.ArrayList<>())
				.add(new ProjectId(rs.getObject(2, UUID.class)));
			return null;
		}).list();
		return in;
	}

}
