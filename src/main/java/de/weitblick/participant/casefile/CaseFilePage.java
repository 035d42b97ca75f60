package de.weitblick.participant.casefile;

import java.time.LocalDate;
import java.util.List;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.Participation;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.appointment.Appointment;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.participant.journal.CaseNote;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.merge.MergeRecord;
import de.weitblick.participant.plan.GoalStatus;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.own.PersonsPlanChanges;

/**
 * Everything a case file's page shows to one viewer, read in one transaction with the
 * viewer's access decided once and the read audited once. Each part is read only when the
 * viewer's view shows it, and is empty (or null) otherwise.
 *
 * @param caseFile the case file as the viewer may see it, never null
 * @param counsellor the responsible counsellor, or null when the view leaves out the
 * benefits section or the account is gone
 * @param districtName the name of the city district of the address, or null
 * @param plan the support plan, or null when the view leaves it out
 * @param ownPlanChanges what the person changed in the own plan, for the responsible
 * team; empty for everybody else; never null
 * @param notes the notes the viewer may read, the newest first; never null
 * @param documents the documents, the newest first; never null
 * @param appointments the appointments; never null
 * @param occupations the occupations the person is interested in, with their titles;
 * never null
 * @param healthPermitted whether the view shows health data and the viewer holds the
 * permission
 * @param health the health restrictions (their read audited on its own, as health data
 * is), or null when not permitted
 * @param duplicates people with the same birth date and a similar name, for those who may
 * change the case file; never null
 * @param merges the records merged into this one, the newest first; never null
 * @param participations the projects and offers the person was or is in; never null
 * @param today the day the page was read, never null
 * @param viewerName the user name of whoever reads the page, never null
 */
public record CaseFilePage(CaseFile caseFile, StaffMember counsellor, String districtName, SupportPlan plan,
		PersonsPlanChanges ownPlanChanges, List<CaseNote> notes, List<CaseDocument> documents,
		List<Appointment> appointments, List<Occupation> occupations, boolean healthPermitted,
		HealthRestrictions health, List<PossibleDuplicate> duplicates, List<MergeRecord> merges,
		List<Participation> participations, LocalDate today, String viewerName) implements CaseFileLookup {

	public CaseFilePage {
		notes = List.copyOf(notes);
		documents = List.copyOf(documents);
		appointments = List.copyOf(appointments);
		occupations = List.copyOf(occupations);
		duplicates = List.copyOf(duplicates);
		merges = List.copyOf(merges);
		participations = List.copyOf(participations);
	}

	/**
	 * @return whether the viewer may remove the note: only its author, only while it is
	 * kept, and only with the right to change the case file
	 */
	public boolean mayRemove(CaseNote note) {
		return this.caseFile.mayChange() && !note.isRemoved() && note.author().equalsIgnoreCase(this.viewerName);
	}

	/** The choices of the note form. */
	public NoteVisibility[] noteVisibilities() {
		return NoteVisibility.values();
	}

	/** The choices of the appointment form. */
	public AppointmentKind[] appointmentKinds() {
		return AppointmentKind.values();
	}

	/** The choices of the step form. */
	public StepResponsibility[] responsibilities() {
		return StepResponsibility.values();
	}

	/** The choices of the goal form. */
	public GoalStatus[] goalStatuses() {
		return GoalStatus.values();
	}

	/** The choices of the health form. */
	public HealthRestriction[] healthRestrictions() {
		return HealthRestriction.values();
	}

	/**
	 * @return the first planned appointment from today on, for the summary at the top;
	 * null when none is agreed
	 */
	public Appointment nextAppointment() {
		java.time.Instant from = this.today.atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant();
		return this.appointments.stream()
			.filter(appointment -> appointment.status().name().equals("PLANNED"))
			.filter(appointment -> !appointment.startsAt().isBefore(from))
			.min(java.util.Comparator.comparing(Appointment::startsAt))
			.orElse(null);
	}

	/**
	 * @return the plan's open steps, for the summary at the top; empty without a plan
	 */
	public List<SupportPlan.Step> openSteps() {
		return (this.plan == null) ? List.of()
				: this.plan.goals()
					.stream()
					.flatMap(goal -> goal.steps().stream())
					.filter(step -> step.status().name().equals("OPEN"))
					.toList();
	}

	/**
	 * @return how many of the open steps are overdue
	 */
	public long overdueSteps() {
		return openSteps().stream().filter(step -> step.isOverdue(this.today)).count();
	}

}
