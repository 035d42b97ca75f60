package de.weitblick.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Qualifications (German and foreign, with recognition), occupation interests as KldB
 * 2010 positions and the constraints of childcare and mobility: on the form, the page,
 * the API and in subject access, with bad input explained.
 */
@WeitblickIntegrationTest
class CaseFileDetailsTests {

	private static final LocalDate BIRTH = LocalDate.of(1986, 3, 14);

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	Catalogues catalogues;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	@BeforeEach
	void signIn() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
	}

	@Test
	void theClassificationHoldsTheTenAreasThirtySevenMainGroupsAndOneHundredFortyFourGroups() {
		assertThat(this.jdbc.sql("SELECT level, count(*) FROM occupation_classification GROUP BY level ORDER BY level")
			.query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2))
			.list()).containsExactly("1:10", "2:37", "3:144");
		assertThat(this.catalogues.occupations(List.of("813", "52", "8"))).extracting(Occupation::label)
			.containsExactly("52 Führer/innen von Fahrzeug- und Transportgeräten",
					"8 Gesundheit, Soziales, Lehre und Erziehung",
					"813 Gesundheits- und Krankenpflege, Rettungsdienst und Geburtshilfe");
	}

	@Test
	void theOccupationSearchFindsGroupsByAPartOfTheTitleOrTheStartOfTheCode() {
		assertThat(this.catalogues.findOccupations("pflege")).extracting(Occupation::code).contains("813", "821");
		assertThat(this.catalogues.findOccupations("81")).extracting(Occupation::code)
			.contains("81", "811", "818")
			.doesNotContain("821");
	}

	@Test
	void aForeignQualificationIsKeptWithItsRecognitionAndShownOnThePageAndInSubjectAccess() throws Exception {
		Qualification nursing = new Qualification(QualificationLevel.BACHELOR, "Pflegefachkraft", 2012, "UA",
				"Медична сестра", RecognitionStatus.PARTIAL, "Pflegefachfrau/Pflegefachmann");
		Qualification school = new Qualification(QualificationLevel.HIGHER_EDUCATION_ENTRANCE, null, 2008, "UA", null,
				null, null);
		ParticipantId id = register(List.of(nursing, school), Set.of(new OccupationInterest("813")),
				WorkConstraints.NONE);

		Participant stored = caseFile(id).participant();
		assertThat(stored.qualifications()).containsExactly(nursing, school);
		assertThat(stored.qualifications().get(1).recognition()).isEqualTo(RecognitionStatus.NOT_APPLIED);
		this.mvc.perform(get("/participants/{id}", id.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Медична сестра")))
			.andExpect(content().string(containsString("teilweise anerkannt")))
			.andExpect(content().string(containsString("Referenzberuf: Pflegefachfrau/Pflegefachmann")))
			.andExpect(content().string(containsString(
					"813 Gesundheits- und Krankenpflege, Rettungsdienst und Geburtshilfe (Berufsgruppe)")));
		this.mvc.perform(get("/participants/{id}/subject-access", id.id()).with(counsellor()))
			.andExpect(jsonPath("$.qualifications[0].recognition").value("PARTIAL"))
			.andExpect(jsonPath("$.occupationInterests[0].title")
				.value("Gesundheits- und Krankenpflege, Rettungsdienst und Geburtshilfe"));
	}

	@Test
	void aGermanQualificationCarriesNoRecognitionAndAnImpossibleYearIsRefused() {
		Qualification germanWithRecognition = new Qualification(QualificationLevel.VOCATIONAL_TRAINING, "Friseurin",
				2010, "DE", null, RecognitionStatus.FULL, null);
		assertThatThrownBy(() -> register(List.of(germanWithRecognition), Set.of(), WorkConstraints.NONE))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("participant.rule.recognition-only-foreign"));
		Qualification beforeChildhood = new Qualification(QualificationLevel.LOWER_SECONDARY, null, 1990, "DE", null,
				null, null);
		assertThatThrownBy(() -> register(List.of(beforeChildhood), Set.of(), WorkConstraints.NONE))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.rule.qualification-year"));
		Qualification vocationalWithoutTitle = new Qualification(QualificationLevel.VOCATIONAL_TRAINING, " ", null,
				"DE", null, null, null);
		assertThatThrownBy(() -> register(List.of(vocationalWithoutTitle), Set.of(), WorkConstraints.NONE))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anUnknownOrTooFineOccupationCodeIsRefusedWithAGermanMessage() throws Exception {
		assertThatThrownBy(() -> register(List.of(), Set.of(new OccupationInterest("999")), WorkConstraints.NONE))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.rule.unknown-occupation"));
		this.mvc.perform(complete(uniqueName()).param("occupationInterests[0]", "81302"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("„81302“ ist eine feinere Stufe")))
			.andExpect(content().string(containsString("813 „Gesundheits- und Krankenpflege")));
		this.mvc.perform(complete(uniqueName()).param("occupationInterests[0]", "Astronautin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("„Astronautin“ ist kein Schlüssel")));
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content("""
						{"familyName": "%s", "givenNames": "Eva", "birthDate": "1990-01-01", "gender": "FEMALE",
						 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER", "confirmedNoDuplicate": true,
						 "occupationInterests": ["998"]}
						""".formatted(uniqueName())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("occupationInterests"))
			.andExpect(jsonPath("$.detail").value(containsString("„998“")));
	}

	@Test
	void theFormStoresQualificationsOccupationsAndConstraintsAndShowsThemForEditing() throws Exception {
		String familyName = uniqueName();
		String location = this.mvc
			.perform(complete(familyName).param("qualifications[0].level", "VOCATIONAL_TRAINING")
				.param("qualifications[0].title", "Kauffrau für Büromanagement")
				.param("qualifications[0].yearObtained", "2009")
				.param("qualifications[0].countryCode", "DE")
				.param("qualifications[1].level", "MASTER")
				.param("qualifications[1].title", "Bauingenieurin")
				.param("qualifications[1].countryCode", "SY")
				.param("qualifications[1].originalTitle", "مهندسة مدنية")
				.param("qualifications[1].recognition", "IN_PROGRESS")
				.param("occupationInterests[0]", "714 Büro und Sekretariat")
				.param("occupationInterests[1]", "31")
				.param("availableFrom[0]", "08:30")
				.param("availableUntil[0]", "12:30")
				.param("availableFrom[2]", "09:00")
				.param("availableUntil[2]", "14:00")
				.param("drivingLicences", "B", "BE")
				.param("ownVehicle", "false")
				.param("usesPublicTransport", "true")
				.param("maximumCommuteMinutes", "45"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ParticipantId id = new ParticipantId(
				java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		Participant stored = caseFile(id).participant();
		assertThat(stored.qualifications()).extracting(Qualification::title)
			.containsExactly("Kauffrau für Büromanagement", "Bauingenieurin");
		assertThat(stored.occupationCodes()).containsExactly("31", "714");
		WorkConstraints constraints = stored.constraints();
		assertThat(constraints.availabilityInOrder()).containsExactly(
				new AvailabilityWindow(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 30)),
				new AvailabilityWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(14, 0)));
		assertThat(constraints.drivingLicences()).containsExactlyInAnyOrder(DrivingLicenceClass.B,
				DrivingLicenceClass.BE);
		assertThat(constraints.maximumCommuteMinutes()).isEqualTo(45);
		this.mvc.perform(get("/participants/{id}/edit", id.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"714 Büro und Sekretariat\"")))
			.andExpect(content().string(containsString("value=\"08:30\"")))
			.andExpect(content().string(containsString("مهندسة مدنية")));
		this.mvc.perform(get("/participants/{id}", id.id()).with(counsellor()))
			.andExpect(content().string(containsString("Montag 08:30–12:30 Uhr")))
			.andExpect(content().string(containsString("45 Minuten")));
	}

	@Test
	void aTimeThatEndsBeforeItStartsAndAnImpossibleCommuteAreExplainedAtTheirFields() throws Exception {
		this.mvc
			.perform(complete(uniqueName()).param("availableFrom[1]", "14:00")
				.param("availableUntil[1]", "09:00")
				.param("maximumCommuteMinutes", "600"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Der Arbeitsweg muss zwischen 5 und 240 Minuten liegen.")));
		this.mvc.perform(complete(uniqueName()).param("availableFrom[1]", "14:00").param("availableUntil[1]", "09:00"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Das Ende einer verfügbaren Zeit muss nach ihrem Beginn liegen.")));
		this.mvc.perform(complete(uniqueName()).param("availableFrom[1]", "14:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie zu jedem Tag Beginn und Ende an")));
	}

	@Test
	void theApiTakesAndAnswersQualificationsOccupationsAndConstraints() throws Exception {
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(
						"""
								{"familyName": "%s", "givenNames": "Olena", "birthDate": "1990-01-01", "gender": "FEMALE",
								 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER", "confirmedNoDuplicate": true,
								 "qualifications": [{"level": "MASTER", "title": "Ärztin", "countryCode": "UA",
								                     "recognition": "IN_PROGRESS", "referenceOccupation": "Ärztin/Arzt"}],
								 "occupationInterests": ["814"],
								 "constraints": {"availability": [{"dayOfWeek": "FRIDAY", "fromTime": "08:00", "untilTime": "12:00"}],
								                 "drivingLicences": ["B"], "usesPublicTransport": true, "maximumCommuteMinutes": 30}}
								"""
							.formatted(uniqueName())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.qualifications[0].recognition").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.occupationInterests[0].title").value("Human- und Zahnmedizin"))
			.andExpect(jsonPath("$.constraints.availability[0].dayOfWeek").value("FRIDAY"))
			.andExpect(jsonPath("$.constraints.maximumCommuteMinutes").value(30));
		this.mvc
			.perform(get("/api/v1/participants/occupations").param("q", "Pflege")
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '821')].title").value("Altenpflege"));
	}

	private ParticipantId register(List<Qualification> qualifications, Set<OccupationInterest> interests,
			WorkConstraints constraints) {
		ParticipantRecord plain = CaseFiles.record(uniqueName(), "Olena", BIRTH);
		return this.participants.register(new ParticipantRecord(plain.details(), null, Set.of(), Set.of(), List.of(),
				qualifications, interests, constraints), null, false, this.counsellor);
	}

	private CaseFile caseFile(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK).orElseThrow();
	}

	private static String uniqueName() {
		return CaseFiles.uniqueFamilyName("Detail");
	}

	private static MockHttpServletRequestBuilder complete(String familyName) {
		return post("/participants").with(counsellor())
			.with(csrf())
			.param("familyName", familyName)
			.param("givenNames", "Erika")
			.param("birthDate", "1985-06-15")
			.param("gender", "FEMALE")
			.param("benefitBasis", "SGB_II")
			.param("referralSource", "JOBCENTER")
			.param("confirmedNoDuplicate", "true");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
