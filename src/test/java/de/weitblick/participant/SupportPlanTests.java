package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.shared.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The support plan: goals in the participant's own words, steps with who does what by
 * when, and the printed plan to take home.
 */
@WeitblickIntegrationTest
class SupportPlanTests {

	@Autowired
	SupportPlans plans;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	@BeforeEach
	void participant() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		PersonalDetails template = ParticipantTests.details(LocalDate.of(1992, 3, 3), null, false);
		PersonalDetails details = new PersonalDetails("Plan" + UUID.randomUUID().toString().substring(0, 6), "Olena",
				template.birthDate(), template.gender(), null, null, "Kassel", null, null, null, false, "UA", 2022,
				false, template.benefitBasis(), null, template.referralSource());
		this.participant = this.participants.register(
				new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null, false, this.counsellor);
	}

	@Test
	void aGoalKeepsTheParticipantsOwnWordsBesideTheCounsellorsView() {
		UUID goal = this.plans.addGoal(this.participant, "Ausbildung zur Pflegefachfrau",
				"Gute Voraussetzungen, Deutsch B1 vorhanden", "Ich möchte in der Pflege arbeiten, wie in Kyjiw.",
				this.counsellor);
		this.plans.addStep(this.participant, goal, "Anerkennungsberatung vereinbaren", StepResponsibility.COUNSELLOR,
				LocalDate.now().plusDays(14), this.counsellor);
		SupportPlan plan = this.plans.of(this.participant, this.counsellor);
		assertThat(plan.goals()).singleElement().satisfies(g -> {
			assertThat(g.participantWords()).isEqualTo("Ich möchte in der Pflege arbeiten, wie in Kyjiw.");
			assertThat(g.steps()).singleElement().satisfies(step -> {
				assertThat(step.responsible()).isEqualTo(StepResponsibility.COUNSELLOR);
				assertThat(step.status()).isEqualTo(StepStatus.OPEN);
			});
		});
	}

	@Test
	void aStepDueInThePastOrAGoalWithoutTitleIsRefused() {
		assertThatThrownBy(() -> this.plans.addGoal(this.participant, " ", null, null, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.plan.rule.title-required"));
		UUID goal = this.plans.addGoal(this.participant, "Deutsch B2", null, null, this.counsellor);
		assertThatThrownBy(() -> this.plans.addStep(this.participant, goal, "Kurs anmelden",
				StepResponsibility.PARTICIPANT, LocalDate.now().minusDays(1), this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("dueOn"));
		assertThat(this.plans.of(this.participant, this.counsellor).goals().get(0).steps()).isEmpty();
	}

	@Test
	void aCounsellorOfAnotherTeamCannotTouchThePlan() {
		StaffMember stranger = new StaffMember(UUID.randomUUID(), "fremd", "Fremd",
				de.weitblick.organisation.Role.COUNSELLOR, UUID.randomUUID());
		assertThatThrownBy(() -> this.plans.addGoal(this.participant, "Ziel", null, null, stranger))
			.isInstanceOf(de.weitblick.shared.NotFound.class);
	}

	@Test
	void theCaseFileShowsThePlanAndAStepCanBeMarkedDone() throws Exception {
		this.mvc
			.perform(post("/participants/{id}/plan/goals", this.participant.id()).with(counsellor())
				.with(csrf())
				.param("title", "Führerschein Klasse B")
				.param("participantWords", "Damit ich zur Frühschicht komme."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("messageKey", "participant.plan.goal-added"));
		UUID goal = this.plans.of(this.participant, this.counsellor).goals().get(0).id();
		this.mvc
			.perform(post("/participants/{id}/plan/goals/{goal}/steps", this.participant.id(), goal).with(counsellor())
				.with(csrf())
				.param("description", "Förderung beim Jobcenter beantragen")
				.param("responsible", "PARTICIPANT")
				.param("dueOn", LocalDate.now().plusDays(7).toString()))
			.andExpect(status().is3xxRedirection());
		UUID step = this.plans.of(this.participant, this.counsellor).goals().get(0).steps().get(0).id();
		this.mvc
			.perform(post("/participants/{id}/plan/steps/{step}/status", this.participant.id(), step).with(counsellor())
				.with(csrf())
				.param("status", "DONE"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(counsellor()))
			.andExpect(content().string(containsString("Führerschein Klasse B")))
			.andExpect(content().string(containsString("Damit ich zur Frühschicht komme.")))
			.andExpect(content().string(containsString("erledigt")));
	}

	@Test
	void aGoalWithoutTitleIsExplainedOnTheCaseFile() throws Exception {
		this.mvc
			.perform(post("/participants/{id}/plan/goals", this.participant.id()).with(counsellor())
				.with(csrf())
				.param("title", "")
				.param("participantWords", "bleibt erhalten"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("planErrorKey", "participant.plan.rule.title-required"));
	}

	@Test
	void thePrintedPlanSpeaksPlainGermanToTheParticipant() throws Exception {
		UUID goal = this.plans.addGoal(this.participant, "Arbeit in der Hauswirtschaft", null,
				"Ich koche gern für viele.", this.counsellor);
		this.plans.addStep(this.participant, goal, "Praktikum in der Kantine", StepResponsibility.TOGETHER,
				LocalDate.now().plusDays(30), this.counsellor);
		byte[] pdf = this.mvc.perform(get("/participants/{id}/plan.pdf", this.participant.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Mein Förderplan")
				.contains("Ziel: Arbeit in der Hauswirtschaft")
				.contains("So haben Sie es gesagt:")
				.contains("Ich koche gern für viele.")
				.contains("gemeinsam");
		}
	}

	@Test
	void thePrintedPlanWritesItsDaysInTheLanguageItIsPrintedIn() throws Exception {
		LocalDate due = LocalDate.of(2031, 3, 4);
		UUID goal = this.plans.addGoal(this.participant, "Arbeit", null, "Ich will arbeiten.", this.counsellor);
		this.plans.addStep(this.participant, goal, "Bewerbung schreiben", StepResponsibility.PARTICIPANT, due,
				this.counsellor);

		assertThat(printed("en")).contains("4 Mar 2031").doesNotContain("04.03.2031");
		assertThat(printed("de")).contains("04.03.2031");
	}

	private String printed(String language) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/participants/{id}/plan.pdf", this.participant.id()).header("Accept-Language", language)
				.with(counsellor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
