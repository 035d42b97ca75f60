package de.weitblick.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ReferralRequest;
import de.weitblick.project.places.PlacesPlanning;

/**
 * Projects and people a browser test sets up through the real facades before it opens the
 * pages: a project of its own, led by the demo project lead, that the demo counsellor may
 * refer to, and people with names nobody else has, so tests sharing one database never
 * meet.
 */
final class ProjectsOfTheirOwn {

	private static final UUID KAF = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000002001");

	private final ProjectManagement projects;

	private final PlacesPlanning placesPlanning;

	private final Referrals referrals;

	private final Enrolments enrolments;

	private final ParticipantManagement participants;

	private final Clock clock;

	final StaffMember counsellor;

	final StaffMember lead;

	private final StaffMember headOfDepartment;

	ProjectsOfTheirOwn(ProjectManagement projects, PlacesPlanning placesPlanning, Referrals referrals,
			Enrolments enrolments, ParticipantManagement participants, OrganisationManagement organisation,
			Clock clock) {
		this.projects = projects;
		this.placesPlanning = placesPlanning;
		this.referrals = referrals;
		this.enrolments = enrolments;
		this.participants = participants;
		this.clock = clock;
		this.counsellor = organisation.staffMember("fachkraft").orElseThrow();
		this.lead = organisation.staffMember("projektleitung").orElseThrow();
		this.headOfDepartment = organisation.staffMember("controlling").orElseThrow();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A running project with one period from two months ago to ten months ahead.
	 * @return the project; its name is {@code name}
	 */
	ProjectId project(String name, int places) {
		LocalDate start = today().minusMonths(2).withDayOfMonth(1);
		ProjectId id = this.projects.create(
				new ProjectDescription(name, null, ProjectKind.QUALIFICATION, ProjectStatus.RUNNING, null, KAF,
						this.lead.id(), start, null, "Kassel", Set.of(), EligibilityRules.NONE,
						Set.of(new ProjectPartnership(JOBCENTER, PartnerRole.REFERRER)), Set.of(), List.of()),
				this.headOfDepartment);
		this.placesPlanning.addPeriod(id, new PlacesPlan("Durchgang 1", start, start.plusYears(1).minusDays(1), places),
				this.lead);
		return id;
	}

	/**
	 * A person in the demo counsellor's caseload.
	 * @param unemployedSince null when the person is not unemployed
	 */
	ParticipantId person(String familyName, LocalDate birthDate, LocalDate unemployedSince) {
		PersonalDetails details = new PersonalDetails(familyName, "Test", birthDate, Gender.FEMALE, null, null,
				"Kassel", null, null, null, true, "DE", null, false, BenefitBasis.SGB_II, unemployedSince,
				ReferralSource.JOBCENTER);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null,
				false, this.counsellor);
	}

	/**
	 * Refers the person to the project, where a free place is offered, and starts the
	 * enrolment today.
	 */
	EnrolmentId takingPart(ProjectId project, ParticipantId person) {
		EnrolmentId id = this.referrals.refer(new ReferralRequest(project, null, person, null, null), this.counsellor);
		int version = this.enrolments.enrolment(id, this.lead).orElseThrow().enrolment().version();
		this.enrolments.enrol(id, version, today(), this.lead);
		return id;
	}

	/** A family name nobody else has and no other is like, in letters only. */
	static String uniqueName(String stem) {
		StringBuilder name = new StringBuilder(stem);
		Random random = new Random(UUID.randomUUID().getMostSignificantBits());
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

}
