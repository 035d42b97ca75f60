package de.weitblick.participant;

import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.participant.persistence.ParticipantRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored focus-group periods of every person in step with the focus-group
 * rules, which the lists and figures search by.
 */
@Service
@Transactional
public class FocusGroupProjection {

	private static final int RECOMPUTE_CHUNK = 1_000;

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final FocusGroupManagement focusGroups;

	FocusGroupProjection(ParticipantRepository participants, JdbcClient jdbc, FocusGroupManagement focusGroups) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.focusGroups = focusGroups;
	}

	/**
	 * Recomputes every participant's stored focus-group periods, e.g. after a rule
	 * changed.
	 * @return how many participants were recomputed
	 */
	public int recomputeFocusGroups() {
		FocusGroupClassifier classifier = this.focusGroups.classifier();
		int count = 0;
		// PostgreSQL orders identifiers as unsigned bytes: the all-zero one comes first.
		UUID after = new UUID(0L, 0L);
		while (true) {
			// In chunks by identifier, so a Land-sized table never sits in memory at
			// once.
			List<UUID> ids = this.jdbc.sql("SELECT id FROM participant WHERE id > :after ORDER BY id LIMIT :chunk")
				.param("after", after)
				.param("chunk", RECOMPUTE_CHUNK)
				.query(UUID.class)
				.list();
			if (ids.isEmpty()) {
				return count;
			}
			for (Participant participant : this.participants.findAllById(ids)) {
				project(participant, classifier);
				count++;
			}
			after = ids.get(ids.size() - 1);
		}
	}

	public void project(Participant participant) {
		project(participant, this.focusGroups.classifier());
	}

	private void project(Participant participant, FocusGroupClassifier classifier) {
		List<MembershipPeriod> periods = classifier.membershipPeriods(participant.facts(),
				participant.details().birthDate());
		this.jdbc.sql("DELETE FROM participant_focus_group WHERE participant_id = :id")
			.param("id", participant.id().id())
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_focus_group (participant_id, focus_group_code, valid_from, valid_until)
				SELECT :id, code, valid_from, valid_until
				FROM unnest(CAST(:codes AS text[]), CAST(:froms AS date[]), CAST(:untils AS date[]))
				    AS t(code, valid_from, valid_until)
				""")
			.param("id", participant.id().id())
			.param("codes", periods.stream().map(period -> period.focusGroup().name()).toArray(String[]::new))
			.param("froms",
					periods.stream().map(period -> java.sql.Date.valueOf(period.from())).toArray(java.sql.Date[]::new))
			.param("untils",
					periods.stream()
						.map(period -> (period.until() != null) ? java.sql.Date.valueOf(period.until()) : null)
						.toArray(java.sql.Date[]::new))
			.update();
	}

}
