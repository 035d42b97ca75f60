package de.weitblick.project;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.AvailabilityWindow;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.places.PlacesPlanning;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two projects and their people as a project lead and an instructor meet them: the demo
 * lead's project with the demo instructor assigned, holding one person of each state
 * (taking part, offered a place, waiting, left today, left long ago), and another lead's
 * project with one person taking part. Every person has contact details, languages and
 * times, a counselling note, a document and health restrictions with consent, recorded by
 * their counsellor; each test run gets people with names of their own.
 */
final class ProjectPeople {

	static final UUID OTHER_LEAD = UUID.fromString("019a0000-0000-7000-8000-00000000f101");

	static final String NOTE = "Vertraulicher Beratungsvermerk";

	static final String HEALTH_NOTE = "Keine Arbeit über Kopf";

	static final String PHONE = "0561 555 0101";

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	final ProjectId ownProject;

	final ProjectId otherProject;

	final ParticipantId enrolled;

	final ParticipantId offered;

	final ParticipantId waiting;

	final ParticipantId elsewhere;

	final ParticipantId leftToday;

	final ParticipantId leftLongAgo;

	final UUID document;

	final StaffMember counsellor;

	final StaffMember lead;

	final StaffMember instructor;

	final StaffMember otherLead;

	final String stem;

	/**
	 * @param services the facades the people are made through, must not be null
	 */
	ProjectPeople(Services services) {
		OrganisationManagement organisation = services.organisation();
		this.counsellor = organisation.staffMember("fachkraft").orElseThrow();
		this.lead = organisation.staffMember("projektleitung").orElseThrow();
		this.instructor = organisation.staffMember("fachanleitung").orElseThrow();
		StaffMember controlling = organisation.staffMember("controlling").orElseThrow();
		services.jdbc().sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, 'projektleitung-zwei', 'Projektleitung anderes Projekt', 'PROJECT_LEAD', :unit)
				ON CONFLICT (id) DO NOTHING
				""").param("id", OTHER_LEAD).param("unit", ProjectFixtures.KAF).update();
		this.otherLead = organisation.staffMember(OTHER_LEAD).orElseThrow();
		this.stem = "Projektmensch" + UUID.randomUUID().toString().substring(0, 6);
		ProjectFixtures fixtures = new ProjectFixtures(services.projects(), services.placesPlanning(),
				services.participants(), organisation);
		this.ownProject = fixtures.project(EligibilityRules.NONE, Set.of(), 2);
		services.instructors().assign(this.ownProject, this.instructor.id(), controlling);
		ProjectDescription other = fixtures.description("Anderes Projekt " + UUID.randomUUID(), EligibilityRules.NONE,
				Set.<FocusGroupCode>of());
		this.otherProject = services.projects()
			.create(new ProjectDescription(other.name(), null, other.kind(), other.status(), null,
					other.organisationalUnitId(), OTHER_LEAD, other.startsOn(), null, other.location(),
					other.targetFocusGroups(), other.eligibility(), other.partnerships(), Set.of(), List.of()),
					controlling);
		services.placesPlanning()
			.addPeriod(this.otherProject,
					new PlacesPlan("2026/27", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 5), controlling);

		this.leftToday = person(services, "Heute");
		this.leftLongAgo = person(services, "Frueher");
		this.enrolled = person(services, "Dabei");
		this.offered = person(services, "Angebot");
		this.waiting = person(services, "Wartend");
		this.elsewhere = person(services, "Anderswo");

		Enrolments enrolments = services.enrolments();
		Referrals referrals = services.referrals();
		LocalDate today = LocalDate.now(services.clock());
		for (ParticipantId person : List.of(this.leftToday, this.leftLongAgo)) {
			EnrolmentId id = start(referrals, enrolments, fixtures, this.ownProject, person, today);
			Enrolment started = enrolments.enrolment(id, this.lead).orElseThrow().enrolment();
			enrolments.exit(id, started.version(), EnrolmentStatus.COMPLETED, today, null, null, this.lead);
		}
		// Left eight months ago: longer ago than the time a lead keeps seeing the case.
		LocalDate longAgo = today.minusMonths(8);
		services.jdbc()
			.sql("""
					UPDATE enrolment SET referred_on = :referred, offered_on = :referred, started_on = :started,
					    ended_on = :ended
					WHERE participant_id = :person
					""")
			.param("referred", longAgo.minusMonths(2).minusDays(7))
			.param("started", longAgo.minusMonths(2))
			.param("ended", longAgo)
			.param("person", this.leftLongAgo.id())
			.update();
		start(referrals, enrolments, fixtures, this.ownProject, this.enrolled, today);
		referrals.refer(fixtures.referral(this.ownProject, this.offered), this.counsellor);
		referrals.refer(fixtures.referral(this.ownProject, this.waiting), this.counsellor);
		EnrolmentId elsewhere = referrals.refer(fixtures.referral(this.otherProject, this.elsewhere), this.counsellor);
		Enrolment offeredElsewhere = enrolments.enrolment(elsewhere, this.otherLead).orElseThrow().enrolment();
		enrolments.enrol(elsewhere, offeredElsewhere.version(), today, this.otherLead);

		for (ParticipantId person : List.of(this.enrolled, this.offered, this.waiting, this.elsewhere, this.leftToday,
				this.leftLongAgo)) {
			services.journal().writeNote(person, NOTE, NoteVisibility.TEAM, this.counsellor);
			services.documents().upload(person, "Zeugnis", "zeugnis.pdf", PDF, this.counsellor);
			services.health().setConsent(person, true, this.counsellor);
			services.health()
				.record(person, null, Set.of(HealthRestriction.NO_HEAVY_LIFTING), 6, HEALTH_NOTE, this.counsellor);
		}
		this.document = services.documents().of(this.enrolled, this.counsellor).get(0).id();
	}

	private EnrolmentId start(Referrals referrals, Enrolments enrolments, ProjectFixtures fixtures, ProjectId project,
			ParticipantId person, LocalDate today) {
		EnrolmentId id = referrals.refer(fixtures.referral(project, person), this.counsellor);
		Enrolment offer = enrolments.enrolment(id, this.lead).orElseThrow().enrolment();
		enrolments.enrol(id, offer.version(), today, this.lead);
		return id;
	}

	private ParticipantId person(Services services, String given) {
		PersonalDetails details = new PersonalDetails(this.stem, given, LocalDate.of(1991, 4, 17), Gender.FEMALE,
				"Wilhelmshöher Allee 1", "34117", "Kassel", "14", PHONE, given.toLowerCase() + "@example.org", false,
				"SY", 2015, false, BenefitBasis.SGB_II, LocalDate.of(2024, 2, 1), ReferralSource.JOBCENTER);
		return services.participants()
			.register(new ParticipantRecord(details, null, Set.of(new LanguageSkill("de", LanguageLevel.B1)), Set.of(),
					List.of(), List.of(), Set.of(),
					new WorkConstraints(
							Set.of(new AvailabilityWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
							Set.of(), null, Boolean.TRUE, 45)),
					null, false, this.counsellor);
	}

	/**
	 * The facades the people are made through.
	 */
	record Services(ProjectManagement projects, PlacesPlanning placesPlanning, Referrals referrals,
			Enrolments enrolments, ProjectInstructors instructors, ParticipantManagement participants,
			OrganisationManagement organisation, CaseJournal journal, CaseDocuments documents, HealthData health,
			JdbcClient jdbc, java.time.Clock clock) {
	}

}
