package de.weitblick.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators set up and rename units and teams and move counsellors between teams, on
 * the pages and in the API; the caseload goes along or stays with a named counsellor of
 * the old team, as the administrator chooses, and every change is kept with who made it
 * and why.
 */
@WeitblickIntegrationTest
class OrganisationalUnitTests {

	/** The demo's Kommunale Arbeitsförderung (505). */
	private static final UUID KAF = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationalUnits units;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ParticipantManagement participants;

	String tag;

	UUID south;

	UUID north;

	StaffMember moving;

	StaffMember colleague;

	List<ParticipantId> cases;

	@BeforeEach
	void twoTeamsAndACounsellorWhoHoldsCases() {
		this.tag = UUID.randomUUID().toString().substring(0, 6);
		this.south = this.units
			.create(new UnitDescription("S-" + this.tag, "Team Süd " + this.tag, KAF, null), "Aufbau des Teams",
					"admin")
			.id();
		this.north = this.units
			.create(new UnitDescription("N-" + this.tag, "Team Nord " + this.tag, KAF, null), "Aufbau des Teams",
					"admin")
			.id();
		this.moving = counsellor("wechselnd-" + this.tag, this.south);
		this.colleague = counsellor("bleibend-" + this.tag, this.south);
		this.cases = List.of(register("Umzug", this.moving), register("Umzug", this.moving));
	}

