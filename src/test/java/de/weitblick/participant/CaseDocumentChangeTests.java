package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.documents.CaseDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A document is renamed or removed based on the version read: a stale change is refused
 * and changes nothing, a removed document's content is gone and its trace stays in the
 * case file and in the audit trail.
 */
@WeitblickIntegrationTest
class CaseDocumentChangeTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	CaseDocuments documents;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	UUID document;

	@BeforeEach
	void caseFileWithADocument() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Dokumentwechsel"), "Oksana", LocalDate.of(1988, 4, 4)),
				null, false, this.counsellor);
		this.document = this.documents.upload(this.participant, "Zeugnis", "zeugnis.pdf", PDF, this.counsellor);
	}

	@Test
	void aRenameBasedOnTheVersionReadIsKeptAndAStaleOneIsRefusedWithAConflict() throws Exception {
		this.mvc
			.perform(put("/api/v1/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"title\": \"Abschlusszeugnis\"}")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Abschlusszeugnis"))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc
			.perform(put("/api/v1/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"title\": \"Zeugnis alt\"}")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(only().title()).isEqualTo("Abschlusszeugnis");
	}

	@Test
	void aStaleRenameOnThePageIsExplainedInGermanBesideTheDocuments() throws Exception {
		this.documents.rename(this.participant, this.document, 0, "Lebenslauf", this.counsellor);

		this.mvc
			.perform(post("/participants/{p}/documents/{d}", this.participant.id(), this.document).param("version", "0")
				.param("title", "Zeugnis neu")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(redirectedUrl("/participants/" + this.participant.id() + "#documents"))
			.andExpect(flash().attribute("documentsErrorKey", "participant.document.changed-in-the-meantime"));
		assertThat(only().title()).isEqualTo("Lebenslauf");
	}

	@Test
	void aRemovedDocumentCannotBeDownloadedAndLeavesAnAuditedTraceInTheCaseFile() throws Exception {
		this.mvc
			.perform(post("/participants/{p}/documents/{d}/removal", this.participant.id(), this.document)
				.param("version", "0")
				.param("reason", "Falsche Person")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(redirectedUrl("/participants/" + this.participant.id() + "#documents"))
			.andExpect(flash().attribute("documentsMessageKey", "participant.document.removed"));

		CaseDocument trace = only();
		assertThat(trace.isRemoved()).isTrue();
		assertThat(trace.removedBy()).isEqualTo("fachkraft");
		assertThat(trace.removalReason()).isEqualTo("Falsche Person");
		assertThat(this.jdbc.sql("SELECT content IS NULL FROM participant_document WHERE id = :id")
			.param("id", this.document)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc
			.perform(get("/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE action = 'ERASE' AND subject_type = 'case-document'
				  AND subject_id = :participant AND detail_key = 'participant.audit.document-removed'
				""").param("participant", this.participant.id()).query(Integer.class).single()).isOne();
		this.mvc.perform(get("/participants/{p}", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("entfernt am")))
			.andExpect(content().string(containsString("Falsche Person")));
	}

	@Test
	void theApiRemovesADocumentOnceAndAStaleOrSecondRemovalChangesNothing() throws Exception {
		this.mvc
			.perform(delete("/api/v1/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.param("version", "3")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isConflict());
		assertThat(only().isRemoved()).isFalse();

		this.mvc
			.perform(delete("/api/v1/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.param("version", "0")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/participants/{p}/documents/{d}", this.participant.id(), this.document)
				.param("version", "1")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		assertThat(only().isRemoved()).isTrue();
	}

	private CaseDocument only() {
		List<CaseDocument> all = this.documents.allOf(this.participant);
		assertThat(all).hasSize(1);
		return all.get(0);
	}

}
