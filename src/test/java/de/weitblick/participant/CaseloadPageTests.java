package de.weitblick.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A counsellor's "Meine Fallübersicht" as the counsellor reads it: the own active cases
 * by name, twenty to a page, in the order chosen, narrowed by counsellor, status and
 * district, and a searched name found first. Each test works with a counsellor of the
 * demo team of its own, so the names on the page are exactly the ones it registered.
 */
@WeitblickIntegrationTest
class CaseloadPageTests {

	private static final Pattern NAME_IN_LIST = Pattern
		.compile("<a class=\"kern-link\" href=\"/participants/[0-9a-f-]{36}\">([^<]+)</a>");

	private static final Pattern SELECTED_SORT = Pattern
		.compile("<select class=\"kern-form-input__select\" id=\"search-sort\" name=\"sort\">.*?"
				+ "<option value=\"([A-Z_]+)\" selected=\"selected\">", Pattern.DOTALL);

	/** Wesertor and Mitte, two of Kassel's districts. */
	private static final String WESERTOR = "14";

	private static final String MITTE = "01";

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	StaffMember teamLead;

	StaffMember counsellor;

	@BeforeEach
	void counsellorOfTheDemoTeam() {
		this.teamLead = this.organisation.staffMember("fachkraft").orElseThrow();
		String username = "fallliste-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :username, 'COUNSELLOR', :unit)
				""").param("id", id).param("username", username).param("unit", this.teamLead.unitId()).update();
		this.counsellor = this.organisation.staffMember(id).orElseThrow();
	}

	@Test
	void theCaseloadShowsTheOwnActiveCasesByNameTwentyToAPageAndTheRestOnPageTwo() throws Exception {
		String stem = stem();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String familyName = stem + letters(i);
			register(familyName, LocalDate.of(1990, 1, 1), null, this.counsellor);
			names.add(familyName + ", Test");
		}
		ParticipantId closed = register(stem + "zz", LocalDate.of(1990, 1, 1), null, this.counsellor);
		this.participants.close(closed, this.teamLead);
		register(stem + "aaa", LocalDate.of(1990, 1, 1), null, this.teamLead);

		String first = page(get("/participants"));
		assertThat(namesIn(first)).containsExactlyElementsOf(names.subList(0, 20));
		assertThat(first).contains("25 Treffer").contains("Seite 1 von 2");

		String second = page(get("/participants").param("page", "1"));
		assertThat(namesIn(second)).containsExactlyElementsOf(names.subList(20, 25));
		assertThat(second).contains("Seite 2 von 2");
	}

	@Test
	void theCaseloadIsOrderedByNameBackwardsOrByDateOfBirthWhenAsked() throws Exception {
		String stem = stem();
		// The older the person, the later the name: by birth date the order turns round.
		register(stem + "aa", LocalDate.of(1995, 5, 5), null, this.counsellor);
		register(stem + "bb", LocalDate.of(1985, 5, 5), null, this.counsellor);
		register(stem + "cc", LocalDate.of(1975, 5, 5), null, this.counsellor);
		List<String> byName = List.of(stem + "aa, Test", stem + "bb, Test", stem + "cc, Test");

		assertThat(namesIn(page(get("/participants")))).containsExactlyElementsOf(byName);
		assertThat(namesIn(page(get("/participants").param("sort", "NAME").param("descending", "true"))))
			.containsExactlyElementsOf(byName.reversed());
		assertThat(namesIn(page(get("/participants").param("sort", "BIRTH_DATE"))))
			.containsExactlyElementsOf(byName.reversed());
		assertThat(namesIn(page(get("/participants").param("sort", "BIRTH_DATE").param("descending", "true"))))
			.containsExactlyElementsOf(byName);
	}

	@Test
	void theFiltersNarrowTheListToACounsellorAStatusAndADistrict() throws Exception {
		String stem = stem();
		register(stem + "aa", LocalDate.of(1990, 1, 1), WESERTOR, this.counsellor);
		register(stem + "bb", LocalDate.of(1990, 1, 1), MITTE, this.counsellor);
		ParticipantId closed = register(stem + "cc", LocalDate.of(1990, 1, 1), WESERTOR, this.counsellor);
		this.participants.close(closed, this.teamLead);
		register(stem + "dd", LocalDate.of(1990, 1, 1), WESERTOR, this.teamLead);
		String mine = this.counsellor.id().toString();

		assertThat(namesIn(page(get("/participants").param("name", stem).param("counsellor", mine))))
			.containsExactly(stem + "aa, Test", stem + "bb, Test", stem + "cc, Test");
		assertThat(namesIn(page(get("/participants").param("name", stem).param("counsellor", "")))).as("the whole team")
			.containsExactly(stem + "aa, Test", stem + "bb, Test", stem + "cc, Test", stem + "dd, Test");
		assertThat(namesIn(page(get("/participants").param("counsellor", mine).param("status", "CLOSED"))))
			.containsExactly(stem + "cc, Test");
		assertThat(namesIn(page(get("/participants").param("counsellor", mine).param("status", "ACTIVE"))))
			.containsExactly(stem + "aa, Test", stem + "bb, Test");
		assertThat(namesIn(page(get("/participants").param("counsellor", mine).param("district", WESERTOR))))
			.containsExactly(stem + "aa, Test", stem + "cc, Test");
		assertThat(namesIn(page(get("/participants").param("counsellor", "")
			.param("status", "ACTIVE")
			.param("district", WESERTOR)
			.param("name", stem)))).containsExactly(stem + "aa, Test", stem + "dd, Test");
	}

	@Test
	void aNameTypedIntoTheCaseloadFindsThatPersonFirst() throws Exception {
		String stem = stem();
		// Ordered by name, the person called exactly that would come after the others.
		register("Abel-" + stem, LocalDate.of(1990, 1, 1), null, this.counsellor);
		register(stem + "al", LocalDate.of(1990, 1, 1), null, this.counsellor);
		register(stem, LocalDate.of(1990, 1, 1), null, this.counsellor);

		// The form as the caseload shows it, with the name typed in.
		String caseload = page(get("/participants"));
		Matcher sort = SELECTED_SORT.matcher(caseload);
		assertThat(sort.find()).isTrue();
		String found = page(get("/participants").param("name", stem)
			.param("counsellor", this.counsellor.id().toString())
			.param("status", "ACTIVE")
			.param("sort", sort.group(1)));

		assertThat(namesIn(found)).containsExactly(stem + ", Test", "Abel-" + stem + ", Test", stem + "al, Test");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.counsellor.username()).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> namesIn(String page) {
		List<String> names = new ArrayList<>();
		Matcher name = NAME_IN_LIST.matcher(page);
		while (name.find()) {
			names.add(name.group(1));
		}
		return names;
	}

	private ParticipantId register(String familyName, LocalDate birthDate, String district, StaffMember caseOf) {
		PersonalDetails details = new PersonalDetails(familyName, "Test", birthDate, Gender.FEMALE, null, null,
				"Kassel", district, null, null, true, "DE", null, false, BenefitBasis.SGB_II, null,
				ReferralSource.JOBCENTER);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()),
				caseOf.id(), false, this.teamLead);
	}

	/**
	 * A family name nobody else has and no other is like, in letters only, so every
	 * collation orders alike and a search with typos allowed finds no other test's
	 * people.
	 */
	private static String stem() {
		StringBuilder stem = new StringBuilder();
		java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
		for (int i = 0; i < 12; i++) {
			stem.append((char) (((i == 0) ? 'A' : 'a') + random.nextInt(26)));
		}
		return stem.toString();
	}

	/** aa, ab, …, az, ba, …: two letters that order as their number. */
	private static String letters(int number) {
		return "" + (char) ('a' + number / 26) + (char) ('a' + number % 26);
	}

}
