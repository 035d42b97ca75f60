package de.weitblick.counselling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.AuditedSubjects;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.employer.Chamber;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.SizeClass;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.placement.PlacementId;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ReferralRequest;
import de.weitblick.project.Referrals;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counsellor's start page for the day: what the own active caseload asks of today and
 * of the rest of the week, and nothing of anybody else's cases. Each test works with a
 * counsellor of the demo team of its own.
 */
@WeitblickIntegrationTest
class CounsellorDayTests {

	private static final UUID KAF = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000002001");

	/** A Wednesday far enough ahead that every appointment of the test can be agreed. */
	private static final LocalDate WEDNESDAY = LocalDate.now()
		.plusYears(1)
		.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));

	@Autowired
	MockMvc mvc;

	@Autowired
	CounsellorDays days;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Referrals referrals;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offers;

	@Autowired
	PlacementManagement placements;

	@Autowired
	JdbcClient jdbc;

	StaffMember teamLead;

	StaffMember counsellor;

	@BeforeEach
	void counsellorOfTheDemoTeam() {
		this.teamLead = this.organisation.staffMember("fachkraft").orElseThrow();
		String username = "tag-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :username, 'COUNSELLOR', :unit)
				""").param("id", id).param("username", username).param("unit", this.teamLead.unitId()).update();
		this.counsellor = this.organisation.staffMember(id).orElseThrow();
	}

	@Test
	void theDayShowsTodaysAppointmentsThenTheRestOfTheWeekAndNothingOfNextWeekOrOfAColleaguesCases() throws Exception {
		ParticipantId mine = register("Heute", this.counsellor);
		ParticipantId colleagues = register("Kollegial", this.teamLead);
		plan(mine, WEDNESDAY, "09:30", "Rathaus, Raum 12");
		plan(mine, WEDNESDAY.plusDays(2), "14:00", null);
		plan(mine, WEDNESDAY.plusDays(7), "10:00", null);
		plan(colleagues, WEDNESDAY, "11:00", null);

		CounsellorDay day = this.days.of(this.counsellor, WEDNESDAY);

		assertThat(day.lastDay()).isEqualTo(WEDNESDAY.plusDays(4));
		assertThat(day.appointmentsToday()).singleElement().satisfies(appointment -> {
			assertThat(appointment.person()).isEqualTo(mine);
			assertThat(appointment.place()).isEqualTo("Rathaus, Raum 12");
		});
		assertThat(day.appointmentsThisWeek()).singleElement()
			.satisfies(appointment -> assertThat(appointment.person()).isEqualTo(mine));
	}

	@Test
	void overdueStepsComeFirstThenTheStepsDueThisWeekAndDoneOrLaterStepsNotAtAll() throws Exception {
		ParticipantId person = register("Schritte", this.counsellor);
		UUID goal = goal(person, "Ausbildung finden");
		step(person, goal, "Lebenslauf schreiben", WEDNESDAY.plusDays(3));
		step(person, goal, "Zeugnisse besorgen", WEDNESDAY.minusDays(10));
		step(person, goal, "Bewerbung abschicken", WEDNESDAY.plusDays(12));
		UUID done = step(person, goal, "Beratungstermin Kammer", WEDNESDAY.minusDays(2));
		this.mvc
			.perform(post("/participants/{id}/plan/steps/{step}/status", person.id(), done).param("status", "DONE")
				.with(csrf())
				.with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection());

		CounsellorDay day = this.days.of(this.counsellor, WEDNESDAY);

		assertThat(day.overdueSteps()).extracting(step -> step.description()).containsExactly("Zeugnisse besorgen");
		assertThat(day.dueSteps()).extracting(step -> step.description()).containsExactly("Lebenslauf schreiben");
		assertThat(day.dueSteps().get(0).goal()).isEqualTo("Ausbildung finden");
	}

	@Test
	void aPlaceOfferedToAPersonOfTheCaseloadAndAHireWhoseFollowUpIsDueAreOnThePage() throws Exception {
		ParticipantId offered = register("Angebot", this.counsellor);
		ParticipantId hired = register("Eingestellt", this.counsellor);
		ProjectId project = project("Werkstatt Tag " + UUID.randomUUID());
		this.referrals.refer(new ReferralRequest(project, null, offered, null, null), this.teamLead);
		LocalDate started = LocalDate.now().minusMonths(7);
		EmployerId employer = this.employers.register(new EmployerDetails("Pflegedienst Tag " + UUID.randomUUID(), null,
				"87.10", SizeClass.MEDIUM, null, null, "Kassel", null, false, Chamber.OTHER, true,
				List.of(new EmployerContact("Leitung", null, null, null, null))), service());
		OfferId job = this.offers.addOffer(employer, new OfferDetails(OfferKind.JOB, "Pflegehilfe",
				OccupationalField.CARE, "Pflegehilfskraft", null, null, null, started.minusDays(10), null, 2, null),
				service());
		PlacementId placement = this.placements.propose(hired, job, service());
		this.placements.agree(placement, 0, started.minusDays(5), service());
		this.placements.start(placement, 1, started, service());

		CounsellorDay day = this.days.of(this.counsellor, LocalDate.now());

		assertThat(day.offers()).singleElement().satisfies(offer -> {
			assertThat(offer.person()).isEqualTo(offered);
			assertThat(offer.offered()).isTrue();
			assertThat(offer.name()).startsWith("Angebot");
		});
		assertThat(day.followUps()).singleElement().satisfies(followUp -> {
			assertThat(followUp.person()).isEqualTo(hired);
			assertThat(followUp.dueOn()).isEqualTo(started.plusMonths(6));
			assertThat(followUp.employer()).startsWith("Pflegedienst Tag");
		});
		String page = page();
		assertThat(page).contains("Angebote und Wartelisten (1)")
			.contains("Platz angeboten")
			.contains("Fällige Nachbefragungen (1)")
			.contains("Pflegedienst Tag");
	}

	@Test
	void aNewlyRegisteredPersonIsNewAndThePageIsTheCounsellorsStart() throws Exception {
		register("Neuzugang", this.counsellor);

		String page = page();

		assertThat(page).contains("<title>Mein Tag – Weitblick</title>")
			.contains("Neue Zuweisungen und Importe (1)")
			.contains("Neuzugang")
			.contains("href=\"/participants\"")
			.contains("Meine Fallübersicht (1 aktive Fälle)");
		this.mvc.perform(get("/").with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/counselling/today"));
	}

	@Test
	void theDayIsWrittenToTheAuditTrailOnceNamingEverybodyShown() throws Exception {
		ParticipantId first = register("Erstens", this.counsellor);
		ParticipantId second = register("Zweitens", this.counsellor);
		ParticipantId notShown = register("Ruhig", this.counsellor);
		this.jdbc.sql("UPDATE participant SET registered_on = registered_on - 30 WHERE id = :id")
			.param("id", notShown.id())
			.update();

		page();

		List<List<UUID>> entries = this.jdbc.sql("""
				SELECT %s AS subjects FROM audit_event
				WHERE actor = :actor AND detail_key = 'counselling.audit.day-shown'
				""".formatted(AuditedSubjects.OF_AUDIT_EVENT))
			.param("actor", this.counsellor.username())
			.query((rs, n) -> List.of((UUID[]) rs.getArray("subjects").getArray()))
			.list();
		assertThat(entries).singleElement()
			.satisfies(subjects -> assertThat(subjects).containsExactlyInAnyOrder(first.id(), second.id()));
	}

	@Test
	void onlyACounsellorHasADayOfCasesAndTheOthersAreTurnedAway() throws Exception {
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();

		assertThatThrownBy(() -> this.days.of(lead, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/counselling/today").with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDayIsAlsoGivenAsJsonWithCodesInsteadOfPageTextsAndAuditedOnce() throws Exception {
		ParticipantId person = register("Json", this.counsellor);
		UUID goal = goal(person, "Arbeit finden");
		step(person, goal, "Bewerbung schreiben", LocalDate.now());

		this.mvc.perform(get("/api/v1/counselling/today").with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.caseloadSize").value(1))
			.andExpect(jsonPath("$.newCases[0].participantId").value(person.id().toString()))
			.andExpect(jsonPath("$.newCases[0].source").value("JOBCENTER"))
			.andExpect(jsonPath("$.dueSteps[0].description").value("Bewerbung schreiben"))
			.andExpect(jsonPath("$.dueSteps[0].responsible").value("PARTICIPANT"))
			.andExpect(jsonPath("$.dueSteps[0].goal").value("Arbeit finden"));

		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE actor = :actor AND detail_key = 'counselling.audit.day-shown'
				""").param("actor", this.counsellor.username()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aProjectLeadAskingTheApiForADayGetsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/counselling/today").with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/counselling/today").with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private StaffMember service() {
		return this.organisation.staffMember("arbeitgeberservice").orElseThrow();
	}

	private ParticipantId register(String stem, StaffMember caseOf) {
		PersonalDetails details = new PersonalDetails(stem + UUID.randomUUID().toString().substring(0, 8), "Test",
				LocalDate.of(1990, 1, 1), Gender.FEMALE, null, null, "Kassel", null, null, null, true, "DE", null,
				false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()),
				caseOf.id(), false, this.teamLead);
	}

	private void plan(ParticipantId person, LocalDate day, String time, String place) throws Exception {
		var request = post("/participants/{id}/appointments", person.id()).param("day", day.toString())
			.param("time", time)
			.param("minutes", "45")
			.param("kind", "IN_PERSON");
		if (place != null) {
			request.param("place", place);
		}
		this.mvc.perform(request.with(csrf()).with(user(this.teamLead.username()).roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection());
	}

	private UUID goal(ParticipantId person, String title) throws Exception {
		this.mvc
			.perform(post("/participants/{id}/plan/goals", person.id()).param("title", title)
				.with(csrf())
				.with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("SELECT id FROM plan_goal WHERE participant_id = :person AND title = :title")
			.param("person", person.id())
			.param("title", title)
			.query(UUID.class)
			.single();
	}

	private UUID step(ParticipantId person, UUID goal, String description, LocalDate dueOn) throws Exception {
		this.mvc
			.perform(post("/participants/{id}/plan/goals/{goal}/steps", person.id(), goal)
				.param("description", description)
				.param("responsible", "PARTICIPANT")
				.param("dueOn", dueOn.toString())
				.with(csrf())
				.with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("SELECT id FROM plan_step WHERE goal_id = :goal AND description = :description")
			.param("goal", goal)
			.param("description", description)
			.query(UUID.class)
			.single();
	}

	private ProjectId project(String name) {
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();
		ProjectId id = this.projects.create(
				new ProjectDescription(name, null, ProjectKind.QUALIFICATION, ProjectStatus.RUNNING, null, KAF,
						lead.id(), LocalDate.of(2026, 1, 1), null, "Kassel", Set.of(), EligibilityRules.NONE,
						Set.of(new ProjectPartnership(JOBCENTER, PartnerRole.REFERRER)), Set.of(), List.of()),
				controlling);
		this.placesPlanning.addPeriod(id,
				new PlacesPlan("Tag", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1), 5), lead);
		return id;
	}

}
