package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.enrolment.CaseAccessSettings;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access matrix of case files for the roles that work with people in projects, on the
 * page and in the API: a project lead sees the people offered a place in or taking part
 * in the own projects, and for a limited time after their exit; an instructor sees the
 * people taking part in the projects assigned, in the work view; nobody sees the
 * counselling notes or the documents through a project, health data only with the
 * permission of their own; every read is audited with its purpose and every refusal as
 * such. The counsellor's row shows that the team's access stays as it was.
 */
@WeitblickIntegrationTest
class CaseAccessMatrixTests {

	private static ProjectPeople people;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ProjectInstructors instructors;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	CaseJournal journal;

	@Autowired
	CaseDocuments documents;

	@Autowired
	HealthData health;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseAccessSettings settings;

	@BeforeEach
	void people() {
		if (people == null) {
			people = new ProjectPeople(new ProjectPeople.Services(this.projects, this.placesPlanning, this.referrals,
					this.enrolments, this.instructors, this.participants, this.organisation, this.journal,
					this.documents, this.health, this.jdbc, this.clock));
		}
	}

	/** Who looks. */
	enum Viewer {

		PROJECT_LEAD("projektleitung"), INSTRUCTOR("fachanleitung"), COUNSELLOR("fachkraft");

		final String username;

		Viewer(String username) {
			this.username = username;
		}

		RequestPostProcessor signedIn() {
			return user(this.username).roles(name());
		}

	}

	/** Whose case file, by the person's place in the projects. */
	enum Person {

		TAKING_PART_IN_OWN_PROJECT(p -> p.enrolled), OFFERED_A_PLACE_IN_OWN_PROJECT(p -> p.offered),
		WAITING_FOR_A_PLACE_IN_OWN_PROJECT(p -> p.waiting), TAKING_PART_IN_ANOTHER_PROJECT(p -> p.elsewhere),
		LEFT_OWN_PROJECT_TODAY(p -> p.leftToday), LEFT_OWN_PROJECT_EIGHT_MONTHS_AGO(p -> p.leftLongAgo);

		final Function<ProjectPeople, ParticipantId> of;

		Person(Function<ProjectPeople, ParticipantId> of) {
			this.of = of;
		}

	}

	/**
	 * What the viewer sees of the case file: nothing, the project view, the work view,
	 * all.
	 */
	enum Seen {

		NOTHING, PROJECT_VIEW, WORK_VIEW, FULL_CASE_FILE

	}

	static Stream<Arguments> matrix() {
		return Stream.of(Arguments.of(Viewer.PROJECT_LEAD, Person.TAKING_PART_IN_OWN_PROJECT, Seen.PROJECT_VIEW),
				Arguments.of(Viewer.PROJECT_LEAD, Person.OFFERED_A_PLACE_IN_OWN_PROJECT, Seen.PROJECT_VIEW),
				Arguments.of(Viewer.PROJECT_LEAD, Person.WAITING_FOR_A_PLACE_IN_OWN_PROJECT, Seen.NOTHING),
				Arguments.of(Viewer.PROJECT_LEAD, Person.TAKING_PART_IN_ANOTHER_PROJECT, Seen.NOTHING),
				Arguments.of(Viewer.PROJECT_LEAD, Person.LEFT_OWN_PROJECT_TODAY, Seen.PROJECT_VIEW),
				Arguments.of(Viewer.PROJECT_LEAD, Person.LEFT_OWN_PROJECT_EIGHT_MONTHS_AGO, Seen.NOTHING),
				Arguments.of(Viewer.INSTRUCTOR, Person.TAKING_PART_IN_OWN_PROJECT, Seen.WORK_VIEW),
				Arguments.of(Viewer.INSTRUCTOR, Person.OFFERED_A_PLACE_IN_OWN_PROJECT, Seen.NOTHING),
				Arguments.of(Viewer.INSTRUCTOR, Person.WAITING_FOR_A_PLACE_IN_OWN_PROJECT, Seen.NOTHING),
				Arguments.of(Viewer.INSTRUCTOR, Person.TAKING_PART_IN_ANOTHER_PROJECT, Seen.NOTHING),
				Arguments.of(Viewer.INSTRUCTOR, Person.LEFT_OWN_PROJECT_TODAY, Seen.NOTHING),
				Arguments.of(Viewer.INSTRUCTOR, Person.LEFT_OWN_PROJECT_EIGHT_MONTHS_AGO, Seen.NOTHING),
				Arguments.of(Viewer.COUNSELLOR, Person.TAKING_PART_IN_OWN_PROJECT, Seen.FULL_CASE_FILE),
				Arguments.of(Viewer.COUNSELLOR, Person.LEFT_OWN_PROJECT_EIGHT_MONTHS_AGO, Seen.FULL_CASE_FILE));
	}

