package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.documents.DocumentType;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents of a case file are checked by their content, not their name, and never run in
 * the application's origin.
 */
@WeitblickIntegrationTest
class CaseDocumentTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	CaseDocuments documents;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	@BeforeEach
	void caseFile() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		PersonalDetails template = ParticipantTests.details(LocalDate.of(1985, 1, 1), null, false);
		PersonalDetails details = new PersonalDetails("Dokument" + UUID.randomUUID().toString().substring(0, 6),
				"Iryna", template.birthDate(), template.gender(), null, null, "Kassel", null, null, null, false, "UA",
				2022, false, template.benefitBasis(), null, template.referralSource());
		this.participant = this.participants.register(
				new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null, false, this.counsellor);
	}

	@Test
	void aPdfIsKeptAndComesBackAsADownloadWithACleanName() throws Exception {
		UUID id = this.documents.upload(this.participant, "Zeugnis", "../../etc/Zeugnis Kyjiw.pdf", PDF,
				this.counsellor);
		assertThat(this.documents.of(this.participant, this.counsellor)).singleElement().satisfies(document -> {
			assertThat(document.type()).isEqualTo(DocumentType.PDF);
			assertThat(document.fileName()).isEqualTo("Zeugnis Kyjiw.pdf");
		});
		this.mvc
			.perform(get("/participants/{p}/documents/{d}", this.participant.id(), id)
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void aProgramNamedLikeAPdfIsRefused() {
		byte[] program = "MZ\u0090\u0000 this is not a document".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(
				() -> this.documents.upload(this.participant, "Lebenslauf", "lebenslauf.pdf", program, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.document.rule.type"));
		assertThat(this.documents.of(this.participant, this.counsellor)).isEmpty();
	}

	@Test
	void anOversizedOrEmptyFileIsRefused() {
		byte[] large = new byte[CaseDocuments.MAXIMUM_BYTES + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> this.documents.upload(this.participant, "Scan", "scan.pdf", large, this.counsellor))
			.hasMessageContaining("too-large");
		assertThatThrownBy(
				() -> this.documents.upload(this.participant, "Leer", "leer.pdf", new byte[0], this.counsellor))
			.hasMessageContaining("empty");
	}

	@Test
	void anotherTeamCannotDownloadTheDocument() {
		UUID id = this.documents.upload(this.participant, "Zeugnis", "z.pdf", PDF, this.counsellor);
		StaffMember stranger = new StaffMember(UUID.randomUUID(), "fremd", "Fremd",
				de.weitblick.organisation.Role.COUNSELLOR, UUID.randomUUID());
		assertThatThrownBy(() -> this.documents.content(this.participant, id, stranger)).isInstanceOf(NotFound.class);
	}

	@Test
	void theUploadFormExplainsARefusalInGerman() throws Exception {
		this.mvc
			.perform(multipart("/participants/{id}/documents", this.participant.id())
				.file(new MockMultipartFile("file", "bild.png", "image/png",
						"kein Bild".getBytes(StandardCharsets.UTF_8)))
				.param("title", "Foto")
				.with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("journalErrorKey", "participant.document.rule.type"));
	}

}
