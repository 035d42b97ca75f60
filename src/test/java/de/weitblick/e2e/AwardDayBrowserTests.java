package de.weitblick.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * The award's day: the moderation opens the round of a new dialogue edition, sets a
 * criterion and the jury, nominates a care company and a painting business that did not
 * agree to be named, and closes the nominations; the head of department, as juror, sees
 * no ranking until having scored, then scores; the moderation chooses the winner with a
 * citation and announces it; the public showcase names the winner and never the painters.
 */
@WeitblickIntegrationTest
class AwardDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	static final String CARE = "Städtische Pflege- und Betreuungsgesellschaft (Beispiel)";

	static final String PAINTERS = "Malerbetrieb Nordstadt (Beispiel)";

	@Autowired
	EditionPlanning editions;

	@Test
	void theModerationAndTheJuryChooseAWinnerWhoAppearsInThePublicShowcase() {
		String editionTitle = "Arbeitsmarktdialog " + UUID.randomUUID();
		UUID edition = this.editions.create(editionTitle, LocalDate.of(2099, 6, 1), DialogueFormat.DIGITAL, null, null);
		String roundTitle = "Unternehmen mit Weitblick " + edition.toString().substring(24);
		String citation = "Für Pflege, die Menschen eine zweite Chance gibt " + edition.toString().substring(24);
		List<String> violations = new ArrayList<>();

		Page moderation = browser.signedInAs("moderation", Language.GERMAN);
		SiteTour.visit(moderation, "/", 200);
		moderation.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("Auszeichnung")).click();
		moderation.getByRole(AriaRole.LINK, named("Neue Runde eröffnen")).click();
		moderation.locator("#editionId").selectOption(edition.toString());
		moderation.locator("#title").fill(roundTitle);
		moderation.getByRole(AriaRole.BUTTON, named("Runde eröffnen")).click();
		assertThat(moderation.getByRole(AriaRole.ALERT)).containsText("bis wann nominiert werden kann");
		violations.addAll(AccessibilityAudit.seriousViolations(moderation));
		moderation.locator("#nominationsCloseOn").fill(LocalDate.now().plusDays(14).toString());
		moderation.getByRole(AriaRole.BUTTON, named("Runde eröffnen")).click();
		assertThat(moderation.getByRole(AriaRole.HEADING, named(roundTitle))).isVisible();
		String roundPath = java.net.URI.create(moderation.url()).getPath();

		moderation.locator("#criterion-name").fill("Einstellungen aus den Fokusgruppen");
		moderation.locator("#criterion-weight").fill("3");
		moderation.getByRole(AriaRole.BUTTON, named("Kriterium hinzufügen")).click();
		assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Das Kriterium ist hinzugefügt.");
		moderation.locator("#juror-username").fill("controlling");
		moderation.getByRole(AriaRole.BUTTON, named("Jurymitglied berufen")).click();
		assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Das Jurymitglied ist berufen.");

		moderation.locator("#employer-name").fill("Gibt es nicht GmbH");
		moderation.locator("#nomination-reasons").fill("Vorbildlich");
		moderation.getByRole(AriaRole.BUTTON, named("Nominieren")).click();
		assertThat(moderation.getByRole(AriaRole.ALERT))
			.containsText("Einen Arbeitgeber mit diesem Namen kennen wir nicht.");
		violations.addAll(AccessibilityAudit.seriousViolations(moderation));
		for (String employer : List.of(CARE, PAINTERS)) {
			moderation.locator("#employer-name").fill(employer);
			moderation.locator("#nomination-reasons").fill("Stellt Menschen aus den Fokusgruppen ein.");
			moderation.getByRole(AriaRole.BUTTON, named("Nominieren")).click();
			assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Die Nominierung ist gespeichert.");
		}
		violations.addAll(AccessibilityAudit.seriousViolations(moderation));
		moderation.getByRole(AriaRole.BUTTON, named("Nominierungen schließen")).click();
		assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Die Nominierungen sind geschlossen");

		Page juror = browser.signedInAs("controlling", Language.GERMAN);
		SiteTour.visit(juror, roundPath, 200);
		assertThat(juror.getByText("sobald Sie selbst bewertet haben")).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(juror));
		scoreAs(juror, CARE, "11");
		assertThat(juror.getByRole(AriaRole.ALERT)).containsText("muss zwischen 0 und 10 liegen");
		scoreAs(juror, CARE, "9");
		assertThat(juror.getByRole(AriaRole.STATUS)).containsText("Ihre Bewertung ist gespeichert.");
		scoreAs(juror, PAINTERS, "6");
		Locator ranking = juror.locator("#ranking-table");
		assertThat(ranking.locator("tbody tr").first()).containsText(CARE);
		violations.addAll(AccessibilityAudit.seriousViolations(juror));

		SiteTour.visit(moderation, roundPath, 200);
		Locator painters = moderation.locator("article",
				new Page.LocatorOptions().setHas(moderation.getByRole(AriaRole.HEADING, named(PAINTERS))));
		assertThat(painters).containsText("kann dieser Arbeitgeber nicht ausgezeichnet werden");
		moderation.getByLabel("Laudatio für " + CARE).fill(citation);
		moderation.getByRole(AriaRole.BUTTON, named("Als Preisträger auszeichnen")).click();
		assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Der Preisträger ist ausgewählt.");
		moderation.getByRole(AriaRole.BUTTON, named("Preisträger bekanntgeben")).click();
		assertThat(moderation.getByRole(AriaRole.STATUS)).containsText("Die Preisträger sind bekanntgegeben.");
		violations.addAll(AccessibilityAudit.seriousViolations(moderation));

		Page visitor = browser.open(Language.GERMAN);
		SiteTour.visit(visitor, "/", 200);
		visitor.getByRole(AriaRole.LINK, named("Unternehmen mit Weitblick: die Preisträger")).click();
		assertThat(visitor.getByText(citation)).isVisible();
		assertThat(visitor.locator("main")).not().containsText(PAINTERS);
		assertThat(visitor.locator("main")).containsText("Tischlerei Fuldablick (Beispiel)");
		violations.addAll(AccessibilityAudit.seriousViolations(visitor));
		org.assertj.core.api.Assertions.assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	private static void scoreAs(Page juror, String employer, String score) {
		Locator nomination = juror.locator("article",
				new Page.LocatorOptions().setHas(juror.getByRole(AriaRole.HEADING, named(employer))));
		nomination.locator("input[type=number]").fill(score);
		nomination.locator("input[type=number]").evaluate("input => input.form.noValidate = true");
		nomination.getByRole(AriaRole.BUTTON, namedWithin("Bewertung abgeben")).click();
	}

}
