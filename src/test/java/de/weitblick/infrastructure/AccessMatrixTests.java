package de.weitblick.infrastructure;

import java.util.Arrays;
import java.util.stream.Stream;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.infrastructure.security.AccessArea;
import de.weitblick.organisation.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every area, on the page and in the API: what the navigation offers
 * opens, everything else is refused, and nobody signed out gets in.
 */
@WeitblickIntegrationTest
class AccessMatrixTests {

	private static final java.util.Map<AccessArea, String> API_ENTRY = java.util.Map.ofEntries(
			java.util.Map.entry(AccessArea.PROJECTS, "/api/v1/projects"),
			java.util.Map.entry(AccessArea.FOCUS_GROUPS, "/api/v1/focus-groups"),
			java.util.Map.entry(AccessArea.ORGANISATION, "/api/v1/partner-organisations"),
			java.util.Map.entry(AccessArea.FUNDING, "/api/v1/funding-programmes"),
			java.util.Map.entry(AccessArea.DIALOGUE, "/api/v1/dialogue-editions"),
			java.util.Map.entry(AccessArea.ACCOUNTS, "/api/v1/staff-accounts"),
			java.util.Map.entry(AccessArea.PUBLIC_PAGES, "/api/v1/accessibility-feedback"),
			java.util.Map.entry(AccessArea.API_TOKENS, "/api/v1/api-tokens"),
			java.util.Map.entry(AccessArea.PARTICIPANTS, "/api/v1/participants"),
			java.util.Map.entry(AccessArea.AUDIT_TRAIL, "/api/v1/audit-events"),
			java.util.Map.entry(AccessArea.ENROLMENTS, "/api/v1/enrolments"),
			java.util.Map.entry(AccessArea.WORKSHOPS, "/api/v1/workshops"),
			java.util.Map.entry(AccessArea.RECOGNITIONS, "/api/v1/recognitions"),
			java.util.Map.entry(AccessArea.NOTIFICATIONS, "/api/v1/notifications"),
			java.util.Map.entry(AccessArea.AWARDS, "/api/v1/awards/rounds"),
			java.util.Map.entry(AccessArea.PORTAL, "/api/v1/me"),
			java.util.Map.entry(AccessArea.COUNSELLING, "/api/v1/counselling/today"));

	/**
	 * Areas whose entry page is public, so that nobody needs to sign in to read it: the
	 * dialogue's editions.
	 */
	private static final java.util.Set<AccessArea> PUBLIC_ENTRY = java.util.Set.of(AccessArea.DIALOGUE);

	/**
	 * The demo account of each role, so that record-level rules find a real member of
	 * staff.
	 */
	private static final java.util.Map<Role, String> DEMO_ACCOUNT = java.util.Map.ofEntries(
			java.util.Map.entry(Role.COUNSELLOR, "fachkraft"), java.util.Map.entry(Role.PROJECT_LEAD, "projektleitung"),
			java.util.Map.entry(Role.INSTRUCTOR, "fachanleitung"),
			java.util.Map.entry(Role.EMPLOYER_SERVICE, "arbeitgeberservice"),
			java.util.Map.entry(Role.CONTROLLING, "controlling"), java.util.Map.entry(Role.MODERATION, "moderation"),
			java.util.Map.entry(Role.PARTNER, "jobcenter"), java.util.Map.entry(Role.EMPLOYER, "arbeitgeber"),
			java.util.Map.entry(Role.PARTICIPANT, "teilnehmende"),
			java.util.Map.entry(Role.DATA_PROTECTION_OFFICER, "datenschutz"),
			java.util.Map.entry(Role.ADMINISTRATOR, "admin"));

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> rolesAndAreas() {
		return Arrays.stream(Role.values())
			.flatMap(role -> Arrays.stream(AccessArea.values()).map(area -> Arguments.of(role, area)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("rolesAndAreas")
	void aRoleOpensExactlyTheAreasItMayUse(Role role, AccessArea area) throws Exception {
		boolean allowed = area.roles().contains(role);
		String username = DEMO_ACCOUNT.get(role);
		var entry = this.mvc.perform(get(area.entryPath()).with(user(username).roles(role.name()))).andReturn();
		if (!allowed) {
			// A public entry page is open to every role, also one that cannot use the
			// area (a participant's account on the dialogue's editions).
			assertThat(entry.getResponse().getStatus()).isEqualTo(PUBLIC_ENTRY.contains(area) ? 200 : 403);
		}
		else if (entry.getResponse().getStatus() != 200) {
			// An account bound to one record (an employer's) is taken straight to it,
			// inside
			// the same area.
			assertThat(entry.getResponse().getStatus()).isEqualTo(302);
			assertThat(entry.getResponse().getRedirectedUrl()).startsWith(area.entryPath() + "/");
		}
		// Areas that only change things through the API (strategy goals, news, the
		// planning of editions) have no list of their own to read there.
		if (API_ENTRY.containsKey(area)) {
			this.mvc.perform(get(API_ENTRY.get(area)).with(user(username).roles(role.name())))
				.andExpect(allowed ? status().isOk() : status().isForbidden());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("areas")
	void somebodySignedOutIsSentToTheSignInPage(AccessArea area) throws Exception {
		if (PUBLIC_ENTRY.contains(area)) {
			this.mvc.perform(get(area.entryPath())).andExpect(status().isOk());
		}
		else {
			this.mvc.perform(get(area.entryPath()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
		}
		if (API_ENTRY.containsKey(area)) {
			this.mvc.perform(get(API_ENTRY.get(area)))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
	}

	static Stream<AccessArea> areas() {
		return Arrays.stream(AccessArea.values());
	}

}
