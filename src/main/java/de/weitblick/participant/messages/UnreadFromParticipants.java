package de.weitblick.participant.messages;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.UnreadMessages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages people wrote that their team has not read yet, counted per case file in
 * one statement. Only case files of the reader's own team are counted: the thread is the
 * responsible team's.
 */
@Component
class UnreadFromParticipants implements UnreadMessages {

	private final JdbcClient jdbc;

	UnreadFromParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ParticipantId, Integer> unreadFromParticipants(Collection<ParticipantId> caseFiles, StaffMember reader) {
		Map<ParticipantId, Integer> unread = new HashMap<>();
		if (caseFiles.isEmpty() || reader.unitId() == null) {
			return unread;
		}
		this.jdbc.sql("""
				SELECT m.participant_id, count(*) AS unread FROM participant_message m
				JOIN participant p ON p.id = m.participant_id AND p.responsible_unit_id = :unit
				WHERE m.participant_id = ANY (:ids) AND m.from_participant AND m.read_at IS NULL
				GROUP BY m.participant_id
				""")
			.param("unit", reader.unitId())
			.param("ids", caseFiles.stream().map(ParticipantId::id).toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(new ParticipantId(rs.getObject("participant_id", UUID.class)),
					rs.getInt("unread")))
			.list()
			.forEach(entry -> unread.put(entry.getKey(), entry.getValue()));
		return unread;
	}

}
