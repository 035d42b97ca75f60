package de.weitblick.e2e;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.SignInThrottlePolicy;
import de.weitblick.organisation.StaffAccountDetails;
import de.weitblick.organisation.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * An administrator's day with the accounts: a new counsellor gets an account with an
 * initial password and must change it at the first sign-in; another person who locked
 * themselves out gets the lock lifted and a new initial password; a third, who left, is
 * disabled.
 */
@WeitblickIntegrationTest
class AccountAdministrationBrowserTests {

	private static final UUID TEAM = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	StaffAccounts accounts;

	@Autowired
	SignInThrottlePolicy throttle;

	@Test
	void anAdministratorCreatesResetsUnlocksAndDisablesAccountsAndTheNewCounsellorChangesThePasswordFirst()
			throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String newcomer = "neu-" + suffix;
		String forgetful = "vergesslich-" + suffix;
		String leaving = "geht-" + suffix;
		this.accounts.create(forgetful, counsellor("Vergessliche Fachkraft"), "Erstpasswort-lang-1", "Einstellung",
				"admin");
		UUID leavingId = this.accounts.create(leaving, counsellor("Fachkraft auf dem Sprung"), "Erstpasswort-lang-2",
				"Einstellung", "admin");
		WeitblickHttpClient guesser = new WeitblickHttpClient(browser.baseUrl());
		for (int attempt = 0; attempt < this.throttle.maxFailures(); attempt++) {
			guesser.signIn(forgetful, "falsch-erinnert");
		}

