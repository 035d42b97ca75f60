package de.weitblick.organisation;

import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators grant and withdraw the permission to see health data, on the accounts
 * page and in the API: only for roles that work with case files, never without a reason,
 * never over another administrator's change, and every change on record.
 */
@WeitblickIntegrationTest
class HealthDataPermissionTests {

	/** The demo data's partner account of the Jobcenter. */
	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000003007");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisation;

	UUID counsellor;

	String username;

	@BeforeEach
	void aCounsellorWithoutThePermission() {
		this.counsellor = UUID.randomUUID();
		this.username = "fachkraft-" + this.counsellor.toString().substring(0, 8);
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				SELECT :id, 0, :username, 'Fachkraft zur Freigabe', 'COUNSELLOR', organisational_unit_id
				FROM staff_account WHERE username = 'fachkraft'
				""").param("id", this.counsellor).param("username", this.username).update();
	}

	@Test
	void anAdministratorGrantsThePermissionWithAReasonAndTheAccountMaySeeHealthDataAtOnce() throws Exception {
		this.mvc.perform(change(this.counsellor, true, false, "Fallmanagement mit Reha-Schwerpunkt"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("healthPermissionMessageKey", "organisation.health-permission.granted"));
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isTrue();
	}

	@Test
	void anAdministratorWithdrawsThePermissionAndTheAccountMayNoLongerSeeHealthData() throws Exception {
		this.mvc.perform(change(this.counsellor, true, false, "Vertretung Reha-Team"));
		this.mvc.perform(change(this.counsellor, false, true, "Vertretung beendet"))
			.andExpect(flash().attribute("healthPermissionMessageKey", "organisation.health-permission.withdrawn"));
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isFalse();
	}

	@Test
	void aPartnerAccountSuchAsTheJobcenterNeverGetsThePermission() throws Exception {
		MvcResult refused = this.mvc.perform(change(JOBCENTER, true, false, "Jobcenter möchte Gesundheitsdaten"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("healthPermissionErrorKey",
					"organisation.health-permission.rule.role-not-eligible"))
			.andReturn();
		// The message travels in the session (kept in the database), as a browser follows
		// the redirect.
		this.mvc.perform(accountsPage().cookie(refused.getResponse().getCookies()))
			.andExpect(content().string(containsString("Partnerzugänge wie das Jobcenter")));
		this.mvc.perform(apiChange(JOBCENTER, "{\"granted\": true, \"expectedGranted\": false, \"reason\": \"Test\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Partnerzugänge wie das Jobcenter")));
		assertThat(this.organisation.maySeeHealthData(JOBCENTER)).isFalse();
		assertThat(changesOf(JOBCENTER)).isZero();
	}

	@Test
	void withoutAReasonThePermissionIsNeitherGrantedNorRecorded() throws Exception {
		this.mvc.perform(change(this.counsellor, true, false, "   "))
			.andExpect(flash().attribute("healthPermissionErrorKey",
					"organisation.health-permission.rule.reason-required"));
		this.mvc.perform(apiChange(this.counsellor, "{\"granted\": true, \"expectedGranted\": false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"))
			.andExpect(jsonPath("$.detail", containsString("Begründung")));
		this.mvc.perform(change(this.counsellor, true, false, "x".repeat(501)))
			.andExpect(flash().attribute("healthPermissionErrorKey",
					"organisation.health-permission.rule.reason-too-long"));
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isFalse();
		assertThat(changesOf(this.counsellor)).isZero();
	}

	@Test
	void aSecondAdministratorActingOnTheSameStateIsToldItChangedMeanwhileInsteadOfOverwritingIt() throws Exception {
		// Both administrators saw the account without the permission and both grant it:
		// the second is refused. Then both see it granted and both withdraw it: again
		// the second is refused, and the record holds only what really happened.
		this.mvc.perform(change(this.counsellor, true, false, "Erste Administration"));
		this.mvc
			.perform(apiChange(this.counsellor,
					"{\"granted\": true, \"expectedGranted\": false, \"reason\": \"Zweite Administration\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(change(this.counsellor, false, true, "Erste Administration nimmt zurück"));
		this.mvc
			.perform(post("/admin/accounts/{id}/health-data-permission", this.counsellor)
				.with(user("admin2").roles("ADMINISTRATOR"))
				.with(csrf())
				.param("grant", "false")
				.param("seenGranted", "true")
				.param("reason", "Zweite Administration entzieht, was schon entzogen ist"))
			.andExpect(flash().attribute("healthPermissionErrorKey",
					"organisation.health-permission.changed-in-the-meantime"));
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isFalse();
		assertThat(changesOf(this.counsellor)).isEqualTo(2);
	}

	@Test
	void onlyAnAdministratorChangesThePermission() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/{id}/health-data-permission", this.counsellor)
				.with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("grant", "true")
				.param("seenGranted", "false")
				.param("reason", "Ich möchte selbst"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/staff-accounts/{id}/health-data-permission", this.counsellor)
				.with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.contentType("application/json")
				.content("{\"granted\": true, \"expectedGranted\": false, \"reason\": \"Ich möchte selbst\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isFalse();
	}

	@Test
	void everyGrantAndWithdrawalIsShownWithWhoWhenAndWhy() throws Exception {
		this.mvc.perform(change(this.counsellor, true, false, "Übernahme des Reha-Falls Nr. 17"));
		this.mvc.perform(change(this.counsellor, false, true, "Fall abgegeben an das Reha-Team"));
		this.mvc.perform(accountsPage())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Übernahme des Reha-Falls Nr. 17")))
			.andExpect(content().string(containsString("Fall abgegeben an das Reha-Team")))
			.andExpect(content().string(containsString("Gesundheitsdaten freigeben")));
		this.mvc
			.perform(get("/api/v1/staff-accounts/{id}/health-data-permission", this.counsellor)
				.with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.granted").value(false))
			.andExpect(jsonPath("$.changes", hasSize(2)))
			.andExpect(jsonPath("$.changes[0].granted").value(false))
			.andExpect(jsonPath("$.changes[0].changedBy").value("admin"))
			.andExpect(jsonPath("$.changes[0].reason").value("Fall abgegeben an das Reha-Team"))
			.andExpect(jsonPath("$.changes[1].granted").value(true));
	}

	@Test
	void everyGrantAndWithdrawalIsInTheAuditTrailForTheDataProtectionOfficer() throws Exception {
		this.mvc.perform(change(this.counsellor, true, false, "Übernahme des Reha-Falls Nr. 18"));
		this.mvc.perform(change(this.counsellor, false, true, "Fall abgegeben"));
		this.mvc.perform(change(this.counsellor, true, true, "schon erteilt, also abgelehnt"));
		this.mvc
			.perform(get("/api/v1/audit-events").param("subjectId", this.counsellor.toString())
				.header("Accept-Language", "en")
				.with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].subjectType").value("staff-account"))
			.andExpect(jsonPath("$[0].purpose").value("PERMISSION_ADMINISTRATION"))
			.andExpect(jsonPath("$[0].detail").value("Health-data permission withdrawn"))
			.andExpect(jsonPath("$[1].detail").value("Health-data permission granted"));
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc
			.perform(apiChange(UUID.randomUUID(), "{\"granted\": true, \"expectedGranted\": false, \"reason\": \"x\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Dieses Benutzerkonto gibt es nicht."));
	}

	@Test
	void theApiGrantsWithTheSameRulesAsThePage() throws Exception {
		this.mvc
			.perform(apiChange(this.counsellor,
					"{\"granted\": true, \"expectedGranted\": false, \"reason\": \"Projektübergreifende Fallarbeit\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.granted").value(true))
			.andExpect(jsonPath("$.changes[0].reason").value("Projektübergreifende Fallarbeit"));
		assertThat(this.organisation.maySeeHealthData(this.counsellor)).isTrue();
	}

	private MockHttpServletRequestBuilder change(UUID account, boolean grant, boolean seenGranted, String reason) {
		return post("/admin/accounts/{id}/health-data-permission", account).with(user("admin").roles("ADMINISTRATOR"))
			.with(csrf())
			.param("grant", String.valueOf(grant))
			.param("seenGranted", String.valueOf(seenGranted))
			.param("reason", reason);
	}

	private MockHttpServletRequestBuilder apiChange(UUID account, String json) {
		return put("/api/v1/staff-accounts/{id}/health-data-permission", account)
			.with(user("admin").roles("ADMINISTRATOR"))
			.with(csrf())
			.header("Accept-Language", "de")
			.contentType("application/json")
			.content(json);
	}

	private MockHttpServletRequestBuilder accountsPage() {
		return get("/admin/accounts").with(user("admin").roles("ADMINISTRATOR")).header("Accept-Language", "de");
	}

	private int changesOf(UUID account) {
		return this.jdbc.sql("SELECT count(*) FROM health_data_permission_change WHERE staff_account_id = :id")
			.param("id", account)
			.query(Integer.class)
			.single();
	}

}
