package de.weitblick.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.Eventually;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.Figure;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The head of department asks for a funder report, which runs in the background and can
 * then be downloaded as XLSX and tagged PDF; a period without data is refused with
 * nothing stored, and no figure shows fewer people than the threshold.
 */
@WeitblickIntegrationTest
class FunderReportTests {

	static final FundingProgrammeId AQB = new FundingProgrammeId(
			UUID.fromString("019a0000-0000-7000-8000-000000004001"));

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	FunderReports reports;

	@Autowired
	Dashboard dashboard;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember controlling;

	@BeforeEach
	void headOfDepartment() {
		this.controlling = this.organisation.staffMember("controlling").orElseThrow();
	}

	private int runs() {
		return this.jdbc.sql("SELECT count(*) FROM report_run").query(Integer.class).single();
	}

	@Test
	void aReportForAPeriodWithoutDataIsRefusedAndNothingIsStored() {
		int before = runs();
		assertThatThrownBy(() -> this.reports.start(AQB, null, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31),
				this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("reporting.rule.no-data"));
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void aReportOfAPeriodThatEndsBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> this.reports.start(AQB, null, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1),
				this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("to"));
	}

	@Test
	void theAqbReportOf2026IsWrittenInTheBackgroundAsWorkbookAndTaggedPdf() throws Exception {
		UUID id = this.reports.start(AQB, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), this.controlling);

		ReportRun run = awaitFinished(id);
		assertThat(run.status()).isEqualTo(ReportRun.Status.DONE);
		assertThat(run.progressPercent()).isEqualTo(100);
		byte[] xlsx = this.reports.file(id, "xlsx", this.controlling).orElseThrow();
		byte[] pdf = this.reports.file(id, "pdf", this.controlling).orElseThrow();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/StructTreeRoot");
	}

	@Test
	void theReportsFiguresShowTheBudgetOfTheGrantsAndHideSmallNumbers() {
		FunderReport report = this.reports.compute(AQB, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				this.controlling);

		assertThat(report.budget()).extracting(FunderReport.BudgetRow::costCentre).contains("505-HL-P", "505-IM-P");
		assertThat(report.plannedCents()).isPositive();
		assertThat(report.entry()).extracting(FunderReport.Section::headingKey)
			.containsExactly("reporting.entry.gender", "reporting.entry.age", "reporting.entry.labour-market",
					"reporting.entry.education", "reporting.entry.disadvantage");
		List<Figure> cells = report.entry()
			.stream()
			.flatMap(s -> s.rows().stream())
			.map(FunderReport.Row::cell)
			.toList();
		assertThat(cells).allSatisfy(
				cell -> assertThat(cell.value() == null || cell.value() == 0 || cell.value() >= report.threshold())
					.isTrue());
	}

	@Test
	void aReportCountsPeopleAsTheyWereWhenTheyEnteredNotAsTheirCaseFileSaysToday() {
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 12, 31);
		FunderReport before = this.reports.compute(AQB, null, from, to, this.controlling);
		List<UUID> entrants = this.jdbc.sql("""
				SELECT DISTINCT e.participant_id FROM enrolment e
				JOIN funding_grant g ON g.project_id = e.project_id AND g.programme_id = :programme
				WHERE e.started_on BETWEEN :from AND :to
				""").param("programme", AQB.id()).param("from", from).param("to", to).query(UUID.class).list();
		assertThat(entrants).isNotEmpty();
		String changeEverybody = """
				UPDATE participant SET gender = CASE gender WHEN 'FEMALE' THEN 'MALE' WHEN 'MALE' THEN 'FEMALE' ELSE gender END,
				  birth_date = birth_date + CAST(:years AS integer) * 3653,
				  unemployed_since = unemployed_since - CAST(:years AS integer) * 400
				WHERE id = ANY(CAST(:people AS uuid[]))
				""";
		// Everybody who entered becomes ten years younger, changes gender and has been
		// unemployed for longer; changed back at the end.
		this.jdbc.sql(changeEverybody).param("years", 1).param("people", entrants.toArray(UUID[]::new)).update();
		try {
			FunderReport after = this.reports.compute(AQB, null, from, to, this.controlling);

			assertThat(after.entry()).isEqualTo(before.entry());
		}
		finally {
			this.jdbc.sql(changeEverybody).param("years", -1).param("people", entrants.toArray(UUID[]::new)).update();
		}
	}

	@Test
	void theDashboardShowsTheBudgetUseOfTheYearPerProgramme() {
		Dashboard.Figures figures = this.dashboard
			.of(new Dashboard.Filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null));

		assertThat(figures.budget()).extracting(Dashboard.Budget::programme)
			.contains("Ausbildungs- und Qualifizierungsbudget (AQB)");
		assertThat(figures.budget()).allSatisfy(b -> assertThat(b.plannedCents()).isPositive());
		assertThat(figures.focusGroups()).hasSize(5);
	}

	@Test
	void theDashboardShowsWhatEachProjectCostPerPersonAndHidesItWhereThePeopleAreHidden() {
		Dashboard.Figures figures = this.dashboard
			.of(new Dashboard.Filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AQB.id(), null));

		assertThat(figures.costs()).isNotEmpty().allSatisfy(cost -> {
			assertThat(cost.programme()).isEqualTo("Ausbildungs- und Qualifizierungsbudget (AQB)");
			assertThat(cost.actualCents()).isPositive();
			if (cost.people().isHidden() || Integer.valueOf(0).equals(cost.people().value())) {
				assertThat(cost.perPersonCents()).isNull();
			}
			else {
				assertThat(cost.perPersonCents())
					.isEqualTo(Math.round((double) cost.actualCents() / cost.people().value()));
			}
		});
	}

	@Test
	void theApiStartsAReportAndRefusesOthersThanTheHeadOfDepartment() throws Exception {
		this.mvc.perform(post("/api/v1/reports/funder-reports").with(httpBasic("controlling", PASSWORD))
			.contentType("application/json")
			.content("""
					{"programmeId": "019a0000-0000-7000-8000-000000004001", "from": "1990-01-01", "to": "1990-12-31"}
					"""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("keine Daten")));
		this.mvc.perform(post("/api/v1/reports/funder-reports").with(httpBasic("fachkraft", PASSWORD))
			.contentType("application/json")
			.content("""
					{"programmeId": "019a0000-0000-7000-8000-000000004001", "from": "2026-01-01", "to": "2026-12-31"}
					""")).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/dashboard").with(user("controlling").roles("CONTROLLING")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dashboard-budget")));
	}

	private ReportRun awaitFinished(UUID id) {
		return Eventually.until("the report run finished", Duration.ofSeconds(120),
				() -> this.reports.run(id, this.controlling).orElseThrow(), ReportRun::isFinished);
	}

}
