package de.weitblick.project;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The place profile (district, occupational field, daily hours) that matching weighs is
 * part of the project in the API: set up with it, read with it and changed with the
 * description under the project's version; a bad profile changes nothing.
 */
@WeitblickIntegrationTest
class ProjectPlaceProfileApiTests {

	private static final String PASSWORD = "weitblick-demo";

	private static final String BODY = """
			{%s"name": "%s", "kind": "QUALIFICATION", "status": "PLANNED",
			 "organisationalUnitId": "019a0000-0000-7000-8000-000000001505",
			 "leadId": "019a0000-0000-7000-8000-000000003002", "startsOn": "2027-01-01"%s}
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void aProjectIsSetUpReadAndChangedWithItsPlaceProfileUnderItsVersion() throws Exception {
		String name = "Profil-Projekt " + UUID.randomUUID();
		String created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("controlling", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("", name, """
						, "placeProfile": {"districtCode": "14", "occupationCode": "821",
						 "hoursFrom": "09:00", "hoursUntil": "13:00"}""")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.placeProfile.districtCode").value("14"))
			.andExpect(jsonPath("$.placeProfile.occupationCode").value("821"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("\"version\": 0, ", name + " neu", """
						, "placeProfile": {"districtCode": "14", "occupationCode": "82",
						 "hoursFrom": "08:00", "hoursUntil": "12:30"}""")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.placeProfile.occupationCode").value("82"))
			.andExpect(jsonPath("$.placeProfile.hoursUntil").value(startsWith("12:30")));

		// Without a profile the recorded one is left as it is.
		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("\"version\": 1, ", name, "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.placeProfile.occupationCode").value("82"));

		this.mvc.perform(get("/api/v1/projects/" + id).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.placeProfile.districtCode").value("14"))
			.andExpect(jsonPath("$.placeProfile.hoursFrom").value(startsWith("08:00")));
	}

	@Test
	void aStaleOrBrokenPlaceProfileChangesNeitherTheProfileNorTheDescription() throws Exception {
		String name = "Profil-Projekt " + UUID.randomUUID();
		String created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("controlling", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("", name, "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.placeProfile.districtCode").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("\"version\": 0, ", name + " geändert", """
						, "placeProfile": {"hoursFrom": "14:00", "hoursUntil": "09:00"}""")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("hoursUntil"));
		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("\"version\": 0, ", name + " geändert", """
						, "placeProfile": {"districtCode": "99"}""")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("districtCode"));
		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(BODY.formatted("\"version\": 7, ", name + " geändert", """
						, "placeProfile": {"districtCode": "14"}""")))
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/v1/projects/" + id).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.placeProfile.districtCode").value(nullValue()))
			.andExpect(jsonPath("$.placeProfile.hoursFrom").value(nullValue()));
	}

}
