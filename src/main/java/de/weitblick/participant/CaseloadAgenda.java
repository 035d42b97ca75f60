package de.weitblick.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a counsellor's own caseload asks of the coming days: the planned appointments, the
 * open steps whose day has come or passed, the people newly registered and the referral
 * lists imported for the counsellor. Read for all of the caseload at once by
 * {@link CaseloadAgendas}.
 *
 * @param caseload the names ("family name, given names") of the counsellor's active
 * cases, by name; for the other modules' set-based queries, not to be shown as a whole
 * @param appointments planned, earliest first, never null
 * @param steps open, the earliest due day first, never null
 * @param newCases the newest first, never null
 * @param imports the newest first, never null
 */
public record CaseloadAgenda(java.util.Map<ParticipantId, String> caseload, List<AgendaAppointment> appointments,
		List<DueStep> steps, List<NewCase> newCases, List<ImportRun> imports) {

	/**
	 * A planned appointment with a person of the caseload.
	 *
	 * @param person never null
	 * @param name "family name, given names", never null
	 * @param startsAt never null
	 * @param minutes its length
	 * @param kindKey the message key of its kind, never null
	 * @param place may be null
	 */
	public record AgendaAppointment(ParticipantId person, String name, Instant startsAt, int minutes, String kindKey,
			String place) {
	}

	/**
	 * An open step of a person's plan whose day has come.
	 *
	 * @param person never null
	 * @param name "family name, given names", never null
	 * @param goal the title of the goal it leads to, never null
	 * @param description never null
	 * @param responsibleKey the message key of who does it, never null
	 * @param dueOn never null
	 */
	public record DueStep(ParticipantId person, String name, String goal, String description, String responsibleKey,
			LocalDate dueOn) {

		/**
		 * @param today must not be null
		 * @return whether its day has passed
		 */
		public boolean isOverdue(LocalDate today) {
			return this.dueOn.isBefore(today);
		}

	}

	/**
	 * A person newly registered in the caseload.
	 *
	 * @param person never null
	 * @param name "family name, given names", never null
	 * @param registeredOn never null
	 * @param sourceKey the message key of who sent the person, never null
	 * @param fromReferralList whether the person came through a Jobcenter referral list
	 */
	public record NewCase(ParticipantId person, String name, LocalDate registeredOn, String sourceKey,
			boolean fromReferralList) {
	}

	/**
	 * A referral list imported for the counsellor, by the counsellor or by the Jobcenter.
	 *
	 * @param id never null
	 * @param fileName never null
	 * @param statusKey the message key of its state, never null
	 * @param uploadedAt never null
	 * @param createdRows the case files it created
	 * @param rowsToCheck the rows it did not import (duplicates, invalid rows)
	 */
	public record ImportRun(UUID id, String fileName, String statusKey, Instant uploadedAt, int createdRows,
			int rowsToCheck) {
	}

	/**
	 * @return everybody the agenda names, each once, in the order first named
	 */
	public List<ParticipantId> people() {
		java.util.LinkedHashSet<ParticipantId> people = new java.util.LinkedHashSet<>();
		this.appointments.forEach(item -> people.add(item.person()));
		this.steps.forEach(item -> people.add(item.person()));
		this.newCases.forEach(item -> people.add(item.person()));
		return List.copyOf(people);
	}

}