	@Test
	void anAdministratorSetsUpATeamUnderTheOfficeAndTheReasonIsRecorded() throws Exception {
		String code = "T-" + this.tag;
		String location = this.mvc
			.perform(post("/admin/units").with(admin())
				.with(csrf())
				.param("code", code)
				.param("name", "Team Jugend " + this.tag)
				.param("parentId", KAF.toString())
				.param("reason", "Neues Team für junge Menschen unter 25"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		OrganisationalUnit unit = this.organisation.unit(new OrganisationalUnitId(id)).orElseThrow();
		assertThat(unit.code()).isEqualTo(code);
		assertThat(unit.parentId()).isEqualTo(KAF);
		this.mvc.perform(get(location).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Neues Team für junge Menschen unter 25")))
			.andExpect(content().string(containsString("angelegt als " + code + " Team Jugend " + this.tag)));
		this.mvc.perform(get("/api/v1/organisational-units/{id}/changes", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("CREATED"))
			.andExpect(jsonPath("$[0].changedBy").value("admin"))
			.andExpect(jsonPath("$[0].reason").value("Neues Team für junge Menschen unter 25"));
	}

	@Test
	void aUnitWithoutCodeNameOrReasonIsRefusedWithAMessageForEachField() throws Exception {
		int before = unitCount();
		this.mvc
			.perform(post("/admin/units").with(admin())
				.with(csrf())
				.param("code", " ")
				.param("name", "")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie die Kennziffer der Einheit an.")))
			.andExpect(content().string(containsString("Bitte geben Sie die Bezeichnung der Einheit an.")))
			.andExpect(content().string(containsString("Bitte geben Sie eine Begründung an.")));
		this.mvc.perform(api(post("/api/v1/organisational-units"), "{\"code\": \"\", \"name\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		assertThat(unitCount()).isEqualTo(before);
	}

	@Test
	void aCodeTakenOrAParentThatWouldMakeTheUnitPartOfItselfIsRefused() throws Exception {
		this.mvc
			.perform(api(post("/api/v1/organisational-units"),
					"{\"code\": \"n-" + this.tag + "\", \"name\": \"Doppelt\", \"reason\": \"Versuch\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("code"))
			.andExpect(jsonPath("$.detail", containsString("hat bereits eine andere Einheit")));
		// The office made part of one of its own teams.
		OrganisationalUnit office = this.organisation.unit(new OrganisationalUnitId(KAF)).orElseThrow();
		this.mvc.perform(api(put("/api/v1/organisational-units/{id}", KAF),
				"{\"version\": %d, \"code\": \"505\", \"name\": \"%s\", \"parentId\": \"%s\", \"reason\": \"Versuch\"}"
					.formatted(office.version(), office.name(), this.south)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("parentId"));
		assertThat(this.organisation.unit(new OrganisationalUnitId(KAF)).orElseThrow()).isEqualTo(office);
	}

	@Test
	void anAdministratorRenamesATeamAndAStaleVersionIsRefused() throws Exception {
		int read = this.organisation.unit(new OrganisationalUnitId(this.north)).orElseThrow().version();
		this.mvc.perform(api(put("/api/v1/organisational-units/{id}", this.north),
				"{\"version\": %d, \"code\": \"N-%s\", \"name\": \"Team Nordost %s\", \"parentId\": \"%s\", \"reason\": \"Zuschnitt geändert\"}"
					.formatted(read, this.tag, this.tag, KAF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Team Nordost " + this.tag))
			.andExpect(jsonPath("$.version").value(read + 1));

		// A second administrator still holds the version read before.
		this.mvc.perform(api(put("/api/v1/organisational-units/{id}", this.north),
				"{\"version\": %d, \"code\": \"N-%s\", \"name\": \"Team Nordwest %s\", \"reason\": \"Anderer Zuschnitt\"}"
					.formatted(read, this.tag, this.tag)))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc
			.perform(post("/admin/units/{id}", this.north).with(admin())
				.with(csrf())
				.param("version", String.valueOf(read))
				.param("code", "N-" + this.tag)
				.param("name", "Team Nordwest " + this.tag)
				.param("reason", "Anderer Zuschnitt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hat diese Organisationseinheit inzwischen geändert")));

		assertThat(this.organisation.unit(new OrganisationalUnitId(this.north)).orElseThrow().name())
			.isEqualTo("Team Nordost " + this.tag);
		assertThat(this.units.history(new OrganisationalUnitId(this.north)))
			.extracting(OrganisationalUnitChange::reason)
			.containsExactly("Zuschnitt geändert", "Aufbau des Teams");
	}

	@Test
	void aCounsellorMovedToAnotherTeamTakesTheCaseloadWhenAskedTo() throws Exception {
		UUID waiting = waitingInAProject(this.cases.get(0), this.moving);
		this.mvc
			.perform(post("/admin/units/{id}/counsellors/{c}/move", this.south, this.moving.id()).with(admin())
				.with(csrf())
				.param("toUnitId", this.north.toString())
				.param("caseload", "FOLLOWS_COUNSELLOR")
				.param("reason", "Verstärkung im Team Nord"))
			.andExpect(redirectedUrl("/organisation/units/" + this.north));

		for (ParticipantId person : this.cases) {
			assertThat(holder(person)).containsExactly(this.moving.id(), this.north);
			caseFile(person, this.moving.username()).andExpect(status().isOk());
			caseFile(person, this.colleague.username()).andExpect(status().isNotFound());
			assertThat(auditedMoves(person)).isEqualTo(1);
		}
		assertThat(this.organisation.staffMember(this.moving.id()).orElseThrow().unitId()).isEqualTo(this.north);
		// The new team also speaks for the person's referral.
		assertThat(this.jdbc.sql("SELECT responsible_unit_id FROM enrolment WHERE id = :id")
			.param("id", waiting)
			.query(UUID.class)
			.single()).isEqualTo(this.north);
		this.mvc.perform(get("/organisation/units/{id}", this.south).with(admin()))
			.andExpect(content().string(containsString("Verstärkung im Team Nord")))
			.andExpect(content().string(containsString("die Fälle sind mitgegangen")));
	}

	@Test
	void aCounsellorMovedWithoutTheCaseloadHandsItToANamedCounsellorOfTheOldTeam() throws Exception {
		this.mvc.perform(api(post("/api/v1/organisational-units/{id}/counsellor-moves", this.south), """
				{"counsellorId": "%s", "toUnitId": "%s", "caseload": "STAYS_WITH_TEAM", "handOverToId": "%s",
				 "reason": "Wechsel ins Team Nord, Fälle bleiben"}
				""".formatted(this.moving.id(), this.north, this.colleague.id()))).andExpect(status().isNoContent());

		for (ParticipantId person : this.cases) {
			assertThat(holder(person)).containsExactly(this.colleague.id(), this.south);
			caseFile(person, this.colleague.username()).andExpect(status().isOk());
			caseFile(person, this.moving.username()).andExpect(status().isNotFound());
			assertThat(auditedMoves(person)).isEqualTo(1);
		}
	}

	@Test
	void aMoveIsRefusedWithoutSomeoneToTakeOverTheCasesOrWhenTheCounsellorMovedMeanwhile() throws Exception {
		this.mvc
			.perform(post("/admin/units/{id}/counsellors/{c}/move", this.south, this.moving.id()).with(admin())
				.with(csrf())
				.param("toUnitId", this.north.toString())
				.param("caseload", "STAYS_WITH_TEAM")
				.param("reason", "Wechsel"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie die Fachkraft des bisherigen Teams")));
		StaffMember outsider = counsellor("fremd-" + this.tag, this.north);
		this.mvc.perform(api(post("/api/v1/organisational-units/{id}/counsellor-moves", this.south), """
				{"counsellorId": "%s", "toUnitId": "%s", "caseload": "STAYS_WITH_TEAM", "handOverToId": "%s",
				 "reason": "Wechsel"}
				""".formatted(this.moving.id(), this.north, outsider.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("handOverToId"));
		this.mvc.perform(api(post("/api/v1/organisational-units/{id}/counsellor-moves", this.south), """
				{"counsellorId": "%s", "toUnitId": "%s", "caseload": "FOLLOWS_COUNSELLOR"}
				""".formatted(this.moving.id(), this.north)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		for (ParticipantId person : this.cases) {
			assertThat(holder(person)).containsExactly(this.moving.id(), this.south);
		}

		// Moved by one administrator; a second one, still seeing the counsellor in the
		// south team, is told.
		this.units.moveCounsellor(this.moving.id(), new OrganisationalUnitId(this.south),
				new OrganisationalUnitId(this.north), CaseloadChoice.FOLLOWS_COUNSELLOR, null, "Erste Versetzung",
				"admin");
		this.mvc.perform(api(post("/api/v1/organisational-units/{id}/counsellor-moves", this.south), """
				{"counsellorId": "%s", "toUnitId": "%s", "caseload": "STAYS_WITH_TEAM", "handOverToId": "%s",
				 "reason": "Zweite Versetzung"}
				""".formatted(this.moving.id(), this.north, this.colleague.id()))).andExpect(status().isConflict());
		for (ParticipantId person : this.cases) {
			assertThat(holder(person)).containsExactly(this.moving.id(), this.north);
		}
	}

	@Test
	void onlyAdministratorsSetUpAndChangeUnitsButStaffStillReadThem() throws Exception {
		RequestPostProcessor counsellor = user("fachkraft").roles("COUNSELLOR");
		this.mvc
			.perform(post("/admin/units").with(counsellor)
				.with(csrf())
				.param("code", "X-" + this.tag)
				.param("name", "Eigenes Team")
				.param("reason", "Ich möchte"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/organisational-units").with(counsellor)
				.with(csrf())
				.contentType("application/json")
				.content("{\"code\": \"X-" + this.tag + "\", \"name\": \"Eigenes Team\", \"reason\": \"Ich möchte\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organisational-units/{id}/changes", this.south).with(counsellor))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organisational-units/{id}", this.south).with(counsellor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("S-" + this.tag));
		this.mvc.perform(get("/organisation/units/{id}", this.south).with(counsellor))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Aufbau des Teams"))));
		assertThat(this.organisation.units()).noneMatch(unit -> unit.code().equals("X-" + this.tag));
	}

	private StaffMember counsellor(String username, UUID unit) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :name, 'COUNSELLOR', :unit)
				""")
			.param("id", id)
			.param("username", username)
			.param("name", "Fachkraft " + username)
			.param("unit", unit)
			.update();
		return this.organisation.staffMember(id).orElseThrow();
	}

	private ParticipantId register(String familyName, StaffMember counsellor) {
		ParticipantRecord record = new ParticipantRecord(new PersonalDetails(familyName + this.tag, "Kim",
				LocalDate.of(1990, 3, 4), Gender.DIVERSE, null, null, "Kassel", null, null, null, true, "DE", null,
				false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER), null, Set.of(), Set.of(), List.of());
		return this.participants.register(record, null, false, counsellor);
	}

	private UUID waitingInAProject(ParticipantId person, StaffMember counsellor) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO enrolment (id, version, project_id, place_period_id, participant_id, status, referred_on,
					    referred_at, referred_by, referred_by_role, responsible_unit_id, counsellor_id, updated_by, updated_at)
					SELECT :id, 0, p.project_id, p.id, :person, 'WAITING', p.starts_on, now(), :by, 'COUNSELLOR', :unit,
					       :counsellor, :by, now()
					FROM place_period p ORDER BY p.id LIMIT 1
					""")
			.param("id", id)
			.param("person", person.id())
			.param("by", counsellor.username())
			.param("unit", counsellor.unitId())
			.param("counsellor", counsellor.id())
			.update();
		return id;
	}

	private List<UUID> holder(ParticipantId person) {
		return this.jdbc.sql("SELECT counsellor_id, responsible_unit_id FROM participant WHERE id = :id")
			.param("id", person.id())
			.query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.single();
	}

	private org.springframework.test.web.servlet.ResultActions caseFile(ParticipantId person, String username)
			throws Exception {
		return this.mvc.perform(get("/participants/{id}", person.id()).with(user(username).roles("COUNSELLOR")));
	}

	private int auditedMoves(ParticipantId person) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM audit_event
					WHERE subject_id = :id AND subject_type = 'participant' AND actor = 'admin' AND action = 'UPDATE'
					  AND detail_key IN ('participant.audit.case-moved-with-counsellor', 'participant.audit.case-handed-over')
					""")
			.param("id", person.id())
			.query(Integer.class)
			.single();
	}

	private int unitCount() {
		return this.jdbc.sql("SELECT count(*) FROM organisational_unit").query(Integer.class).single();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMINISTRATOR");
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String json) {
		return request.with(admin()).with(csrf()).contentType("application/json").content(json);
	}

}
