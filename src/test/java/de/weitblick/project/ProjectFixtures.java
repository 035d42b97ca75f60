package de.weitblick.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.project.places.PlacesPlanning;

/**
 * Projects and people made through the real facades, each with a name of its own so that
 * tests sharing one database never meet.
 */
final class ProjectFixtures {

	static final UUID KAF = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000002001");

	final ProjectManagement projects;

	final PlacesPlanning placesPlanning;

	final ParticipantManagement participants;

	final StaffMember counsellor;

	final StaffMember lead;

	final StaffMember controlling;

	ProjectFixtures(ProjectManagement projects, PlacesPlanning placesPlanning, ParticipantManagement participants,
			OrganisationManagement organisation) {
		this.projects = projects;
		this.placesPlanning = placesPlanning;
		this.participants = participants;
		this.counsellor = organisation.staffMember("fachkraft").orElseThrow();
		this.lead = organisation.staffMember("projektleitung").orElseThrow();
		this.controlling = organisation.staffMember("controlling").orElseThrow();
	}

	/**
	 * A running project led by the demo project lead, with the Jobcenter as referrer and
	 * one period around today.
	 */
	ProjectId project(EligibilityRules rules, Set<FocusGroupCode> targetGroups, int places) {
		ProjectId id = this.projects.create(description("Testprojekt " + UUID.randomUUID(), rules, targetGroups),
				this.controlling);
		this.placesPlanning.addPeriod(id,
				new PlacesPlan("2026/27", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), places), this.lead);
		return id;
	}

	ProjectDescription description(String name, EligibilityRules rules, Set<FocusGroupCode> targetGroups) {
		return new ProjectDescription(name, null, ProjectKind.QUALIFICATION, ProjectStatus.RUNNING, null, KAF,
				this.lead.id(), LocalDate.of(2026, 1, 1), null, "Kassel", targetGroups, rules,
				Set.of(new ProjectPartnership(JOBCENTER, PartnerRole.REFERRER)), Set.of(), List.of());
	}

	PlacePeriod period(ProjectId project) {
		return this.projects.places(project).get(0);
	}

	/** A person of 30 in the city with German B2 and SGB II. */
	ParticipantId person(String familyName) {
		return person(familyName, LocalDate.of(1996, 3, 1), BenefitBasis.SGB_II, "14", LanguageLevel.B2, null);
	}

	ParticipantId person(String familyName, LocalDate birthDate, BenefitBasis benefit, String district,
			LanguageLevel german, LocalDate unemployedSince) {
		PersonalDetails details = new PersonalDetails(familyName, "Test", birthDate, Gender.FEMALE, null, null,
				"Kassel", district, null, null, true, "DE", null, false, benefit, unemployedSince,
				ReferralSource.JOBCENTER);
		Set<LanguageSkill> languages = (german != null) ? Set.of(new LanguageSkill("de", german)) : Set.of();
		return this.participants.register(new ParticipantRecord(details, null, languages, Set.of(), List.of()), null,
				false, this.counsellor);
	}

	ReferralRequest referral(ProjectId project, ParticipantId person) {
		return new ReferralRequest(project, null, person, null, null);
	}

}
