package de.weitblick.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way: the navigation a role gets, pages that are closed or missing, the
 * language switch and moving through a page with the keyboard.
 */
@WeitblickIntegrationTest
class NavigationBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Test
	void anAdministratorFindsTheUserAccountsInTheNavigation() {
		Page page = browser.signedInAs("admin", Language.GERMAN);

		mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Benutzerkonten")).click();

		assertThat(page.getByRole(AriaRole.HEADING, named("Benutzerkonten").setLevel(1))).isVisible();
		// The page also lists the changes of health-data permissions in a table of its
		// own.
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Alle Benutzerkonten")))
			.containsText("fachkraft");
	}

	@Test
	void aCounsellorIsNotOfferedTheUserAccountsAndIsRefusedThemWhenTypingTheAddress() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);

		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Projekte"))).isVisible();
		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Benutzerkonten"))).hasCount(0);

		Response response = page.navigate("/admin/accounts");

		assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("Kein Zugriff").setLevel(1))).isVisible();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Mit Ihrer Rolle dürfen Sie diese Seite nicht aufrufen");
		assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, namedWithin("Zur Startseite"))).isVisible();
	}

	@Test
	void anEmployerSeesProjectsButNotTheFocusGroups() {
		Page page = browser.signedInAs("arbeitgeber", Language.GERMAN);

		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Projekte"))).isVisible();
		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Fokusgruppen"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, namedWithin("Fokusgruppen"))).hasCount(0);
	}

	@Test
	void thePersonSwitchesToEnglishAndBackToGerman() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Projekte")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Projekte").setLevel(1))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "de");

		languageSwitch(page, "Sprache").getByRole(AriaRole.LINK, namedWithin("English")).click();

		assertThat(page.getByRole(AriaRole.HEADING, named("Projects").setLevel(1))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(AriaRole.NAVIGATION, named("Main navigation"))
			.getByRole(AriaRole.LINK, namedWithin("Focus groups"))).isVisible();

		// The choice is remembered for the next page.
		page.getByRole(AriaRole.NAVIGATION, named("Main navigation"))
			.getByRole(AriaRole.LINK, namedWithin("Funding"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Funding programmes").setLevel(1))).isVisible();

		languageSwitch(page, "Language").getByRole(AriaRole.LINK, namedWithin("Deutsch")).click();

		assertThat(page.getByRole(AriaRole.HEADING, named("Förderprogramme").setLevel(1))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "de");
	}

	@Test
	void anAddressThatDoesNotExistShowsTheGermanNotFoundPage() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);

		Response response = page.navigate("/projekte-die-es-nicht-gibt");

		assertThat(response.status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, named("Seite nicht gefunden").setLevel(1))).isVisible();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Bitte prüfen Sie die Adresse");
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, namedWithin("Zur Startseite")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichMovesTheFocusToTheContent() {
		Page page = browser.open(Language.GERMAN);
		page.navigate("/");

		page.keyboard().press("Tab");

		Locator skipLink = page.getByRole(AriaRole.LINK, named("Zum Inhalt springen"));
		assertThat(skipLink).isFocused();
		assertThat(skipLink).isInViewport();

		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, namedWithin("Anmelden"))).isFocused();
	}

	@Test
	void theSkipLinkComesFirstOnTheInnerPagesToo() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.navigate("/projects/019a0000-0000-7000-8000-000000005002");

		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.LINK, named("Zum Inhalt springen"))).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"));
	}

	private static Locator languageSwitch(Page page, String label) {
		return page.getByRole(AriaRole.NAVIGATION, named(label));
	}

}