	@ParameterizedTest(name = "{0} opening the case file of a person {1} sees {2}")
	@MethodSource("matrix")
	void theCaseFileShowsWhatTheViewersWorkNeeds(Viewer viewer, Person person, Seen seen) throws Exception {
		ParticipantId id = person.of.apply(people);
		var page = this.mvc.perform(get("/participants/{id}", id.id()).with(viewer.signedIn()));
		var api = this.mvc.perform(get("/api/v1/participants/{id}", id.id()).with(viewer.signedIn()));
		if (seen == Seen.NOTHING) {
			page.andExpect(status().isNotFound());
			api.andExpect(status().isNotFound());
			assertThat(entries(viewer, id)).first().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
				assertThat(entry.detailKey()).isEqualTo("participant.audit.refused.no-grant");
			});
			return;
		}
		page.andExpect(status().isOk()).andExpect(content().string(containsString(PHONE_SHOWN)));
		api.andExpect(status().isOk());
		// Counselling notes and documents stay with the responsible team.
		if (seen == Seen.FULL_CASE_FILE) {
			page.andExpect(content().string(containsString(ProjectPeople.NOTE)))
				.andExpect(content().string(containsString("Zeugnis")))
				.andExpect(content().string(containsString(ProjectPeople.HEALTH_NOTE)));
			return;
		}
		page.andExpect(content().string(not(containsString(ProjectPeople.NOTE))))
			.andExpect(content().string(not(containsString("Zeugnis"))))
			.andExpect(content().string(not(containsString(ProjectPeople.HEALTH_NOTE))))
			.andExpect(content().string(not(containsString("Auskunft"))));
		api.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.view")
			.value(seen == Seen.PROJECT_VIEW ? "PROJECT" : "WORK"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.details.phone")
				.value(ProjectPeople.PHONE));
		if (seen == Seen.PROJECT_VIEW) {
			page.andExpect(content().string(containsString("17.04.1991")))
				.andExpect(content().string(containsString("Leistungen und Zuständigkeit")))
				.andExpect(content().string(containsString("Projektsicht")));
		}
		else {
			// The work view: how to reach the person, languages and times, nothing else.
			page.andExpect(content().string(containsString("Arbeitssicht")))
				.andExpect(content().string(containsString("08:00")))
				.andExpect(content().string(not(containsString("17.04.1991"))))
				.andExpect(content().string(not(containsString("Leistungen und Zuständigkeit"))))
				.andExpect(content().string(not(containsString("Herkunft"))))
				.andExpect(content().string(not(containsString("Langzeitarbeitslose"))))
				.andExpect(content().string(not(containsString("Wilhelmshöher"))));
			api.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.details.birthDate")
						.doesNotExist())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
					.jsonPath("$.details.benefitBasis")
					.doesNotExist())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.citizenships")
					.doesNotExist());
		}
		List<AuditEntry> reads = entries(viewer, id).stream()
			.filter(entry -> entry.action() == AuditAction.READ)
			.toList();
		assertThat(reads).extracting(AuditEntry::purpose).containsOnly(AccessPurpose.PROJECT_WORK);
		assertThat(reads).extracting(AuditEntry::structured).anySatisfy(detail -> {
			assertThat(detail.key()).isEqualTo(
					viewer == Viewer.PROJECT_LEAD ? "project.audit.grant-lead" : "project.audit.grant-instructor");
			assertThat(detail.arguments()).first().isEqualTo(people.ownProject.id().toString());
		});
	}

	static Stream<Arguments> partsOutsideTheView() {
		return Stream.of(Arguments.of(Viewer.PROJECT_LEAD, "/participants/{id}/documents/" + "{document}"),
				Arguments.of(Viewer.INSTRUCTOR, "/participants/{id}/documents/" + "{document}"),
				Arguments.of(Viewer.PROJECT_LEAD, "/participants/{id}/subject-access"),
				Arguments.of(Viewer.INSTRUCTOR, "/participants/{id}/plan.pdf"),
				Arguments.of(Viewer.PROJECT_LEAD, "/api/v1/participants/{id}/health-restrictions"),
				Arguments.of(Viewer.INSTRUCTOR, "/api/v1/participants/{id}/health-restrictions"),
				Arguments.of(Viewer.PROJECT_LEAD, "/participants/{id}/edit"),
				Arguments.of(Viewer.INSTRUCTOR, "/participants/{id}/merge"));
	}

	@ParameterizedTest(name = "{0} asking for {1} of a person taking part is refused and the refusal audited")
	@MethodSource("partsOutsideTheView")
	void aPartOutsideTheViewIsRefusedLikeACaseOfAnotherTeam(Viewer viewer, String address) throws Exception {
		ParticipantId id = people.enrolled;
		this.mvc.perform(get(address, id.id(), people.document).with(viewer.signedIn()))
			.andExpect(status().isNotFound());
		assertThat(entries(viewer, id)).first().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
			assertThat(entry.purpose()).isIn(AccessPurpose.PROJECT_WORK, AccessPurpose.SUBJECT_ACCESS);
		});
	}

	@ParameterizedTest(name = "{0} with the health-data permission")
	@MethodSource("leadAndInstructor")
	void healthDataReachTheProjectLeadOnlyWithThePermissionOfTheirOwnAndNeverTheInstructor(Viewer viewer)
			throws Exception {
		String username = viewer.username;
		this.jdbc.sql("UPDATE staff_account SET may_see_health_data = TRUE WHERE username = :username")
			.param("username", username)
			.update();
		try {
			boolean seen = viewer == Viewer.PROJECT_LEAD;
			this.mvc.perform(get("/participants/{id}", people.enrolled.id()).with(viewer.signedIn()))
				.andExpect(status().isOk())
				.andExpect(seen ? content().string(containsString(ProjectPeople.HEALTH_NOTE))
						: content().string(not(containsString(ProjectPeople.HEALTH_NOTE))));
			this.mvc
				.perform(get("/api/v1/participants/{id}/health-restrictions", people.enrolled.id())
					.with(viewer.signedIn()))
				.andExpect(seen ? status().isOk() : status().isNotFound());
			if (seen) {
				assertThat(this.audit.search(username, people.enrolled.id(), 20))
					.filteredOn(
							entry -> entry.subjectType().equals("health-data") && entry.action() == AuditAction.READ)
					.isNotEmpty()
					.allSatisfy(entry -> assertThat(entry.purpose()).isEqualTo(AccessPurpose.PROJECT_WORK));
			}
		}
		finally {
			this.jdbc.sql("UPDATE staff_account SET may_see_health_data = FALSE WHERE username = :username")
				.param("username", username)
				.update();
		}
	}

	static Stream<Viewer> leadAndInstructor() {
		return Stream.of(Viewer.PROJECT_LEAD, Viewer.INSTRUCTOR);
	}

	static Stream<Arguments> lists() {
		return Stream.of(
				Arguments.of(Viewer.PROJECT_LEAD,
						List.of(Person.TAKING_PART_IN_OWN_PROJECT, Person.OFFERED_A_PLACE_IN_OWN_PROJECT,
								Person.LEFT_OWN_PROJECT_TODAY)),
				Arguments.of(Viewer.INSTRUCTOR, List.of(Person.TAKING_PART_IN_OWN_PROJECT)));
	}

	@ParameterizedTest(name = "{0} finds exactly {1}")
	@MethodSource("lists")
	void theListOfMyParticipantsFollowsTheSameRuleAsOpeningACaseFile(Viewer viewer, List<Person> expected)
			throws Exception {
		String html = this.mvc.perform(get("/participants").param("name", people.stem).with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Person person : Person.values()) {
			String link = "/participants/" + person.of.apply(people).id();
			if (expected.contains(person)) {
				assertThat(html).as(person.name()).contains(link);
			}
			else {
				assertThat(html).as(person.name()).doesNotContain(link);
			}
		}
		this.mvc.perform(get("/api/v1/participants").param("name", people.stem).with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
				.value(expected.size()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("leadAndInstructor")
	void registeringPeopleStaysTheCounsellorsWorkAndTellsNothingAboutWhoIsRegistered(Viewer viewer) throws Exception {
		this.mvc.perform(get("/participants/new").with(viewer.signedIn())).andExpect(status().isForbidden());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/participants")
				.with(viewer.signedIn())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"familyName": "%s", "givenNames": "Dabei", "birthDate": "1991-04-17", "gender": "FEMALE",
						 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER"}
						""".formatted(people.stem)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("possibleDuplicates"))));
	}

	@Test
	void anInstructorCannotFindOutABirthDateOrAFocusGroupBySearchingForIt() throws Exception {
		this.mvc
			.perform(get("/api/v1/participants").param("name", people.stem)
				.param("birthDate", "1991-04-17")
				.with(Viewer.INSTRUCTOR.signedIn()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/participants").param("name", people.stem)
				.param("focusGroup", "LONG_TERM_UNEMPLOYED")
				.with(Viewer.INSTRUCTOR.signedIn()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/participants").param("name", people.stem)
				.param("birthDate", "1991-04-17")
				.with(Viewer.PROJECT_LEAD.signedIn()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(3));
	}

	@Test
	void theProjectLeadSeesACaseUpToTheLastDayOfTheTimeAfterTheExitAndNotADayLonger() throws Exception {
		ProjectFixtures fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants,
				this.organisation);
		ProjectId project = fixtures.project(EligibilityRules.NONE, Set.of(), 2);
		LocalDate today = LocalDate.now(this.clock);
		// The exit day from which today is the last day of the time after the exit.
		LocalDate lastDayToday = today.minus(this.settings.afterExit());
		String stem = "Grenze" + UUID.randomUUID().toString().substring(0, 6);
		ParticipantId lastDay = leftOn(fixtures, project, stem, lastDayToday);
		ParticipantId dayAfter = leftOn(fixtures, project, stem, lastDayToday.minusDays(1));

		String list = this.mvc.perform(get("/participants").param("name", stem).with(Viewer.PROJECT_LEAD.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(this.settings.lastDayAfter(lastDayToday)).isEqualTo(today);
		this.mvc.perform(get("/participants/{id}", lastDay.id()).with(Viewer.PROJECT_LEAD.signedIn()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/participants/{id}", dayAfter.id()).with(Viewer.PROJECT_LEAD.signedIn()))
			.andExpect(status().isNotFound());
		assertThat(list).contains("/participants/" + lastDay.id())
			.doesNotContain("/participants/" + dayAfter.id())
			.contains("für Verbleib und Nachbefragung sichtbar bis "
					+ today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}

	private ParticipantId leftOn(ProjectFixtures fixtures, ProjectId project, String stem, LocalDate day) {
		ParticipantId person = fixtures.person(stem);
		EnrolmentId id = this.referrals.refer(fixtures.referral(project, person), fixtures.counsellor);
		LocalDate today = LocalDate.now(this.clock);
		this.enrolments.enrol(id, this.enrolments.enrolment(id, fixtures.lead).orElseThrow().enrolment().version(),
				today, fixtures.lead);
		this.enrolments.exit(id, this.enrolments.enrolment(id, fixtures.lead).orElseThrow().enrolment().version(),
				EnrolmentStatus.DROPPED_OUT, today, null, null, fixtures.lead);
		this.jdbc.sql("""
				UPDATE enrolment SET referred_on = :day, offered_on = :day, started_on = :day, ended_on = :day
				WHERE id = :id
				""").param("day", day).param("id", id.id()).update();
		return person;
	}

	private List<AuditEntry> entries(Viewer viewer, ParticipantId id) {
		return this.audit.search(viewer.username, id.id(), 20);
	}

	/** The phone number as the page shows it. */
	private static final String PHONE_SHOWN = ProjectPeople.PHONE;

}
