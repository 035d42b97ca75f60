package de.weitblick.project.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.Participation;
import de.weitblick.participant.Participations;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.OutcomeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the participant module every enrolment of a person, in every state, with what is
 * stored about it (notes, outcomes, attendance): for the case file's list of projects and
 * for the subject-access report. The participant module checks who may read it and audits
 * the read.
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
			UUID enrolmentId = rs.getObject("id", UUID.class);
			addOutcome(facts, enrolmentId);
			addAttendance(facts, enrolmentId);
			UUID projectId = rs.getObject("project_id", UUID.class);
			return new Participation(rs.getObject("id", UUID.class), rs.getString("project_name"),
					rs.getString("label"), status.name(), status.messageKey(),
					rs.getObject("referred_on", LocalDate.class), rs.getObject("offered_on", LocalDate.class),
					rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class), facts,
					"/projects/" + projectId);
		}).list();
	}

	/**
	 * The outcome on leaving and at the follow-up, with their notes.
	 */
	private void addOutcome(List<Participation.Fact> facts, UUID enrolmentId) {
		this.jdbc.sql("""
				SELECT exit_outcome, job_searching, qualification_gained, exit_note, follow_up_due_on,
				       follow_up_status, follow_up_on, follow_up_note
				FROM enrolment_outcome WHERE enrolment_id = :id
				""").param("id", enrolmentId).query((rs, n) -> {
			facts.add(Participation.Fact.named("outcome.on-exit",
					OutcomeKind.valueOf(rs.getString("exit_outcome")).messageKey()));
			facts.add(Participation.Fact.named("outcome.job-searching",
					rs.getBoolean("job_searching") ? "common.yes" : "common.no"));
			facts.add(Participation.Fact.named("outcome.qualification-gained",
					rs.getBoolean("qualification_gained") ? "common.yes" : "common.no"));
			addText(facts, "outcome.exit-note", rs.getString("exit_note"));
			facts.add(Participation.Fact.of("outcome.follow-up-due", "outcome.fact.day",
					rs.getObject("follow_up_due_on", LocalDate.class)));
			String followUp = rs.getString("follow_up_status");
			if (followUp != null) {
				facts.add(Participation.Fact.named("outcome.follow-up", OutcomeKind.valueOf(followUp).messageKey()));
				facts.add(Participation.Fact.of("outcome.follow-up-on", "outcome.fact.day",
						rs.getObject("follow_up_on", LocalDate.class)));
				addText(facts, "outcome.follow-up-note", rs.getString("follow_up_note"));
			}
			return null;
		}).list();
	}

	/**
	 * Every day or session recorded, labelled with whether the person was there, and the
	 * hours attended of those planned.
	 */
	private void addAttendance(List<Participation.Fact> facts, UUID enrolmentId) {
		this.jdbc.sql("""
				SELECT s.held_on, s.label, s.planned_hours, a.status, a.hours
				FROM attendance a JOIN project_session s ON s.id = a.session_id
				WHERE a.enrolment_id = :id ORDER BY s.held_on, s.label
				""").param("id", enrolmentId).query((rs, n) -> {
			String label = rs.getString("label");
			facts.add(Participation.Fact.of("attendance.fact." + rs.getString("status"), "attendance.fact.day",
					rs.getObject("held_on", LocalDate.class), label.isEmpty() ? "" : " " + label,
					rs.getBigDecimal("hours").stripTrailingZeros(),
					rs.getBigDecimal("planned_hours").stripTrailingZeros()));
			return null;
		}).list();
	}

	private static void addText(List<Participation.Fact> facts, String labelKey, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(Participation.Fact.text(labelKey, value));
		}
	}

}
