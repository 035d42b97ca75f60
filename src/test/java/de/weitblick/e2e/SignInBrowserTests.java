package de.weitblick.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * Signing in and the first thing a counsellor looks at: the places of a project.
 */
@WeitblickIntegrationTest
class SignInBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Test
	void aCounsellorSignsInAndSeesInMigrasPlacesRaisedByFortyPercent() {
		Page page = browser.open(Language.GERMAN);
		page.navigate("/");
		page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, namedWithin("Anmelden")).click();

		page.getByLabel("Benutzername").fill("fachkraft");
		page.getByLabel("Passwort").fill(BrowserFixture.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Anmelden")).click();

		assertThat(page.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();
		assertThat(page.getByRole(AriaRole.BANNER)).containsText("fachkraft");

		mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Projekte")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Projekte").setLevel(1))).isVisible();
		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, namedWithin("Projekte"))).hasAttribute("aria-current",
				"page");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^InMigra"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("InMigra");

		Locator schoolYear2022 = page.locator("#places-table tbody tr")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER, named("2022/23"))));
		assertThat(schoolYear2022.getByRole(AriaRole.CELL)).containsText(new String[] { "35", "+40 %" });
		assertThat(page.locator(".wb-chart svg")).isVisible();
	}

	@Test
	void aWrongPasswordShowsTheGermanErrorAndKeepsThePersonOnTheSignInPage() {
		Page page = browser.open(Language.GERMAN);
		page.navigate("/sign-in");

		page.getByLabel("Benutzername").fill("fachkraft");
		page.getByLabel("Passwort").fill("falsches-passwort");
		page.getByRole(AriaRole.BUTTON, named("Anmelden")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Benutzername oder Passwort ist falsch");
		assertThat(page).hasURL(Pattern.compile("/sign-in\\?error$"));
		assertThat(page.getByRole(AriaRole.HEADING, named("Anmelden").setLevel(1))).isVisible();
		assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("fachkraft");

		// The right password still works afterwards, and resets the failure count.
		page.getByLabel("Benutzername").fill("fachkraft");
		page.getByLabel("Passwort").fill(BrowserFixture.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Anmelden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();
	}

	@Test
	void theSignInFormCanBeCompletedAndSubmittedWithTheKeyboardAlone() {
		Page page = browser.open(Language.GERMAN);
		page.navigate("/sign-in");

		assertThat(page.getByLabel("Benutzername")).isFocused();
		page.keyboard().type("fachkraft");
		page.keyboard().press("Tab");
		assertThat(page.getByLabel("Passwort")).isFocused();
		page.keyboard().type(BrowserFixture.DEMO_PASSWORD);
		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.BUTTON, named("Anmelden"))).isFocused();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();
		assertThat(page.getByRole(AriaRole.BANNER)).containsText("fachkraft");
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"));
	}

}
