package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.plan.own.OwnPlan;
import de.weitblick.participant.plan.own.OwnPlans;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person's own plan in the own area: the own words next to each goal, own steps done,
 * the agreement to the plan, and what the counsellor sees of it. Whatever is refused
 * stores nothing, and every read, change and refusal is audited.
 */
@WeitblickIntegrationTest
class OwnPlanTests {

	private static final String PASSWORD = "ein langes Passwort für mich";

	@Autowired
	PortalInvitations invitations;

	@Autowired
	OwnCases ownCases;

	@Autowired
	OwnPlans ownPlans;

	@Autowired
	SupportPlans plans;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	UUID goal;

	UUID ownStep;

	UUID counsellorsStep;

	String username;

	OwnCase own;

	@BeforeEach
	void aPersonWithAPlanAndAnAccount() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Plan"), "Mira", LocalDate.of(1992, 2, 2)), null, false,
				this.counsellor);
		this.goal = this.plans.addGoal(this.participant, "Eine Ausbildung als Köchin finden",
				"Mira kocht gern und zuverlässig.", null, this.counsellor);
		this.ownStep = this.plans.addStep(this.participant, this.goal, "Lebenslauf schreiben",
				StepResponsibility.PARTICIPANT, LocalDate.now().plusDays(7), this.counsellor);
		this.counsellorsStep = this.plans.addStep(this.participant, this.goal, "Betriebe in Kassel anfragen",
				StepResponsibility.COUNSELLOR, LocalDate.now().plusDays(14), this.counsellor);
		String code = this.invitations.invite(this.participant, InvitationChannel.LETTER, null, this.counsellor).code();
		this.username = this.invitations.redeem(code, "plan-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
				PASSWORD);
		this.own = this.ownCases.of(new UsernamePasswordAuthenticationToken(this.username, null)).orElseThrow();
	}

	private OwnPlan.OwnGoal theGoal() {
		return this.ownPlans.read(this.own).goals().getFirst();
	}

	private List<String> auditedByThePerson() {
		return this.audit.search(this.username, null, 100).stream().map(AuditEntry::detailKey).toList();
	}

	private String storedWords() {
		return this.jdbc.sql("SELECT participant_words FROM plan_goal WHERE id = :id")
			.param("id", this.goal)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void thePersonReadsTheOwnPlanWithWhoDoesWhatByWhenAndNothingElseOfTheCaseFile() throws Exception {
		this.mvc.perform(get("/mein-bereich/plan").with(user(this.username).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ziel: Eine Ausbildung als Köchin finden")))
			.andExpect(content().string(containsString("Lebenslauf schreiben")))
			.andExpect(content().string(containsString("Wer: Sie selbst.")))
			.andExpect(content().string(containsString("Wer: Ihre Fachkraft.")))
			.andExpect(content().string(containsString("Mira kocht gern und zuverlässig.")))
			.andExpect(content().string(containsString("Sie haben dem Plan noch nicht zugestimmt.")));
		this.mvc.perform(get("/mein-bereich").with(user(this.username).roles("PARTICIPANT")))
			.andExpect(content().string(containsString("href=\"/mein-bereich/plan\"")));
		assertThat(auditedByThePerson()).contains("participant.portal.audit.plan-read");
	}

	@Test
	void theOwnWordsAreStoredTrimmedAndClearedWhenEmpty() {
		this.ownPlans.changeOwnWords(this.own, this.goal, theGoal().version(),
				"  Ich will in einer Großküche arbeiten. ");
		assertThat(storedWords()).isEqualTo("Ich will in einer Großküche arbeiten.");
		assertThat(theGoal().ownWords()).isEqualTo("Ich will in einer Großküche arbeiten.");

		this.ownPlans.changeOwnWords(this.own, this.goal, theGoal().version(), "   ");
		assertThat(storedWords()).isNull();
		assertThat(auditedByThePerson()).contains("participant.portal.audit.own-words-changed");

		assertThatThrownBy(() -> this.ownPlans.changeOwnWords(this.own, this.goal, theGoal().version(),
				"x".repeat(OwnPlan.OWN_WORDS_MAXIMUM + 1)))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("participant.portal.plan.rule.own-words-too-long"));
		assertThat(storedWords()).isNull();
	}

	@Test
	void aStaleEditOfTheOwnWordsIsRefusedWithAGermanMessageAndNothingIsStored() throws Exception {
		int read = theGoal().version();
		// The counsellor changes the goal after the person read it.
		this.plans.changeGoal(this.participant, this.goal, read, "Eine Ausbildung als Köchin in Kassel finden", null,
				null, this.counsellor);
		assertThatThrownBy(() -> this.ownPlans.changeOwnWords(this.own, this.goal, read, "Meine Worte"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		this.mvc
			.perform(post("/mein-bereich/plan/ziele/{goal}/worte", this.goal).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.param("version", String.valueOf(read))
				.param("ownWords", "Meine Worte"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "participant.portal.plan.changed-in-the-meantime"))
			.andExpect(flash().attribute("draftWords", "Meine Worte"));
		assertThat(storedWords()).isNull();
		assertThat(this.jdbc.sql("SELECT count(*) FROM plan_own_change WHERE participant_id = :id")
			.param("id", this.participant.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void thePersonMarksAnOwnStepDoneButTheCounsellorsStepIsRefusedAndAudited() throws Exception {
		OwnPlan.OwnStep step = theGoal().steps().getFirst();
		assertThat(step.canBeMarkedDone()).isTrue();
		assertThat(theGoal().steps().get(1).canBeMarkedDone()).isFalse();
		this.mvc
			.perform(post("/mein-bereich/plan/schritte/{step}/erledigt", this.ownStep).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.param("version", String.valueOf(step.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("messageKey", "participant.portal.plan.step-marked-done"));
		assertThat(theGoal().steps().getFirst().status()).isEqualTo(StepStatus.DONE);

		int counsellorsVersion = theGoal().steps().get(1).version();
		assertThatThrownBy(() -> this.ownPlans.markStepDone(this.own, this.counsellorsStep, counsellorsVersion))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("participant.portal.plan.rule.not-own-step"));
		assertThat(theGoal().steps().get(1).status()).isEqualTo(StepStatus.OPEN);
		assertThat(auditedByThePerson()).contains("participant.portal.audit.step-done",
				"participant.portal.audit.refused.not-own-step");
	}

	@Test
	void anotherPersonsGoalOrStepIsRefusedLikeOneThatDoesNotExistAndAudited() throws Exception {
		ParticipantId somebodyElse = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Fremd"), "Jonas", LocalDate.of(1980, 1, 1)), null, false,
				this.counsellor);
		UUID foreignGoal = this.plans.addGoal(somebodyElse, "Führerschein machen", null, "Seine Worte",
				this.counsellor);
		UUID foreignStep = this.plans.addStep(somebodyElse, foreignGoal, "Fahrschule suchen",
				StepResponsibility.PARTICIPANT, null, this.counsellor);

		assertThatThrownBy(() -> this.ownPlans.changeOwnWords(this.own, foreignGoal, 0, "Meine Worte"))
			.isInstanceOf(NotFound.class);
		this.mvc
			.perform(put("/api/v1/me/plan/goals/{goal}/own-words", foreignGoal).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"ownWords\": \"Meine Worte\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/me/plan/steps/{step}/done", foreignStep).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT participant_words FROM plan_goal WHERE id = :id")
			.param("id", foreignGoal)
			.query(String.class)
			.single()).isEqualTo("Seine Worte");
		assertThat(this.jdbc.sql("SELECT status FROM plan_step WHERE id = :id")
			.param("id", foreignStep)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(this.audit.search(this.username, null, 50))
			.filteredOn(entry -> foreignGoal.equals(entry.subjectId()) || foreignStep.equals(entry.subjectId()))
			.extracting(AuditEntry::detailKey)
			.containsOnly("participant.portal.audit.refused.not-own")
			.hasSize(3);
	}

	@Test
	void theAgreementIsRecordedWithItsVersionAndShownAsForAnOlderPlanAfterTheTeamChangesIt() throws Exception {
		OwnPlan read = this.ownPlans.read(this.own);
		var agreement = this.ownPlans.agree(this.own, read.planVersion());
		assertThat(agreement.current()).isTrue();
		assertThat(agreement.planVersion()).isEqualTo(read.planVersion());
		// The person's own work does not make the own agreement out of date.
		this.ownPlans.changeOwnWords(this.own, this.goal, theGoal().version(), "Ich koche gern.");
		assertThat(this.ownPlans.read(this.own).agreement().current()).isTrue();

		this.plans.addStep(this.participant, this.goal, "Probetag im Betrieb", StepResponsibility.TOGETHER,
				LocalDate.now().plusDays(21), this.counsellor);
		OwnPlan changed = this.ownPlans.read(this.own);
		assertThat(changed.planVersion()).isNotEqualTo(read.planVersion());
		assertThat(changed.agreement().current()).isFalse();
		assertThat(changed.agreement().planVersion()).isEqualTo(read.planVersion());
		this.mvc.perform(get("/mein-bereich/plan").with(user(this.username).roles("PARTICIPANT")))
			.andExpect(content().string(containsString("Ihre Zustimmung gilt für den alten Plan.")))
			.andExpect(content().string(containsString("Ich bin mit dem Plan einverstanden")));

		// Agreeing to the plan read before the change is refused; nothing is stored.
		assertThatThrownBy(() -> this.ownPlans.agree(this.own, read.planVersion()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		this.ownPlans.agree(this.own, changed.planVersion());
		assertThat(this.ownPlans.read(this.own).agreement().current()).isTrue();
		assertThat(auditedByThePerson()).contains("participant.portal.audit.plan-agreed");
	}

	@Test
	void theCounsellorSeesWhatThePersonChangedUntilMarkingItSeen() throws Exception {
		this.ownPlans.changeOwnWords(this.own, this.goal, theGoal().version(), "Ich koche gern.");
		this.ownPlans.markStepDone(this.own, this.ownStep, theGoal().steps().getFirst().version());
		this.ownPlans.agree(this.own, this.ownPlans.read(this.own).planVersion());

		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Änderungen durch die Person")))
			.andExpect(content().string(containsString("Eigene Worte zu einem Ziel geschrieben")))
			.andExpect(content().string(containsString("Eigenen Schritt erledigt")))
			.andExpect(content().string(containsString("Dem Plan zugestimmt")))
			.andExpect(content().string(containsString("Gesehen (3 neu)")));

		// Another team cannot mark them seen.
		StaffMember other = CaseFiles.otherTeam(this.jdbc, this.organisation);
		this.mvc
			.perform(post("/participants/{id}/plan/own-changes/seen", this.participant.id()).with(csrf())
				.with(user(other.username()).roles(other.role().name())))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/participants/{id}/plan/own-changes/seen", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(content().string(containsString("Eigenen Schritt erledigt")))
			.andExpect(content().string(not(containsString("neu)"))))
			.andExpect(content().string(containsString("so wie er jetzt ist")));
		assertThat(this.audit.search("fachkraft", this.participant.id(), 20)).extracting(AuditEntry::detailKey)
			.contains("participant.audit.own-plan-changes-seen");
	}

	@Test
	void theTeamReadsThePersonsChangesThroughTheApiAndAnotherTeamIsRefused() throws Exception {
		this.ownPlans.markStepDone(this.own, this.ownStep, theGoal().steps().getFirst().version());
		this.mvc
			.perform(get("/api/v1/participants/{id}/plan/own-changes", this.participant.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unseen").value(1))
			.andExpect(jsonPath("$.changes[0].kind").value("STEP_DONE"))
			.andExpect(jsonPath("$.changes[0].about").value("Lebenslauf schreiben"))
			.andExpect(jsonPath("$.agreement").doesNotExist());
		this.mvc
			.perform(post("/api/v1/participants/{id}/plan/own-changes/seen", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unseen").value(0))
			.andExpect(jsonPath("$.changes[0].seen").value(true));
		StaffMember other = CaseFiles.otherTeam(this.jdbc, this.organisation);
		this.mvc
			.perform(get("/api/v1/participants/{id}/plan/own-changes", this.participant.id())
				.with(user(other.username()).roles(other.role().name())))
			.andExpect(status().isNotFound());
		assertThat(this.audit.search(other.username(), this.participant.id(), 10)).isNotEmpty();
		assertThat(this.audit.search("fachkraft", this.participant.id(), 20)).extracting(AuditEntry::detailKey)
			.contains("participant.audit.own-plan-changes-read");
	}

	@Test
	void thePersonPrintsTheOwnPlanAsTheTeamsPdf() throws Exception {
		this.mvc.perform(get("/mein-bereich/plan.pdf").with(user(this.username).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		assertThat(auditedByThePerson()).contains("participant.portal.audit.plan-printed");
	}

	@Test
	void theApiReadsAndChangesTheOwnPlanWithVersionsAndProblemDetails() throws Exception {
		String body = this.mvc.perform(get("/api/v1/me/plan").with(user(this.username).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].title").value("Eine Ausbildung als Köchin finden"))
			.andExpect(jsonPath("$.goals[0].steps[0].own").value(true))
			.andExpect(jsonPath("$.goals[0].steps[1].own").value(false))
			.andExpect(jsonPath("$.agreement").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String planVersion = com.jayway.jsonpath.JsonPath.read(body, "$.planVersion");
		int goalVersion = com.jayway.jsonpath.JsonPath.read(body, "$.goals[0].version");
		int stepVersion = com.jayway.jsonpath.JsonPath.read(body, "$.goals[0].steps[0].version");

		this.mvc
			.perform(put("/api/v1/me/plan/goals/{goal}/own-words", this.goal).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + goalVersion + ", \"ownWords\": \" Kochen macht mich froh. \"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].ownWords").value("Kochen macht mich froh."));
		// The same version again is stale now.
		this.mvc
			.perform(put("/api/v1/me/plan/goals/{goal}/own-words", this.goal).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + goalVersion + ", \"ownWords\": \"Anders\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(put("/api/v1/me/plan/goals/{goal}/own-words", this.goal).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ownWords\": \"Ohne Version\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/me/plan/steps/{step}/done", this.ownStep).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + stepVersion + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].steps[0].status").value("DONE"));
		this.mvc
			.perform(post("/api/v1/me/plan/steps/{step}/done", this.counsellorsStep).with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("Diesen Schritt macht jemand anderes")));
		this.mvc
			.perform(post("/api/v1/me/plan/agreement").with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"planVersion\": \"" + planVersion + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value(true))
			.andExpect(jsonPath("$.planVersion").value(planVersion));
		this.mvc
			.perform(post("/api/v1/me/plan/agreement").with(csrf())
				.with(user(this.username).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"planVersion\": \"0000000000000000\"}"))
			.andExpect(status().isConflict());
		// Staff never reach the own area's API.
		this.mvc.perform(get("/api/v1/me/plan").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
	}

}