		// The new counsellor's account, with an initial password.
		Page admin = browser.signedInAs("admin", Language.GERMAN);
		admin.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
			.getByRole(AriaRole.LINK, namedWithin("Benutzerkonten"))
			.click();
		admin.getByRole(AriaRole.LINK, named("Benutzerkonto anlegen")).click();
		assertThat(admin).hasTitle("Benutzerkonto anlegen – Weitblick");
		admin.getByLabel("Benutzername").fill(newcomer);
		admin.getByLabel("Anzeigename").fill("Neue Fachkraft");
		admin.getByLabel("Rolle").selectOption(new SelectOption().setLabel("Fachkraft / Fallmanagement"));
		admin.getByRole(AriaRole.BUTTON, named("Benutzerkonto anlegen")).click();
		// Forgotten: the team, the initial password and the reason.
		Locator errors = admin.getByRole(AriaRole.ALERT);
		assertThat(errors).containsText("Bitte geben Sie eine Begründung an");
		AccessibilityAudit.assertNoSeriousViolations(admin);
		admin.getByLabel("Organisationseinheit / Team")
			.selectOption(new SelectOption().setLabel("505 Kommunale Arbeitsförderung"));
		admin.getByLabel("Erstpasswort").fill("Willkommen-im-Team-505");
		admin.getByLabel("Begründung (Pflicht, höchstens 500 Zeichen)").fill("Neueinstellung zum 1. des Monats");
		admin.getByRole(AriaRole.BUTTON, named("Benutzerkonto anlegen")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Das Benutzerkonto wurde angelegt");
		assertThat(admin.getByRole(AriaRole.HEADING, named("Benutzerkonto " + newcomer))).isVisible();
		assertThat(admin.locator("main")).containsText("Passwortänderung ausstehend");

		// The newcomer signs in and can do nothing before changing the password.
		Page newcomersPage = browser.open(Language.GERMAN);
		newcomersPage.navigate("/sign-in");
		newcomersPage.getByLabel("Benutzername").fill(newcomer);
		newcomersPage.getByLabel("Passwort").fill("Willkommen-im-Team-505");
		newcomersPage.getByRole(AriaRole.BUTTON, named("Anmelden")).click();
		assertThat(newcomersPage.getByRole(AriaRole.HEADING, named("Passwort ändern"))).isVisible();
		newcomersPage.navigate("/participants");
		assertThat(newcomersPage.getByRole(AriaRole.HEADING, named("Passwort ändern"))).isVisible();
		assertThat(newcomersPage.getByRole(AriaRole.STATUS)).containsText("von der Administration vergeben");
		AccessibilityAudit.assertNoSeriousViolations(newcomersPage);
		newcomersPage.getByLabel("Bisheriges Passwort").fill("Willkommen-im-Team-505");
		newcomersPage.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill(newcomer);
		newcomersPage.getByLabel("Neues Passwort wiederholen").fill(newcomer);
		newcomersPage.getByRole(AriaRole.BUTTON, named("Passwort ändern")).click();
		assertThat(newcomersPage.getByRole(AriaRole.ALERT)).containsText("mindestens 12 Zeichen");
		AccessibilityAudit.assertNoSeriousViolations(newcomersPage);
		newcomersPage.getByLabel("Bisheriges Passwort").fill("Willkommen-im-Team-505");
		newcomersPage.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
			.fill("mein-eigenes-geheimes-Passwort");
		newcomersPage.getByLabel("Neues Passwort wiederholen").fill("mein-eigenes-geheimes-Passwort");
		newcomersPage.getByRole(AriaRole.BUTTON, named("Passwort ändern")).click();
		assertThat(newcomersPage.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();

		// The forgetful colleague locked themselves out: lift the lock, set a new
		// password.
		admin.navigate("/admin/accounts");
		admin.getByRole(AriaRole.LINK, named(forgetful)).click();
		assertThat(admin.locator("main dl")).containsText("gesperrt bis");
		admin.locator("#unlock-reason").fill("Anruf der Kollegin, Identität geprüft");
		admin.getByRole(AriaRole.BUTTON, named("Sperre aufheben")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Die Sperre wurde aufgehoben");
		assertThat(admin.locator("main dl")).not().containsText("gesperrt bis");
		admin.locator("#reset-initialPassword").fill("Neues-Erstpasswort-99");
		admin.locator("#reset-reason").fill("Passwort vergessen");
		admin.getByRole(AriaRole.BUTTON, named("Passwort zurücksetzen")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Das Passwort wurde zurückgesetzt");
		assertThat(admin.locator("main table")).containsText("Sperre aufgehoben");
		assertThat(admin.locator("main table")).containsText("Passwort vergessen");
		Page forgetfulsPage = browser.open(Language.GERMAN);
		forgetfulsPage.navigate("/sign-in");
		forgetfulsPage.getByLabel("Benutzername").fill(forgetful);
		forgetfulsPage.getByLabel("Passwort").fill("Neues-Erstpasswort-99");
		forgetfulsPage.getByRole(AriaRole.BUTTON, named("Anmelden")).click();
		assertThat(forgetfulsPage.getByRole(AriaRole.HEADING, named("Passwort ändern"))).isVisible();

		// The colleague who left is disabled and can no longer sign in.
		admin.navigate("/admin/accounts/" + leavingId);
		admin.locator("#state-reason").fill("Ausgeschieden zum Monatsende");
		admin.getByRole(AriaRole.BUTTON, named("Benutzerkonto deaktivieren")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Das Benutzerkonto wurde deaktiviert");
		assertThat(admin.locator("main dl")).containsText("deaktiviert");
		Page leavingsPage = browser.open(Language.GERMAN);
		leavingsPage.navigate("/sign-in");
		leavingsPage.getByLabel("Benutzername").fill(leaving);
		leavingsPage.getByLabel("Passwort").fill("Erstpasswort-lang-2");
		leavingsPage.getByRole(AriaRole.BUTTON, named("Anmelden")).click();
		assertThat(leavingsPage.getByRole(AriaRole.ALERT)).containsText("Benutzername oder Passwort ist falsch");
	}

	private static StaffAccountDetails counsellor(String name) {
		return new StaffAccountDetails(name, null, Role.COUNSELLOR, TEAM, null);
	}

}
