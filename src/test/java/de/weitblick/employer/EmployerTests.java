package de.weitblick.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employers and their offers as the employer service and an employer's own account work
 * with them.
 */
@WeitblickIntegrationTest
class EmployerTests {

	static final UUID JOINERY = UUID.fromString("019a0000-0000-7000-8000-000000009001");

	static final UUID ELECTRICIAN = UUID.fromString("019a0000-0000-7000-8000-000000009002");

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offerManagement;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	StaffMember service() {
		return this.organisation.staffMember("arbeitgeberservice").orElseThrow();
	}

	StaffMember employerAccount() {
		return this.organisation.staffMember("arbeitgeber").orElseThrow();
	}

	static EmployerDetails details(String name, String sector) {
		return new EmployerDetails(name, "GmbH", sector, SizeClass.SMALL, "Weg 1", "34117", "Kassel", "Mitte", false,
				Chamber.CRAFTS, true,
				List.of(new EmployerContact("Frau Beispiel", "Inhaberin", "a@example.org", null, null)));
	}

	int employersNamed(String name) {
		return this.jdbc.sql("SELECT count(*) FROM employer WHERE name = :name")
			.param("name", name)
			.query(Integer.class)
			.single();
	}

	@Test
	void anUnknownSectorCodeIsRefusedInGermanAndNothingIsStored() throws Exception {
		String name = "Zimmerei " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/employers").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("name", name)
				.param("sectorCode", "43.99.9x")
				.param("sizeClass", "SMALL")
				.param("chamber", "CRAFTS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ist kein Schlüssel der Klassifikation der Wirtschaftszweige")));
		this.mvc
			.perform(post("/api/v1/employers").with(httpBasic("arbeitgeberservice", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "sectorCode": "04", "sizeClass": "SMALL", "chamber": "CRAFTS",
						 "cityGroup": false, "publicNamingConsent": false}
						""".formatted(name)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.field").value("sectorCode"));
		assertThat(employersNamed(name)).isZero();
	}

	@Test
	void sectionsDivisionsAndTheirSubdivisionsAreValidCodes() {
		for (String code : List.of("Q", "88", "88.1", "88.10", "88.10.0", "43.22.0")) {
			EmployerId id = this.employers.register(details("Betrieb " + UUID.randomUUID(), code), service());
			assertThat(this.employers.employer(id, service()).orElseThrow().sectorTitle()).isNotBlank();
		}
		assertThatThrownBy(() -> this.employers.register(details("Betrieb " + UUID.randomUUID(), "V"), service()))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aSimilarNameIsShownBeforeASecondRecordOfTheSameBusinessIsCreated() throws Exception {
		String stem = "Dachdeckerei Sonnenschein" + UUID.randomUUID().toString().substring(0, 4);
		this.employers.register(details(stem + " GmbH", "43.91"), service());

		assertThat(this.employers.possibleDuplicates(stem.replace("ö", "oe") + " GmbH & Co. KG", null))
			.extracting(PossibleDuplicateEmployer::name)
			.contains(stem + " GmbH");
		this.mvc
			.perform(post("/employers").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("name", stem + " KG")
				.param("sectorCode", "43.91")
				.param("sizeClass", "SMALL")
				.param("chamber", "CRAFTS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ähnliche Arbeitgeber sind schon erfasst")));
		assertThat(employersNamed(stem + " KG")).isZero();

		this.mvc
			.perform(post("/employers").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("name", stem + " KG")
				.param("sectorCode", "43.91")
				.param("sizeClass", "SMALL")
				.param("chamber", "CRAFTS")
				.param("confirmedNew", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(employersNamed(stem + " KG")).isOne();
	}

	@Test
	void anEmployerAccountReachesOnlyItsOwnEmployerAndMaintainsItsOffers() throws Exception {
		this.mvc.perform(get("/employers").with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(redirectedUrl("/employers/" + JOINERY));
		this.mvc.perform(get("/employers/" + ELECTRICIAN).with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employers/" + ELECTRICIAN).with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/offers").with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].employerId")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(JOINERY.toString()))));

		OfferDetails slot = new OfferDetails(OfferKind.TASTER_SLOT, "Handwerk live: Möbelbau", OccupationalField.OTHER,
				null, null, null, "Tischler", LocalDate.now().plusDays(40), null, 3, null);
		OfferId own = this.offerManagement.addOffer(new EmployerId(JOINERY), slot, employerAccount());
		assertThat(this.offerManagement.offer(own).orElseThrow().details().lastDay()).isEqualTo(slot.startsOn());
		assertThatThrownBy(() -> this.offerManagement.addOffer(new EmployerId(ELECTRICIAN), slot, employerAccount()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.employers.register(details("Eigener Betrieb", "16"), employerAccount()))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anInternshipModuleNamesItsCompetenceAreaAndWeeksAndATasterSlotLiesOnOneDay() {
		LocalDate start = LocalDate.now().plusDays(10);
		assertThatThrownBy(() -> this.offerManagement.addOffer(new EmployerId(JOINERY),
				new OfferDetails(OfferKind.INTERNSHIP_MODULE, "Modul", OccupationalField.CARE, "Pflegefachmann", null,
						8, null, start, start.plusWeeks(8), 1, null),
				service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("module-competence-area");
		assertThatThrownBy(() -> this.offerManagement.addOffer(new EmployerId(JOINERY),
				new OfferDetails(OfferKind.TASTER_SLOT, "Schnuppern", OccupationalField.OTHER, null, null, null,
						"Tischler", start, start.plusDays(1), 1, null),
				service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("slot-one-day");
		assertThatThrownBy(() -> this.offerManagement.addOffer(new EmployerId(JOINERY),
				new OfferDetails(OfferKind.JOB, "Stelle", OccupationalField.OTHER, null, null, null, null, start,
						start.minusDays(1), 1, null),
				service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("ends-before-start");
	}

	@Test
	void theEmployerPageShowsTheOffersAndTheOfferSearchFindsATasterSlotByItsTrade() throws Exception {
		this.mvc.perform(get("/employers/" + JOINERY).with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Handwerk live: Tischlerei")))
			.andExpect(content().string(containsString("16.23 Herstellung von Holz")));
		this.mvc
			.perform(
					get("/offers").param("text", "Bäckerei").with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bäckerei am Königsplatz")));
	}

	@Test
	void readingAnEmployersContactsIsWrittenToTheAuditTrail() throws Exception {
		EmployerId id = this.employers.register(details("Kontaktbetrieb " + UUID.randomUUID(), "43.22"), service());
		this.mvc.perform(get("/employers/" + id.id()).with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Frau Beispiel")));
		this.mvc.perform(get("/api/v1/employers/" + id.id()).with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk());

		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE subject_type = 'employer-contact' AND subject_id = :id AND action = 'READ'
				  AND purpose = 'EMPLOYER_RELATIONS' AND actor = 'arbeitgeberservice'
				""").param("id", id.id()).query(Integer.class).single()).isEqualTo(2);
	}

}
