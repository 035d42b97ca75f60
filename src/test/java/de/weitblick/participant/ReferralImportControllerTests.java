package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportRunner;
import de.weitblick.participant.referralimport.ReferralListUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages and the API: a wrong file gets a German message naming what is wrong
 * (a problem detail in the API), the progress is polled from the import's own address,
 * and the report can be read and downloaded.
 */
@WeitblickIntegrationTest
class ReferralImportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralListUploads uploads;

	@Autowired
	ReferralImportRunner runner;

	@Autowired
	OrganisationManagement organisation;

	StaffMember counsellor;

	String list;

	@BeforeEach
	void list() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String prefix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
		String name = ReferralImportTests.unrelatedName();
		this.list = "Kundennummer;Nachname;Vorname;Geburtsdatum;Stadtteil\r\n" + prefix + "A;" + name
				+ ";Anna;03.01.1990;Mitte\r\n" + prefix + "B;" + name + ";Ben;31.02.1990;Mitte\r\n";
	}

	@Test
	void theImportPageExplainsTheColumnsAndOffersASampleFile() throws Exception {
		this.mvc.perform(get("/participants/imports").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zuweisungslisten importieren")))
			.andExpect(content().string(containsString("Kundennummer")))
			.andExpect(content().string(containsString("/assets/examples/zuweisungsliste-beispiel.csv")));
		this.mvc.perform(get("/assets/examples/zuweisungsliste-beispiel.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kundennummer;Nachname;Vorname;Geburtsdatum")));
	}

	@Test
	void anUploadedListIsImportedAndItsReportShownAndDownloadable() throws Exception {
		MvcResult upload = this.mvc
			.perform(multipart("/participants/imports").file(file(this.list.getBytes(StandardCharsets.UTF_8)))
				.with(counsellor())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/participants/imports/*"))
			.andReturn();
		String location = upload.getResponse().getRedirectedUrl();
		awaitFinished(new ReferralImportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))));

		this.mvc.perform(get(location).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Abgeschlossen")))
			.andExpect(content().string(containsString("Das Datum „31.02.1990“ gibt es nicht.")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		MvcResult report = this.mvc.perform(get(location + "/report").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn();
		String csv = report.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFZeile;Kundennummer;Ergebnis;Spalte;Hinweis");
		assertThat(csv).contains("3;").contains("Fehlerhaft;Geburtsdatum;Das Datum „31.02.1990“ gibt es nicht.");
	}

	@Test
	void theProgressIsPolledFromTheSameAddressUntilTheImportIsFinished() throws Exception {
		ReferralImportId id = this.uploads.accept("liste.csv", this.list.getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		String address = "/participants/imports/" + id.id();

		this.mvc.perform(get(address).with(counsellor()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect(content().string(containsString("0 von 2 Zeilen verarbeitet (0 %)")));

		awaitFinished(id);

		this.mvc.perform(get(address).with(counsellor()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("hx-swap-oob")))
			.andExpect(content().string(containsString("Der Import ist abgeschlossen: 1 Personen angelegt")));
	}

	@Test
	void aFileWithUnknownColumnsIsRefusedOnThePageNamingThem() throws Exception {
		byte[] wrong = "Kundennummer;Nachname;Vorname;Geburtsdatum;Lieblingsfarbe\r\n1234567A;Weber;Anna;03.01.1990;blau\r\n"
			.getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(multipart("/participants/imports").file(file(wrong)).with(counsellor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unbekannte Spalten: Lieblingsfarbe.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void theApiAcceptsAListAndReportsProgressAndFindings() throws Exception {
		MvcResult accepted = this.mvc
			.perform(multipart("/api/v1/participants/imports").file(file(this.list.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/v1/participants/imports/")))
			.andExpect(jsonPath("$.totalRows").value(2))
			.andReturn();
		String location = accepted.getResponse().getHeader("Location");
		awaitFinished(new ReferralImportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))));

		this.mvc.perform(get(location).with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.createdRows").value(1))
			.andExpect(jsonPath("$.invalidRows").value(1))
			.andExpect(jsonPath("$.report.findings[0].row").value(3))
			.andExpect(jsonPath("$.report.findings[0].column").value("Geburtsdatum"))
			.andExpect(jsonPath("$.report.findings[0].message").value("Das Datum „31.02.1990“ gibt es nicht."));
	}

	@Test
	void theApiAnswersAWrongFileWithAProblemDetailNamingTheColumns() throws Exception {
		byte[] wrong = "Customer number;Family name\r\n1234567A;Weber\r\n".getBytes(StandardCharsets.UTF_8);

		this.mvc
			.perform(multipart("/api/v1/participants/imports").file(file(wrong))
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail")
				.value("Es fehlen Pflichtspalten: Vorname, Geburtsdatum. Es wurde nichts importiert."))
			.andExpect(jsonPath("$.columns[0]").value("Vorname"));
		this.mvc
			.perform(multipart("/api/v1/participants/imports")
				.file(file("PK\u0003\u0004 workbook".getBytes(StandardCharsets.ISO_8859_1)))
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Excel-Datei")));
		this.mvc
			.perform(multipart("/api/v1/participants/imports").file(file(wrong))
				.with(httpBasic("fachkraft", "weitblick-demo"))
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value("Required columns are missing: Vorname, Geburtsdatum. Nothing was imported."));
	}

	@Test
	void theImportIsDescribedInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/api/docs/openapi"))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.paths['/api/v1/participants/imports'].post.requestBody.content['multipart/form-data']")
						.exists())
			.andExpect(jsonPath("$.paths['/api/v1/participants/imports'].post.responses['422']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/participants/imports/{id}'].get").exists());
	}

	@Test
	void anImportJustQueuedIsReportedAsWaitingNotAsInterrupted() throws Exception {
		ReferralImportId id = this.uploads.accept("zuweisungen.csv", this.list.getBytes(StandardCharsets.UTF_8),
				this.counsellor);

		this.mvc
			.perform(get("/api/v1/participants/imports/{id}", id.id()).with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.interrupted").value(false));
		this.mvc.perform(get("/participants/imports/{id}", id.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wartet")))
			.andExpect(content().string(not(containsString("Unterbrochen"))));
		awaitFinished(id);
	}

	@Test
	void anImportThatDoesNotExistIsNotFound() throws Exception {
		this.mvc
			.perform(get("/api/v1/participants/imports/{id}", UUID.randomUUID())
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/participants/imports/{id}", UUID.randomUUID()).with(counsellor()))
			.andExpect(status().isNotFound());
	}

	private void awaitFinished(ReferralImportId id) {
		ImportsToTheEnd.awaitFinished(this.runner, id);
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "zuweisungen.csv", "text/csv", content);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
