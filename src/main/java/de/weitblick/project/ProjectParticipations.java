package de.weitblick.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.Participation;
import de.weitblick.participant.Participations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the participant module every enrolment of a person, in every state, with what is
 * stored about it: for the case file's list of projects and for the subject-access
 * report. The participant module checks who may read it and audits the read.
 */
@Component
@Transactional(readOnly = true)
class ProjectParticipations implements Participations {

	private final JdbcClient jdbc;

	ProjectParticipations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Participation> of(ParticipantId participant) {
		return this.jdbc.sql("""
				SELECT e.id, e.project_id, COALESCE(pr.short_name, pr.name) AS project_name, pp.label, e.status,
				       e.referred_on, e.offered_on, e.started_on, e.ended_on, e.referred_by, e.focus_groups,
				       e.referral_note, e.exit_note, COALESCE(tp.short_name, tp.name) AS transferred_to,
				       e.merged_into_enrolment_id
				FROM enrolment e JOIN project pr ON pr.id = e.project_id
				JOIN place_period pp ON pp.id = e.place_period_id
				LEFT JOIN project tp ON tp.id = e.transferred_to_project_id
				WHERE e.participant_id = :participant
				ORDER BY e.referred_at DESC, e.id DESC
				""").param("participant", participant.id()).query((rs, n) -> {
			EnrolmentStatus status = EnrolmentStatus.valueOf(rs.getString("status"));
			List<Participation.Fact> facts = new ArrayList<>();
			facts.add(Participation.Fact.text("enrolment.referred-by", rs.getString("referred_by")));
			String groups = rs.getString("focus_groups");
			if (!groups.isEmpty()) {
				for (String group : groups.split(",")) {
					facts.add(Participation.Fact.named("enrolment.focus-group-at-referral",
							FocusGroupCode.valueOf(group).messageKey()));
				}
			}
			addText(facts, "enrolment.referral-note", rs.getString("referral_note"));
			addText(facts, "enrolment.transferred-to.shown", rs.getString("transferred_to"));
			addText(facts, "enrolment.note", rs.getString("exit_note"));
			if (rs.getObject("merged_into_enrolment_id") != null) {
				facts.add(Participation.Fact.named("enrolment.note", "enrolment.merged.note"));
			}
			UUID projectId = rs.getObject("project_id", UUID.class);
			return new Participation(rs.getObject("id", UUID.class), rs.getString("project_name"),
					rs.getString("label"), status.name(), status.messageKey(),
					rs.getObject("referred_on", LocalDate.class), rs.getObject("offered_on", LocalDate.class),
					rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class), facts,
					"/projects/" + projectId);
		}).list();
	}

	private static void addText(List<Participation.Fact> facts, String labelKey, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(Participation.Fact.text(labelKey, value));
		}
	}

}
