package de.weitblick.e2e;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counsellor imports a referral list from the caseload: a wrong file is explained at
 * the field, a good one runs with a progress bar and ends with its report. Both pages are
 * checked by axe-core, in German and in English.
 */
@WeitblickIntegrationTest
class ReferralImportBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	/** Waiting for the background import, not measuring it. */
	private static final LocatorAssertions.IsVisibleOptions UNTIL_FINISHED = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(60_000);

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void aCounsellorImportsAReferralListAndReadsItsReport(Language language) {
		boolean german = language == Language.GERMAN;
		Page page = browser.signedInAs("fachkraft", language);
		page.getByRole(AriaRole.LINK, named(german ? "Zuweisungsliste importieren" : "Import a referral list")).click();

		page.locator("#import-file")
			.setInputFiles(new FilePayload("falsch.csv", "text/csv",
					"Kundennummer;Nachname;Lieblingsfarbe\r\n123456A;Weber;blau\r\n".getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, named(german ? "Prüfen und importieren" : "Check and import")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Lieblingsfarbe");
		AccessibilityAudit.assertNoSeriousViolations(page);

		String prefix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
		// Unlike any other test's names, so that nobody here is a likely duplicate.
		String name = "Zz"
				+ Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).replaceAll("[0-9]", "q");
		String list = "Kundennummer;Nachname;Vorname;Geburtsdatum;Stadtteil\r\n" + prefix + "A;" + name
				+ ";Anna;03.01.1990;Mitte\r\n" + prefix + "B;" + name + ";Ben;03.01.1991;Atlantis\r\n";
		page.locator("#import-file")
			.setInputFiles(new FilePayload("zuweisungen.csv", "text/csv", list.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, named(german ? "Prüfen und importieren" : "Check and import")).click();

		assertThat(page.getByRole(AriaRole.HEADING, named(german ? "Ergebnis" : "Result"))).isVisible(UNTIL_FINISHED);
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Atlantis");
		AccessibilityAudit.assertNoSeriousViolations(page);
		assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
	}

}
