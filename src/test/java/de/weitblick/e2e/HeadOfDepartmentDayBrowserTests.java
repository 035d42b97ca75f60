package de.weitblick.e2e;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;

/**
 * The head of department's day with the money: records a grant of ESF Plus with a budget
 * line, imports the finance system's actuals (a file with an unknown cost centre first,
 * which is refused whole), looks at the dashboard and downloads the funder report written
 * in the background; corrects the grant (deleting it is refused while actuals are
 * recorded) and exports the list of projects.
 */
@WeitblickIntegrationTest
class HeadOfDepartmentDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Test
	void theHeadOfDepartmentRecordsAGrantImportsActualsAndDownloadsTheFunderReport() {
		String notice = "ESF-BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
		String centre = "KS-" + UUID.randomUUID().toString().substring(0, 8);
		Page page = browser.signedInAs("controlling", Language.GERMAN);

		// A new grant.
		SiteTour.visit(page, "/funding/grants", 200);
		page.getByRole(AriaRole.LINK, named("Zuwendung erfassen")).click();
		page.getByLabel("Förderprogramm")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("ESF Plus Hessen"));
		page.getByLabel("Projekt")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sozialwirtschaft integriert"));
		page.getByLabel("Beginn des Bewilligungszeitraums").fill("2026-01-01");
		page.getByLabel("Ende des Bewilligungszeitraums").fill("2026-12-31");
		page.getByLabel("Bewilligte Summe").fill("120.000,00");
		page.getByLabel("Kofinanzierungsanteil").fill("40");
		page.getByLabel("Aktenzeichen des Zuwendungsbescheids").fill(notice);
		page.getByLabel("Datum des Zuwendungsbescheids").fill("2025-12-01");
		page.getByLabel("Berichtstermin 1").fill("2027-03-31");
		page.getByRole(AriaRole.BUTTON, named("Zuwendung speichern")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Zuwendung " + notice))).isVisible();

		// A budget line for the staff.
		page.getByLabel("Kategorie").selectOption("STAFF");
		page.getByLabel("Kostenstelle").fill(centre);
		page.getByLabel("Plan je Monat").fill("8.000,00");
		page.getByRole(AriaRole.BUTTON, named("Haushaltsposten hinzufügen")).click();
		assertThat(page.locator("main caption", new Page.LocatorOptions().setHasText(centre))).isVisible();

		// The finance system's file: refused whole for an unknown cost centre, then
		// taken.
		SiteTour.visit(page, "/funding/grants", 200);
		page.getByLabel("CSV-Datei des Finanzverfahrens")
			.setInputFiles(csv(
					"Kostenstelle;Monat;Betrag\n" + centre + ";2026-01;7.900,00\nKS-GIBT-ES-NICHT;2026-01;10,00\n"));
		page.getByRole(AriaRole.BUTTON, named("Einlesen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zeile 3: Die Kostenstelle „KS-GIBT-ES-NICHT“");
		page.getByLabel("CSV-Datei des Finanzverfahrens")
			.setInputFiles(csv("Kostenstelle;Monat;Betrag\n" + centre + ";2026-01;7.900,00\n"));
		page.getByRole(AriaRole.BUTTON, named("Einlesen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 Buchungszeilen eingelesen");
		page.getByRole(AriaRole.LINK, named(notice)).click();
		assertThat(page.locator("main table", new Page.LocatorOptions().setHasText(centre))).containsText("7.900,00");

		// A correction of the grant; deleting it is refused while actuals are recorded.
		page.getByRole(AriaRole.LINK, named("Zuwendung ändern")).click();
		page.getByLabel("Bewilligte Summe").fill("150.000,00");
		page.getByRole(AriaRole.BUTTON, named("Zuwendung speichern")).click();
		assertThat(page.locator("main .wb-facts")).containsText("150.000,00");
		page.getByRole(AriaRole.BUTTON, named("Zuwendung löschen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("kann nicht gelöscht werden");

		// The dashboard of the year.
		SiteTour.visit(page, "/reports/dashboard?from=2026-01-01&to=2026-12-31", 200);
		assertThat(page.locator("#dashboard-budget")).containsText("ESF Plus Hessen");
		assertThat(page.locator("#dashboard-focus-groups")).isVisible();

		// The funder report, written in the background and downloaded when ready.
		SiteTour.visit(page, "/reports/funder", 200);
		page.getByLabel("Förderprogramm")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("ESF Plus Hessen"));
		page.getByLabel("Zeitraum von").fill("2026-01-01");
		page.getByLabel("Zeitraum bis").fill("2026-12-31");
		page.getByRole(AriaRole.BUTTON, named("Bericht erstellen")).click();
		assertThat(page.locator("#runs tbody tr").first()).containsText("fertig",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("XLSX")).first().click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
			.matches(Pattern.compile("foerderbericht-.*\\.xlsx"));

		// The list of projects exported as a workbook in the background.
		SiteTour.visit(page, "/projects", 200);
		page.getByRole(AriaRole.BUTTON, named("Exportieren")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Ihre Exporte"))).isVisible();
		assertThat(page.locator("#exports tbody tr").first()).containsText("fertig",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
		Download export = page
			.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Herunterladen")).first().click());
		org.assertj.core.api.Assertions.assertThat(export.suggestedFilename())
			.matches(Pattern.compile("projects-.*\\.xlsx"));
	}

	private static FilePayload csv(String content) {
		return new FilePayload("ist.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
