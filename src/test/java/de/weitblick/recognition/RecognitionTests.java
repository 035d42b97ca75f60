package de.weitblick.recognition;

import java.time.LocalDate;
import java.util.List;
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
import de.weitblick.placement.EngagementRecords;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recognition case from the notice of partial equivalence to the full recognition, the
 * refusals the staff meet, who sees which case, the audit trail, the figures and the
 * modules the host employer's engagement record counts.
 */
@WeitblickIntegrationTest
class RecognitionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecognitionManagement recognitions;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offerManagement;

	@Autowired
	PlacementManagement placements;

	@Autowired
	EngagementRecords engagementRecords;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	StaffMember counsellor() {
		return this.organisation.staffMember("fachkraft").orElseThrow();
	}

	StaffMember service() {
		return this.organisation.staffMember("arbeitgeberservice").orElseThrow();
	}

	StaffMember otherTeam() {
		return this.organisation.staffMember("fachkraft2").orElseThrow();
	}

	/** A person of the first team without a recognition case in progress. */
	UUID personOfTheTeam() {
		return this.jdbc.sql("""
				SELECT p.id FROM participant p
				WHERE p.responsible_unit_id = :unit
				  AND NOT EXISTS (SELECT 1 FROM recognition_case c WHERE c.participant_id = p.id)
				ORDER BY random() LIMIT 1
				""").param("unit", counsellor().unitId()).query(UUID.class).single();
	}

	EmployerId employer(String stem, boolean cityGroup) {
		return this.employers.register(new EmployerDetails(stem + " " + UUID.randomUUID(), null, "87.10",
				SizeClass.MEDIUM, null, null, "Kassel", null, cityGroup, Chamber.OTHER, true,
				List.of(new EmployerContact("Leitung", null, null, null, null))), service());
	}

	OfferId module(EmployerId employer, String area, int weeks) {
		LocalDate today = LocalDate.now();
		return this.offerManagement.addOffer(employer,
				new OfferDetails(OfferKind.INTERNSHIP_MODULE, "Anerkennungsmodul " + area, OccupationalField.CARE,
						"Pflegefachmann/Pflegefachfrau", area, weeks, null, today.plusDays(7), today.plusDays(90), 2,
						null),
				service());
	}

	RecognitionDraft notice(UUID person, String... gaps) {
		return new RecognitionDraft(person, "Bachelor of Science in Nursing", "Philippinen",
				"Pflegefachfrau/Pflegefachmann", "Hessisches Landesamt für Gesundheit und Pflege",
				LocalDate.now().minusMonths(1), List.of(gaps));
	}

	int auditEntries(UUID person, String action) {
		return this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE (subject_id = :person OR :person = ANY(%s)) AND purpose = 'RECOGNITION' AND action = :action
				""".formatted(AuditedSubjects.OF_AUDIT_EVENT))
			.param("person", person)
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	@Test
	void aPersonReachesFullRecognitionOnceAModuleClosesEveryGapAndTheHostsCountTheModules() {
		UUID person = personOfTheTeam();
		EmployerId clinic = employer("Klinikum", true);
		EmployerId home = employer("Seniorenheim", false);
		OfferId careProcess = module(clinic, "Pflegeprozess", 8);
		OfferId dementia = module(home, "Pflege von Menschen mit Demenz", 6);
		RecognitionCaseId id = this.recognitions.open(notice(person, "Pflegeprozess", "Demenz"), counsellor());
		RecognitionCase opened = this.recognitions.recognitionCase(id, service()).orElseThrow();
		assertThat(opened.status()).isEqualTo(RecognitionStatus.IN_PROGRESS);
		assertThat(opened.personName()).isNotBlank();

		this.recognitions.planModule(id, 0, opened.gaps().get(0).id(), careProcess, null, service());
		this.recognitions.planModule(id, 1, opened.gaps().get(1).id(), dementia, null, service());
		RecognitionCase planned = this.recognitions.recognitionCase(id, service()).orElseThrow();
		LocalDate startedOn = LocalDate.now().minusWeeks(8);
		this.recognitions.recordProgress(id, 2, planned.modules().get(0).id(), startedOn, 8, service());
		assertThatThrownBy(() -> this.recognitions.recordRecognition(id, 3, null, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.gaps-open");
		this.recognitions.recordProgress(id, 3, planned.modules().get(1).id(), startedOn, 6, service());
		this.recognitions.recordRecognition(id, 4, null, service());

		RecognitionCase recognised = this.recognitions.recognitionCase(id, counsellor()).orElseThrow();
		assertThat(recognised.status()).isEqualTo(RecognitionStatus.RECOGNISED);
		assertThat(recognised.recognisedOn()).isEqualTo(LocalDate.now());
		assertThat(recognised.modules()).extracting(RecognitionCase.PlannedModule::status)
			.containsOnly(ModuleStatus.COMPLETED);
		assertThat(recognised.modules()).extracting(RecognitionCase.PlannedModule::cityGroup)
			.containsExactlyInAnyOrder(true, false);
		assertThat(this.engagementRecords.engagement(clinic, startedOn.getYear(), LocalDate.now().getYear(), service())
			.total()
			.modulesHosted()).isOne();
		assertThat(this.engagementRecords.engagement(home, startedOn.getYear(), LocalDate.now().getYear(), service())
			.total()
			.modulesHosted()).isOne();
		assertThat(auditEntries(person, "CREATE")).isOne();
		assertThat(auditEntries(person, "UPDATE")).isEqualTo(5);
		assertThat(auditEntries(person, "READ")).isPositive();
	}

	@Test
	void aStaleChangeIsRefusedAndNothingOfItIsStored() {
		OfferId offer = module(employer("Pflegedienst", false), "Pflegeprozess", 4);
		RecognitionCaseId id = this.recognitions.open(notice(personOfTheTeam(), "Pflegeprozess"), counsellor());
		UUID gap = this.recognitions.recognitionCase(id, service()).orElseThrow().gaps().getFirst().id();
		this.recognitions.planModule(id, 0, gap, offer, null, service());

		assertThatThrownBy(() -> this.recognitions.planModule(id, 0, gap, offer, null, service()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		RecognitionCase found = this.recognitions.recognitionCase(id, service()).orElseThrow();
		assertThat(found.modules()).hasSize(1);
		assertThat(found.version()).isOne();
	}

	@Test
	void aModuleOfferHostsNoMorePeopleThanItHasSeatsAndAFullOneIsRefusedWithNothingStored() {
		OfferId offer = module(employer("Pflegeschule", false), "Pflegeprozess", 4);
		for (int person = 0; person < 2; person++) {
			RecognitionCaseId id = this.recognitions.open(notice(personOfTheTeam(), "Pflegeprozess"), counsellor());
			this.recognitions.planModule(id, 0, firstGap(id), offer, null, service());
		}
		RecognitionCaseId third = this.recognitions.open(notice(personOfTheTeam(), "Pflegeprozess"), counsellor());

		assertThatThrownBy(() -> this.recognitions.planModule(third, 0, firstGap(third), offer, null, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.offer-full");
		RecognitionCase refused = this.recognitions.recognitionCase(third, service()).orElseThrow();
		assertThat(refused.modules()).isEmpty();
		assertThat(refused.version()).isZero();
		assertThat(this.placements.seatsHeld(List.of(offer))).containsEntry(offer, 2);
	}

	UUID firstGap(RecognitionCaseId id) {
		return this.recognitions.recognitionCase(id, service()).orElseThrow().gaps().getFirst().id();
	}

	@Test
	void aNoticeWithoutGapsOrAnOfferThatIsNoModuleIsRefused() {
		UUID person = personOfTheTeam();
		assertThatThrownBy(() -> this.recognitions.open(notice(person), counsellor())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.gaps-required");
		RecognitionCaseId id = this.recognitions.open(notice(person, "Pflegeprozess"), counsellor());
		assertThatThrownBy(() -> this.recognitions.open(notice(person, "Pflegeprozess"), counsellor()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.already-in-progress");
		EmployerId employer = employer("Kita", true);
		OfferId job = this.offerManagement.addOffer(employer, new OfferDetails(OfferKind.JOB, "Stelle",
				OccupationalField.EDUCATION, null, null, null, null, LocalDate.now(), null, 1, null), service());
		UUID gap = this.recognitions.recognitionCase(id, service()).orElseThrow().gaps().getFirst().id();
		assertThatThrownBy(() -> this.recognitions.planModule(id, 0, gap, job, null, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.offer-not-module");
		assertThat(this.recognitions.recognitionCase(id, service()).orElseThrow().version()).isZero();
	}

	@Test
	void anotherTeamNeitherOpensACaseForThePersonNorSeesIt() throws Exception {
		UUID person = personOfTheTeam();
		assertThatThrownBy(() -> this.recognitions.open(notice(person, "Pflegeprozess"), otherTeam()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("recognition.rule.person-unknown");
		RecognitionCaseId id = this.recognitions.open(notice(person, "Pflegeprozess"), counsellor());
		assertThat(this.recognitions.recognitionCase(id, otherTeam())).isEmpty();
		assertThat(this.recognitions.cases(otherTeam())).noneMatch(found -> found.id().equals(id.id()));
		assertThatThrownBy(() -> this.recognitions.cases(this.organisation.staffMember("arbeitgeber").orElseThrow()))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/api/v1/recognitions/" + id.id()).with(user("fachkraft2").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFiguresHideCountsBelowTheThreshold() {
		RecognitionFigures figures = this.recognitions.figures(LocalDate.now().getYear() - 2, LocalDate.now().getYear(),
				service());
		assertThat(figures.years()).hasSize(3);
		assertThat(figures.years()).allSatisfy(year -> {
			for (Integer count : new Integer[] { year.peopleInRecognition(), year.modulesInsideCityGroup(),
					year.modulesOutsideCityGroup(), year.recognitionsAchieved() }) {
				assertThat(count == null || count == 0 || count >= figures.threshold()).isTrue();
			}
		});
		assertThatThrownBy(() -> this.recognitions.figures(2026, 2020, service())).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theApiOpensACaseAndAnswersBadInputWithAProblemDetail() throws Exception {
		UUID person = personOfTheTeam();
		this.mvc
			.perform(post("/api/v1/recognitions").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "qualification": "Diplom", "country": "Ukraine",
						 "referenceOccupation": "Erzieher/in", "competentBody": "Lehrkräfteakademie",
						 "noticeOn": "%s", "gaps": []}
						""".formatted(person, LocalDate.now())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/recognitions").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "qualification": "Diplom", "country": "Ukraine",
						 "referenceOccupation": "Erzieher/in", "competentBody": "Lehrkräfteakademie",
						 "noticeOn": "%s", "gaps": ["Frühpädagogik"]}
						""".formatted(person, LocalDate.now().plusDays(3))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/recognitions").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "qualification": "Diplom", "country": "Ukraine",
						 "referenceOccupation": "Erzieher/in", "competentBody": "Lehrkräfteakademie",
						 "noticeOn": "%s", "gaps": ["Frühpädagogik"]}
						""".formatted(person, LocalDate.now())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gaps[0].competenceArea").value("Frühpädagogik"))
			.andExpect(jsonPath("$.version").value(0));
		UUID id = this.jdbc.sql("SELECT id FROM recognition_case WHERE participant_id = :person")
			.param("person", person)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/api/v1/recognitions/" + id + "/outcome").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 7}"))
			.andExpect(status().isConflict());
	}

	@Test
	void theFormOpensACaseForAPersonFoundByName() throws Exception {
		UUID person = personOfTheTeam();
		String name = this.jdbc.sql("SELECT family_name || ' ' || given_names FROM participant WHERE id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		this.mvc
			.perform(get("/recognitions/new").param("name", name)
				.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.toString())));
		this.mvc
			.perform(post("/recognitions").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("participantId", person.toString())
				.param("qualification", "Diplom")
				.param("country", "Ukraine")
				.param("referenceOccupation", "Erzieher/in")
				.param("competentBody", "Lehrkräfteakademie")
				.param("noticeOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wesentlichen Unterschiede des Bescheids")));
		this.mvc
			.perform(post("/recognitions").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("participantId", person.toString())
				.param("qualification", "Diplom")
				.param("country", "Ukraine")
				.param("referenceOccupation", "Erzieher/in")
				.param("competentBody", "Lehrkräfteakademie")
				.param("noticeOn", LocalDate.now().toString())
				.param("gaps", "Frühpädagogik\nKinder- und Jugendhilfe"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/recognitions").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 von 2")));
	}

}
