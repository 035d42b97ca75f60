package de.weitblick.counselling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.CaseloadAgenda;
import de.weitblick.participant.ParticipantId;

/**
 * A counsellor's day as the start page shows it: what the own caseload asks of today and
 * of the rest of the week.
 *
 * @param today never null
 * @param lastDay the last day of the week shown, never null
 * @param caseloadSize how many active cases the counsellor keeps
 * @param appointmentsToday planned for today, earliest first, never null
 * @param appointmentsThisWeek planned after today until {@code lastDay}, never null
 * @param overdueSteps open steps whose day has passed, the oldest first, never null
 * @param dueSteps open steps due from today until {@code lastDay}, never null
 * @param newCases people registered in the last
 * {@value de.weitblick.participant.CaseloadAgendas#NEW_FOR_DAYS} days, never null
 * @param imports referral lists imported for the counsellor in that time, never null
 * @param offers places offered to people of the caseload and their waiting lists, never
 * null
 * @param followUps hires whose six-month follow-up is due by {@code lastDay}, never null
 * @param unreadMessages people who wrote messages the counsellor has not read; null when
 * Weitblick keeps no messages
 */
public record CounsellorDay(LocalDate today, LocalDate lastDay, int caseloadSize,
		List<CaseloadAgenda.AgendaAppointment> appointmentsToday,
		List<CaseloadAgenda.AgendaAppointment> appointmentsThisWeek, List<CaseloadAgenda.DueStep> overdueSteps,
		List<CaseloadAgenda.DueStep> dueSteps, List<CaseloadAgenda.NewCase> newCases,
		List<CaseloadAgenda.ImportRun> imports, List<Offer> offers, List<FollowUp> followUps,
		List<Unread> unreadMessages) {

	/**
	 * @return whether nothing asks for the counsellor's attention
	 */
	public boolean isQuiet() {
		return this.appointmentsToday.isEmpty() && this.appointmentsThisWeek.isEmpty() && this.overdueSteps.isEmpty()
				&& this.dueSteps.isEmpty() && this.newCases.isEmpty() && this.imports.isEmpty() && this.offers.isEmpty()
				&& this.followUps.isEmpty() && (this.unreadMessages == null || this.unreadMessages.isEmpty());
	}

	/**
	 * A place offered to a person of the caseload, or a waiting list the person is on.
	 *
	 * @param enrolment the enrolment's identifier, never null
	 * @param person never null
	 * @param name never null
	 * @param project the project's name, never null
	 * @param statusKey the message key of the state, never null
	 * @param offered whether a place is held for the person
	 * @param since the day of the offer, or of the referral while waiting; never null
	 */
	public record Offer(UUID enrolment, ParticipantId person, String name, String project, String statusKey,
			boolean offered, LocalDate since) {
	}

	/**
	 * A hire of a person of the caseload whose six-month follow-up is due.
	 *
	 * @param person never null
	 * @param name never null
	 * @param employer the employer's name, never null
	 * @param kindKey the message key of the kind of offer, never null
	 * @param dueOn never null
	 */
	public record FollowUp(ParticipantId person, String name, String employer, String kindKey, LocalDate dueOn) {
	}

	/**
	 * Messages from a person the counsellor has not read yet.
	 *
	 * @param person never null
	 * @param name never null
	 * @param count more than zero
	 */
	public record Unread(ParticipantId person, String name, int count) {
	}

}
