package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.RetentionRuns;
import de.weitblick.shared.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A closed case is kept for the retention period and then erased by the nightly job,
 * which reports what it did; until then the person can get everything stored about them
 * in one click.
 */
@WeitblickIntegrationTest
class RetentionAndSubjectAccessTests {

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	DataSubjectRights dataSubjectRights;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	RetentionRuns retentionRuns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	@BeforeEach
	void counsellor() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
	}

	@Test
	void aClosedCaseWhoseRetentionPeriodEndedIsErasedAndTheRunIsReported() throws Exception {
		ParticipantId due = register("Aufbewahrt");
		ParticipantId recent = register("Frisch");
		ParticipantId open = register("Offen");
		this.participants.close(due, this.counsellor);
		this.participants.close(recent, this.counsellor);
		// The case closed eleven years ago; the default retention is ten years after
		// closing.
		this.jdbc.sql("UPDATE participant SET closed_on = :day, registered_on = :day WHERE id = :id")
			.param("day", LocalDate.now().minusYears(11))
			.param("id", due.id())
			.update();

		int erased = this.dataSubjectRights.eraseDue();

		assertThat(erased).isGreaterThanOrEqualTo(1);
		assertThat(exists(due)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(open)).isTrue();
		assertThat(this.audit.search("system", due.id(), 5)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ERASE);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.RETENTION);
		});
		assertThat(this.retentionRuns.recent(1)).singleElement()
			.satisfies(run -> assertThat(run.erased()).isEqualTo(erased));
		this.mvc.perform(get("/audit").with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Löschläufe")));
	}

	@Test
	void aCaseCannotBeClosedTwice() {
		ParticipantId id = register("Zweimal");
		this.participants.close(id, this.counsellor);
		assertThatThrownBy(() -> this.participants.close(id, this.counsellor)).isInstanceOf(RuleViolation.class);
		this.participants.reopen(id, this.counsellor);
		assertThat(caseFile(id).participant().status()).isEqualTo(ParticipantStatus.ACTIVE);
	}

	@Test
	void theSubjectAccessReportHoldsTheDataTheConsentsAndWhoProcessedThem() throws Exception {
		ParticipantId id = register("Auskunft");
		caseFile(id);
		this.mvc.perform(get("/participants/{id}/subject-access", id.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"auskunft-" + id.id() + ".json\""))
			.andExpect(jsonPath("$.details.givenNames").value("Ayşe"))
			.andExpect(jsonPath("$.processing[?(@.action == 'CREATE')]").exists())
			.andExpect(jsonPath("$.processing[?(@.action == 'READ')]").exists())
			.andExpect(jsonPath("$.focusGroups").isArray());
		assertThat(this.audit.search("fachkraft", id.id(), 20)).extracting(AuditEntry::action)
			.contains(AuditAction.EXPORT);
	}

	@Test
	void theSubjectAccessPdfIsReadableTextWithEveryLetterOfTheName() throws Exception {
		ParticipantId id = register("Yılmazoğlu");
		byte[] pdf = this.mvc
			.perform(get("/participants/{id}/subject-access.pdf", id.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Auskunft über Ihre gespeicherten Daten")
				.contains("Yılmazoğlu".substring(0, 10))
				.contains("Ayşe")
				.contains("Wer Ihre Daten wann verarbeitet hat");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
		}
	}

	@Test
	void aCounsellorOfAnotherTeamGetsNoSubjectAccessReport() {
		ParticipantId id = register("Fremd");
		StaffMember stranger = new StaffMember(UUID.randomUUID(), "fremd", "Fremd",
				de.weitblick.organisation.Role.COUNSELLOR, UUID.randomUUID());
		assertThat(this.dataSubjectRights.subjectAccess(id, stranger)).isEmpty();
	}

	private boolean exists(ParticipantId id) {
		return this.jdbc.sql("SELECT count(*) FROM participant WHERE id = :id")
			.param("id", id.id())
			.query(Integer.class)
			.single() == 1;
	}

	private CaseFile caseFile(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK).orElseThrow();
	}

	private ParticipantId register(String familyName) {
		PersonalDetails template = ParticipantTests.details(LocalDate.of(1990, 4, 1), null, false);
		PersonalDetails details = new PersonalDetails(familyName + UUID.randomUUID().toString().substring(0, 6), "Ayşe",
				template.birthDate(), template.gender(), null, null, "Kassel", null, null, null, false, "TR", 2010,
				false, template.benefitBasis(), null, template.referralSource());
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null,
				false, this.counsellor);
	}

}
