package de.weitblick.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.AuditedSubjects;
import de.weitblick.Eventually;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantPage;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists people work with are exported as CSV or XLSX in the background, with the
 * page's filters applied and only what the person may see; an export is one entry of the
 * audit trail naming everybody in it, and only the person who asked downloads the file,
 * for a limited time.
 */
@WeitblickIntegrationTest
class ListExportTests {

	@Autowired
	ListExports exports;

	@Autowired
	ParticipantFinder participants;

	@Autowired
	ProjectManagement projects;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	@BeforeEach
	void theDemoCounsellor() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
	}

	@Test
	void aCounsellorsFilteredCaseloadIsExportedAsCsvWithTheSamePeopleAsTheListAndOneAuditEntryNamingThem() {
		ParticipantSearch search = new ParticipantSearch(null, null, null, null, ParticipantStatus.ACTIVE, null, null,
				false, 0, ParticipantSearch.MAXIMUM_SIZE);
		ParticipantPage page = this.participants.search(search, this.counsellor, AccessPurpose.SEARCH);
		List<ParticipantListItem> listed = page.items();
		assertThat(listed).isNotEmpty();
		int listReads = auditEntries("READ", "participant.audit.listed");
		int exportsBefore = auditEntries("EXPORT", "reporting.audit.list-exported");

		ListExport done = finished(this.exports.start(ExportedList.CASELOAD, ExportFormat.CSV,
				Map.of("status", "ACTIVE", "page", "3"), this.counsellor, Locale.GERMAN));

		assertThat(done.status()).isEqualTo(ReportRun.Status.DONE);
		assertThat(done.filters()).containsExactly(Map.entry("status", "ACTIVE"));
		String csv = new String(this.exports.file(done.id(), this.counsellor).orElseThrow().content(),
				StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).contains("Familienname;Vornamen;Geburtsdatum");
		assertThat(lines).hasSize((int) page.total() + 1);
		assertThat(done.rowCount()).isEqualTo((int) page.total());
		listed.forEach(person -> assertThat(csv).contains(person.familyName() + ";" + person.givenNames()));
		assertThat(auditEntries("READ", "participant.audit.listed")).as("no list read of its own").isEqualTo(listReads);
		assertThat(auditEntries("EXPORT", "reporting.audit.list-exported")).isEqualTo(exportsBefore + 1);
		List<UUID> named = this.jdbc.sql("""
				SELECT unnest(%s) FROM audit_event WHERE actor = 'fachkraft' AND action = 'EXPORT'
				  AND detail_key = 'reporting.audit.list-exported' ORDER BY occurred_at DESC, id DESC LIMIT 1000
				""".formatted(AuditedSubjects.OF_AUDIT_EVENT)).query(UUID.class).list();
		assertThat(named).containsAll(listed.stream().map(person -> person.id().id()).toList());
	}

	@Test
	void theProjectsAreExportedAsAWorkbook() {
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();

		ListExport done = finished(
				this.exports.start(ExportedList.PROJECTS, ExportFormat.XLSX, Map.of(), controlling, Locale.ENGLISH),
				controlling);

		ListExport.File file = this.exports.file(done.id(), controlling).orElseThrow();
		assertThat(file.fileName()).startsWith("projects-").endsWith(".xlsx");
		assertThat(new String(file.content(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(done.rowCount()).isEqualTo(this.projects.projects().size());
	}

	@Test
	void onlyThePersonWhoAskedDownloadsTheFileAndOnlyWhileItIsKept() throws Exception {
		ListExport done = finished(this.exports.start(ExportedList.ENROLMENTS, ExportFormat.CSV,
				Map.of("activeOnly", "false"), this.counsellor, Locale.GERMAN));

		this.mvc
			.perform(get("/api/v1/reports/exports/{id}/file", done.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")));
		this.mvc
			.perform(get("/api/v1/reports/exports/{id}/file", done.id())
				.with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isNotFound());

		this.jdbc.sql("UPDATE report_run SET keep_until = now() - INTERVAL '1 minute' WHERE id = :id")
			.param("id", done.id())
			.update();
		assertThat(this.exports.file(done.id(), this.counsellor)).isEmpty();
		assertThat(this.exports.deleteExpired()).isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM report_run WHERE id = :id")
			.param("id", done.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anExportThatMayNotBeOrWhoseFilterCannotBeReadIsRefusedAndNothingIsStored() throws Exception {
		int before = exportRuns();

		this.mvc
			.perform(post("/api/v1/reports/exports").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.contentType("application/json")
				.content("""
						{"list": "AUDIT_TRAIL", "format": "CSV"}
						"""))
			.andExpect(status().isUnprocessableContent());
		assertThatThrownBy(() -> this.exports.start(ExportedList.CASELOAD, ExportFormat.XLSX,
				Map.of("birthDate", "gestern"), this.counsellor, Locale.GERMAN))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("birthDate");
				assertThat(violation.messageKey()).isEqualTo("reporting.export.rule.filter");
			});
		assertThat(exportRuns()).isEqualTo(before);
	}

	@Test
	void theDataProtectionOfficerExportsTheAuditTrailFilteredByActorAndTheExportIsRecordedInIt() throws Exception {
		StaffMember officer = this.organisation.staffMember("datenschutz").orElseThrow();

		this.mvc
			.perform(post("/api/v1/reports/exports").with(user("datenschutz").roles("DATA_PROTECTION_OFFICER"))
				.with(csrf())
				.contentType("application/json")
				.content("""
						{"list": "AUDIT_TRAIL", "format": "CSV", "filters": {"actor": "fachkraft"}}
						"""))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.list").value("AUDIT_TRAIL"))
			.andExpect(jsonPath("$.filters.actor").value("fachkraft"));
		ListExport started = this.exports.exports(officer).get(0);
		ListExport done = finished(started.id(), officer);

		String csv = new String(this.exports.file(done.id(), officer).orElseThrow().content(), StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(";fachkraft"));
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE actor = 'datenschutz' AND action = 'EXPORT'
				  AND subject_type = 'audit-trail'
				""").query(Integer.class).single()).isPositive();
	}

	@Test
	void theExportControlOfAListPageStartsAnExportThatTheExportsPageOffers() throws Exception {
		this.mvc.perform(get("/enrolments").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/reports/exports\"")));
		this.mvc.perform(get("/participants").param("status", "ACTIVE").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"status\" value=\"ACTIVE\">")));
		this.mvc
			.perform(post("/reports/exports").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("list", "WAITING_LIST")
				.param("format", "XLSX"))
			.andExpect(redirectedUrl("/reports/exports"));
		ListExport started = this.exports.exports(this.counsellor).get(0);
		assertThat(started.list()).isEqualTo(ExportedList.WAITING_LIST);
		finished(started.id(), this.counsellor);

		this.mvc.perform(get("/reports/exports").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wartelisten")))
			.andExpect(content().string(containsString("/reports/exports/" + started.id() + "/file")));
	}

	@Test
	void theAuditTrailsExportControlCarriesTheTrailsFiltersButNotTheNameTypedIntoThePersonLookup() throws Exception {
		this.mvc
			.perform(get("/audit").param("actor", "fachkraft")
				.param("name", "Yilmaz")
				.param("birthDate", "1990-01-01")
				.with(user("datenschutz").roles("DATA_PROTECTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"actor\" value=\"fachkraft\">")))
			.andExpect(content().string(not(containsString("<input type=\"hidden\" name=\"name\""))))
			.andExpect(content().string(not(containsString("<input type=\"hidden\" name=\"birthDate\""))));
	}

	private ListExport finished(UUID id) {
		return finished(id, this.counsellor);
	}

	private ListExport finished(UUID id, StaffMember viewer) {
		return Eventually.until("the export finished", Duration.ofSeconds(120),
				() -> this.exports.export(id, viewer).orElseThrow(), ListExport::isFinished);
	}

	private int auditEntries(String action, String key) {
		return this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE actor = 'fachkraft' AND action = :action AND detail_key = :key
				""").param("action", action).param("key", key).query(Integer.class).single();
	}

	private int exportRuns() {
		return this.jdbc.sql("SELECT count(*) FROM report_run WHERE kind = 'LIST_EXPORT'")
			.query(Integer.class)
			.single();
	}

}
