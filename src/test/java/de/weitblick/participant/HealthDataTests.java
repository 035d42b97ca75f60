package de.weitblick.participant;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Health restrictions as a special category of personal data: stored only with consent,
 * erased with its withdrawal, seen only by staff with the permission of their own within
 * the case access rules, and every read audited.
 */
@WeitblickIntegrationTest
class HealthDataTests {

	private static final String NOTE = "Rückenschonend arbeiten, keine Leiter.";

	@Autowired
	HealthData health;

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

	StaffMember colleague;

	StaffMember otherTeam;

	ParticipantId participant;

	@BeforeEach
	void caseFile() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.colleague = CaseFiles.colleague(this.jdbc, this.organisation, this.counsellor);
		this.otherTeam = CaseFiles.otherTeam(this.jdbc, this.organisation);
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Gesund"), "Jana", LocalDate.of(1979, 5, 5)), null, false,
				this.counsellor);
	}

	@Test
	void withoutConsentNothingIsStored() {
		assertThatThrownBy(() -> this.health.record(this.participant, null, Set.of(HealthRestriction.NO_SHIFT_WORK),
				null, NOTE, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.health.rule.no-consent"));
		assertThat(this.health.read(this.participant, this.counsellor).orElseThrow().isRecorded()).isFalse();
	}

	@Test
	void aCounsellorWithThePermissionRecordsAndReadsThemAndEveryReadIsAuditedOnItsOwn() {
		recordWithConsent();
		HealthRestrictions read = this.health.read(this.participant, this.counsellor).orElseThrow();
		assertThat(read.restrictions()).containsExactlyInAnyOrder(HealthRestriction.NO_HEAVY_LIFTING,
				HealthRestriction.NEEDS_BREAKS);
		assertThat(read.maximumHoursPerDay()).isEqualTo(6);
		assertThat(read.note()).isEqualTo(NOTE);
		assertThat(this.audit.search("fachkraft", this.participant.id(), 50))
			.filteredOn(
					entry -> entry.subjectType().equals(HealthData.SUBJECT_TYPE) && entry.action() == AuditAction.READ)
			.isNotEmpty();
	}

	@Test
	void withdrawingTheConsentErasesTheHealthRestrictionsAtOnce() {
		recordWithConsent();
		this.health.setConsent(this.participant, false, this.counsellor);
		HealthRestrictions after = this.health.read(this.participant, this.counsellor).orElseThrow();
		assertThat(after.consent()).isFalse();
		assertThat(after.isRecorded()).isFalse();
		assertThat(this.jdbc.sql("SELECT count(*) FROM participant_health WHERE participant_id = :id")
			.param("id", this.participant.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.audit.search("fachkraft", this.participant.id(), 50)).extracting(AuditEntry::action)
			.contains(AuditAction.ERASE);
	}

	@Test
	void aStaleChangeOfTheHealthRestrictionsIsRefused() {
		recordWithConsent();
		this.health.record(this.participant, 0, Set.of(), 4, null, this.counsellor);
		assertThatThrownBy(() -> this.health.record(this.participant, 0, Set.of(), 8, null, this.counsellor))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.health.read(this.participant, this.counsellor).orElseThrow().maximumHoursPerDay()).isEqualTo(4);
	}

	@Test
	void implausibleHoursAreRefused() {
		this.health.setConsent(this.participant, true, this.counsellor);
		assertThatThrownBy(() -> this.health.record(this.participant, null, Set.of(), 20, null, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.health.rule.hours"));
	}

	static Stream<Arguments> viewers() {
		return Stream.of(Arguments.of("fachkraft", true), Arguments.of("kollegin", false),
				Arguments.of("fachkraft-anderes-team", false));
	}

	/**
	 * The access matrix of health data: the permission opens them only within the own
	 * team's cases; a colleague of the team without it sees the case file but not them.
	 */
	@ParameterizedTest(name = "{0} sees health data: {1}")
	@MethodSource("viewers")
	void healthDataOpenOnlyToPermittedStaffOfTheTeam(String username, boolean allowed) throws Exception {
		recordWithConsent();
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user(username).roles("COUNSELLOR")))
			.andExpect(username.equals("fachkraft-anderes-team") ? status().isNotFound() : status().isOk())
			.andExpect(allowed ? content().string(containsString(NOTE)) : content().string(not(containsString(NOTE))));
		this.mvc
			.perform(get("/api/v1/participants/{id}/health-restrictions", this.participant.id())
				.with(user(username).roles("COUNSELLOR")))
			.andExpect(allowed ? status().isOk() : status().isNotFound());
		this.mvc
			.perform(put("/api/v1/participants/{id}/health-restrictions", this.participant.id())
				.with(user(username).roles("COUNSELLOR"))
				.with(csrf())
				.contentType("application/json")
				.content("{\"version\": 0, \"restrictions\": [\"NO_SHIFT_WORK\"]}"))
			.andExpect(allowed ? status().isOk() : status().isNotFound());
		this.mvc
			.perform(post("/participants/{id}/consent/health-data", this.participant.id())
				.with(user(username).roles("COUNSELLOR"))
				.with(csrf())
				.param("consent", "false"))
			.andExpect(allowed ? status().is3xxRedirection() : status().isNotFound());
	}

	@Test
	void aColleagueWithoutThePermissionIsRefusedAndTheRefusalIsAudited() {
		recordWithConsent();
		assertThat(this.health.read(this.participant, this.colleague)).isEmpty();
		assertThatThrownBy(() -> this.health.record(this.participant, 0, Set.of(), null, null, this.colleague))
			.isInstanceOf(NotFound.class);
		assertThat(this.audit.search("kollegin", this.participant.id(), 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
			assertThat(entry.subjectType()).isEqualTo(HealthData.SUBJECT_TYPE);
		});
		assertThatThrownBy(() -> this.health.read(this.participant, this.otherTeam)).isInstanceOf(NotFound.class);
	}

	@Test
	void subjectAccessShowsHealthDataOnlyWhenItsAuthorMaySeeThem() throws Exception {
		recordWithConsent();
		this.mvc
			.perform(get("/participants/{id}/subject-access", this.participant.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(jsonPath("$.health.note").value(NOTE))
			.andExpect(jsonPath("$.healthWithheld").value(false));
		this.mvc
			.perform(get("/participants/{id}/subject-access", this.participant.id())
				.with(user("kollegin").roles("COUNSELLOR")))
			.andExpect(jsonPath("$.health").doesNotExist())
			.andExpect(jsonPath("$.healthWithheld").value(true));
	}

	@Test
	void thePageAsksForConsentBeforeAnythingCanBeRecorded() throws Exception {
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(content().string(containsString("Einwilligung zu Gesundheitsdaten erfassen")))
			.andExpect(content().string(not(containsString("Einschränkungen speichern"))));
		this.mvc
			.perform(
					post("/participants/{id}/health", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR"))
						.with(csrf())
						.param("restrictions", "NO_SHIFT_WORK"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("healthErrorKey", "participant.health.rule.no-consent"));
	}

	/**
	 * The permission is read afresh on every access: what an administrator grants opens
	 * the health data at the colleague's next read, and what is withdrawn closes them at
	 * once, with no sign-in again needed.
	 */
	@Test
	void aPermissionWithdrawnByAnAdministratorHidesHealthDataFromTheNextReadOn() throws Exception {
		recordWithConsent();
		try {
			changePermission(this.colleague, true, "Vertretung im Team während der Urlaubszeit");
			this.mvc
				.perform(get("/participants/{id}", this.participant.id()).with(user("kollegin").roles("COUNSELLOR")))
				.andExpect(content().string(containsString(NOTE)));
			changePermission(this.colleague, false, "Vertretung beendet");
			this.mvc
				.perform(get("/participants/{id}", this.participant.id()).with(user("kollegin").roles("COUNSELLOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(NOTE))));
			this.mvc
				.perform(get("/api/v1/participants/{id}/health-restrictions", this.participant.id())
					.with(user("kollegin").roles("COUNSELLOR")))
				.andExpect(status().isNotFound());
			assertThat(this.health.read(this.participant, this.colleague)).isEmpty();
		}
		finally {
			this.jdbc.sql("UPDATE staff_account SET may_see_health_data = FALSE WHERE id = :id")
				.param("id", this.colleague.id())
				.update();
		}
	}

	private void changePermission(StaffMember account, boolean grant, String reason) throws Exception {
		this.mvc
			.perform(post("/admin/accounts/{id}/health-data-permission", account.id())
				.with(user("admin").roles("ADMINISTRATOR"))
				.with(csrf())
				.param("grant", String.valueOf(grant))
				.param("seenGranted", String.valueOf(!grant))
				.param("reason", reason))
			.andExpect(flash().attributeExists("healthPermissionMessageKey"));
	}

	private void recordWithConsent() {
		this.health.setConsent(this.participant, true, this.counsellor);
		this.health.record(this.participant, null,
				Set.of(HealthRestriction.NO_HEAVY_LIFTING, HealthRestriction.NEEDS_BREAKS), 6, NOTE, this.counsellor);
	}

}
