package de.weitblick.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;

/**
 * A day in the carriage workshop: the Jobcenter assigns a person and is refused past the
 * legal limit with the months and the date; the instructor records an absence and a skill
 * and sees no allowance; the counsellor agrees the next step and prints the allowance
 * statement; the Jobcenter downloads the monthly list. Every page is checked for serious
 * accessibility problems on the way.
 */
@WeitblickIntegrationTest
class WorkshopDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	private static final String WORKSHOP = "/workshops/019a0000-0000-7000-8000-000000011001";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theJobcenterAssignsTheInstructorRecordsTheWorkAndTheCounsellorAgreesTheNextStep() {
		List<String> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		Object[] person = this.jdbc.sql("""
				SELECT p.id, p.birth_date, p.family_name || ', ' || p.given_names FROM participant p
				JOIN staff_account s ON s.organisational_unit_id = p.responsible_unit_id AND s.username = 'fachkraft'
				WHERE NOT EXISTS (SELECT 1 FROM work_assignment w WHERE w.participant_id = p.id)
				ORDER BY p.id DESC LIMIT 1
				""")
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
							rs.getString(3) })
			.single();
		String name = (String) person[2];

		// The Jobcenter assigns the person; thirty months are refused with the months
		// used.
		Page jobcenter = browser.signedInAs("jobcenter", Language.GERMAN);
		SiteTour.visit(jobcenter, "/workshops", 200);
		violations.addAll(AccessibilityAudit.seriousViolations(jobcenter));
		jobcenter.getByRole(AriaRole.LINK, named("Kutschenwerkstatt")).click();
		assertThat(jobcenter.getByRole(AriaRole.HEADING, named("Kutschenwerkstatt"))).isVisible();
		jobcenter.getByLabel("Kennung der Person in Weitblick").fill(person[0].toString());
		jobcenter.getByLabel("Geburtsdatum").fill(person[1].toString());
		jobcenter.getByLabel("Erster Tag").fill(today.minusDays(7).toString());
		jobcenter.getByLabel("Letzter Tag").fill(today.plusMonths(30).toString());
		jobcenter.getByLabel("Wochenstunden").fill("20");
		jobcenter.getByRole(AriaRole.BUTTON, named("Zuweisen")).click();
		assertThat(jobcenter.locator("#error-summary")).containsText("§ 16d Abs. 6 SGB II");
		assertThat(jobcenter.locator("#error-summary")).containsText("0 Monate genutzt");
		violations.addAll(AccessibilityAudit.seriousViolations(jobcenter));
		jobcenter.getByLabel("Letzter Tag").fill(today.plusMonths(6).toString());
		jobcenter.getByRole(AriaRole.BUTTON, named("Zuweisen")).click();
		assertThat(jobcenter.getByRole(AriaRole.STATUS)).containsText("Die Person ist zugewiesen.");
		assertThat(jobcenter.getByRole(AriaRole.HEADING, named("Zuweisung von " + name))).isVisible();
		String assignment = jobcenter.url().replaceAll("^.*?(/workshops/assignments/[0-9a-f-]{36}).*$", "$1");
		violations.addAll(AccessibilityAudit.seriousViolations(jobcenter));

		// The instructor records the work and sees no allowance.
		Page instructor = browser.signedInAs("fachanleitung", Language.GERMAN);
		SiteTour.visit(instructor, WORKSHOP, 200);
		violations.addAll(AccessibilityAudit.seriousViolations(instructor));
		instructor.getByRole(AriaRole.LINK, named(name)).click();
		instructor.getByLabel("Tag", new Page.GetByLabelOptions().setExact(false)).first().fill(today.toString());
		instructor.getByLabel("Grund").selectOption("ILLNESS");
		instructor.getByRole(AriaRole.BUTTON, named("Abwesenheit erfassen")).click();
		assertThat(instructor.getByRole(AriaRole.STATUS)).containsText("Die Abwesenheit ist erfasst.");
		assertThat(instructor.locator("#absence-table")).containsText("Arbeitsunfähig erkrankt");
		instructor.getByLabel("Fähigkeit", new Page.GetByLabelOptions().setExact(false))
			.first()
			.selectOption("WOODWORK");
		instructor.getByRole(AriaRole.BUTTON, named("Fähigkeit erfassen")).click();
		assertThat(instructor.getByRole(AriaRole.STATUS)).containsText("Die Fähigkeit ist erfasst.");
		assertThat(instructor.getByRole(AriaRole.MAIN)).containsText("Holzbearbeitung");
		assertThat(instructor.getByRole(AriaRole.BUTTON, named("Abrechnung als PDF"))).hasCount(0);
		assertThat(instructor.getByRole(AriaRole.BUTTON, named("Verlängern"))).hasCount(0);
		violations.addAll(AccessibilityAudit.seriousViolations(instructor));

		// The counsellor agrees the next step and prints the month's statement.
		Page counsellor = browser.signedInAs("fachkraft", Language.GERMAN);
		SiteTour.visit(counsellor, assignment, 200);
		counsellor.getByLabel("Vereinbarter nächster Schritt").selectOption("QUALIFICATION");
		counsellor.getByRole(AriaRole.BUTTON, named("Nächsten Schritt speichern")).click();
		assertThat(counsellor.getByRole(AriaRole.STATUS)).containsText("Der nächste Schritt ist gespeichert.");
		assertThat(counsellor.getByRole(AriaRole.MAIN)).containsText("Qualifizierung oder Weiterbildung");
		violations.addAll(AccessibilityAudit.seriousViolations(counsellor));
		Download statement = counsellor
			.waitForDownload(() -> counsellor.getByRole(AriaRole.BUTTON, named("Abrechnung als PDF")).click());
		org.assertj.core.api.Assertions.assertThat(statement.suggestedFilename()).endsWith(".pdf");

		// The Jobcenter downloads the month's list.
		SiteTour.visit(jobcenter, WORKSHOP, 200);
		jobcenter.getByLabel("Monat", new Page.GetByLabelOptions().setExact(true))
			.fill(today.toString().substring(0, 7));
		Download list = jobcenter
			.waitForDownload(() -> jobcenter.getByRole(AriaRole.BUTTON, named("Monatsliste herunterladen")).click());
		org.assertj.core.api.Assertions.assertThat(list.suggestedFilename()).endsWith(".xlsx");

		org.assertj.core.api.Assertions.assertThat(violations).as("serious accessibility violations").isEmpty();
	}

}
