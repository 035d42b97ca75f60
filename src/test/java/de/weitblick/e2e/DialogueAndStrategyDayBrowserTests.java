package de.weitblick.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
 * The working days of the dialogue's moderation and of the head of department: the
 * moderator sets up the next edition, plans it, invites by e-mail (read in the local
 * outbox), records who came, documents it with minutes and an attachment, and writes a
 * news article that the head of department reviews and publishes; the head of department
 * defines a strategy goal with its target and serving project and records its figure. The
 * public reads all of it without signing in.
 */
@WeitblickIntegrationTest
class DialogueAndStrategyDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	/** A PNG of one pixel. */
	private static final byte[] PIXEL = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@Test
	void theModeratorPlansInvitesAndDocumentsAnEditionAndTheNewsGoOutAfterReview() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Kasseler Arbeitsmarktdialog " + suffix;
		String address = "gast-" + suffix + "@beispiel.example";

		Page moderator = browser.signedInAs("moderation", Language.GERMAN);
		moderator.getByRole(AriaRole.LINK, named("Ausgaben planen")).first().click();
		moderator.getByLabel("Ausgabe (Pflichtfeld)").fill(title);
		moderator.getByLabel("Datum (Pflichtfeld)").fill("2099-06-01");
		moderator.getByLabel("Form (Pflichtfeld)").selectOption("ON_SITE");
		moderator.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Werkhallen der KAF");
		moderator.getByRole(AriaRole.BUTTON, named("Ausgabe anlegen")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Die Ausgabe ist angelegt.");

		moderator.getByLabel("Beginn").fill("10:00");
		moderator.getByLabel("Ende", new Page.GetByLabelOptions().setExact(true)).fill("14:00");
		moderator.getByRole(AriaRole.BUTTON, named("Zeiten speichern")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Zeiten und Anmeldeschluss sind gespeichert.");

		moderator.getByLabel("Uhrzeit (Pflichtfeld)").fill("10:00");
		moderator.getByLabel("Punkt (Pflichtfeld)").fill("Begrüßung");
		moderator.getByRole(AriaRole.BUTTON, named("Punkt hinzufügen")).click();
		assertThat(moderator.locator("#agenda-table")).containsText("Begrüßung");

		moderator.getByLabel("Fokusgruppe (Pflichtfeld)").selectOption("LONG_TERM_UNEMPLOYED");
		moderator.getByLabel("Tisch (Pflichtfeld)").fill("Tisch Langzeitarbeitslose");
		moderator.getByRole(AriaRole.BUTTON, named("Tisch hinzufügen")).click();
		assertThat(moderator.locator("#tables-table")).containsText("Tisch Langzeitarbeitslose");

		// A wrong address is refused, with the error linked to its field.
		moderator.getByLabel("Name (Pflichtfeld)").fill("Geschäftsführung Jobcenter");
		moderator.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill("keine-adresse");
		moderator.getByRole(AriaRole.BUTTON, named("Einladen")).click();
		assertThat(moderator.getByRole(AriaRole.ALERT)).containsText("gültige E-Mail-Adresse");
		moderator.getByLabel("Name (Pflichtfeld)").fill("Geschäftsführung Jobcenter");
		moderator.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill(address);
		moderator.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
			.fill("Jobcenter Stadt Kassel");
		moderator.getByRole(AriaRole.BUTTON, named("Einladen")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Die Einladung ist verschickt.");
		moderator.getByRole(AriaRole.BUTTON, named("Alle nicht Absagenden erinnern")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Erinnerung an 1 Eingeladene verschickt.");

		// The invitation and the reminder wait in the local outbox.
		SiteTour.visit(moderator, "/outbox", 200);
		Locator mails = moderator.locator("#outbox-mails li", new Page.LocatorOptions().setHasText(address));
		assertThat(mails).hasCount(2);
		assertThat(mails.first()).containsText("Erinnerung: " + title);
		assertThat(mails.last()).containsText("Einladung: " + title);
		moderator.goBack();

		moderator.getByLabel("Antwort von Geschäftsführung Jobcenter").selectOption("REGISTERED");
		moderator.getByLabel("Tisch von Geschäftsführung Jobcenter")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tisch Langzeitarbeitslose"));
		moderator.getByLabel("Geschäftsführung Jobcenter hat teilgenommen").check();
		moderator.getByRole(AriaRole.BUTTON, named("Für Geschäftsführung Jobcenter speichern")).click();
		assertThat(moderator.locator("#edition-participation")).hasText("1 eingeladen, 1 angemeldet, 1 teilgenommen");

		moderator.locator("#minutes-minutes").fill("Zehn Ansätze vorgestellt. <script>alert(1)</script>");
		moderator.getByRole(AriaRole.BUTTON, named("Protokoll speichern")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Das Protokoll ist gespeichert.");
		moderator.getByLabel("Datei (Pflichtfeld)")
			.setInputFiles(new FilePayload("Ergebnisse.txt", "text/plain",
					"Ergebnisse der Tische".getBytes(StandardCharsets.UTF_8)));
		moderator.getByRole(AriaRole.BUTTON, named("Hochladen")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Der Anhang ist gespeichert.");
		String managePage = moderator.url();

		// The public reads the plan, the minutes and the attachment, never who was
		// invited.
		Page visitor = browser.open(Language.GERMAN);
		visitor.navigate("/");
		visitor.locator("#public-dialogue").click();
		visitor.getByRole(AriaRole.LINK, named(title)).click();
		assertThat(visitor.locator("#minutes-text")).hasText("Zehn Ansätze vorgestellt. <script>alert(1)</script>");
		assertThat(visitor.locator("#attachments")).containsText("Ergebnisse.txt");
		assertThat(visitor.locator("#tables-table")).containsText("Tisch Langzeitarbeitslose");
		assertThat(visitor.getByRole(AriaRole.MAIN)).not().containsText(address);
		org.assertj.core.api.Assertions.assertThat(managePage).contains("/dialogue/manage/editions/");

		// The moderator writes the news of it, with a credited image, and asks for
		// review.
		moderator.navigate("/news/manage/new");
		moderator.getByLabel("Überschrift (Pflichtfeld)").fill(title + " dokumentiert");
		moderator.getByLabel("Vorspann (Pflichtfeld)").fill("Die Ergebnisse sind online.");
		moderator.getByLabel("Text (Pflichtfeld)").fill("Protokoll und Anhänge stehen auf der Seite der Ausgabe.");
		moderator.getByLabel("Veröffentlichungsdatum (Pflichtfeld)").fill("2024-01-01");
		moderator.getByLabel(Pattern.compile("^Bilddatei"))
			.setInputFiles(new FilePayload("foto.png", "image/png", PIXEL));
		moderator.getByRole(AriaRole.BUTTON, named("Entwurf speichern")).click();
		assertThat(moderator.getByRole(AriaRole.ALERT).first()).containsText("Bitte füllen Sie dieses Feld aus.");
		// A fresh form: a browser does not keep a chosen file across the refused one.
		moderator.navigate("/news/manage/new");
		moderator.getByLabel("Überschrift (Pflichtfeld)").fill(title + " dokumentiert");
		moderator.getByLabel("Vorspann (Pflichtfeld)").fill("Die Ergebnisse sind online.");
		moderator.getByLabel("Text (Pflichtfeld)").fill("Protokoll und Anhänge stehen auf der Seite der Ausgabe.");
		moderator.getByLabel("Veröffentlichungsdatum (Pflichtfeld)").fill("2024-01-01");
		moderator.getByLabel(Pattern.compile("^Bilddatei"))
			.setInputFiles(new FilePayload("foto.png", "image/png", PIXEL));
		moderator.getByLabel("Bildbeschreibung für Menschen, die das Bild nicht sehen").fill("Tische in der Werkhalle");
		moderator.getByLabel("Fotografin oder Fotograf").fill("Stadt Kassel, Presseamt");
		moderator.getByLabel("Lizenz oder Rechteinhaber").fill("© Stadt Kassel");
		moderator.getByRole(AriaRole.BUTTON, named("Entwurf speichern")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Der Entwurf ist gespeichert.");
		moderator.getByRole(AriaRole.BUTTON, named("Zur Prüfung geben")).click();
		assertThat(moderator.locator("#news-status")).hasText("zur Prüfung");
		// Nobody publishes what they submitted themselves.
		moderator.getByRole(AriaRole.BUTTON, named("Geprüft – veröffentlichen")).click();
		assertThat(moderator.locator("#refusal")).containsText("zweite Person");
		String article = moderator.url();

		Page head = browser.signedInAs("controlling", Language.GERMAN);
		head.navigate(article);
		head.getByRole(AriaRole.BUTTON, named("Geprüft – veröffentlichen")).click();
		assertThat(head.locator("#news-status")).hasText("veröffentlicht");

		visitor.navigate("/");
		visitor.locator("#public-news").click();
		visitor.getByRole(AriaRole.LINK, named(title + " dokumentiert")).click();
		assertThat(visitor.locator("#image-credit")).hasText("Foto: Stadt Kassel, Presseamt, © Stadt Kassel");
		assertThat(visitor.getByRole(AriaRole.IMG, named("Tische in der Werkhalle"))).isVisible();
		String feed = visitor.request().get("/news/feed.atom").text();
		org.assertj.core.api.Assertions.assertThat(feed).contains("<title>" + title + " dokumentiert</title>");
	}

	@Test
	void theHeadOfDepartmentDefinesAGoalWithItsTargetAndRecordsItsFigure() {
		String goal = "Langzeitarbeitslosigkeit senken " + UUID.randomUUID().toString().substring(0, 8);
		Page head = browser.signedInAs("controlling", Language.GERMAN);
		head.getByRole(AriaRole.LINK, named("Strategieziele")).first().click();
		head.getByRole(AriaRole.LINK, named("Ziel anlegen")).click();
		head.getByLabel("Ziel (Pflichtfeld)").fill(goal);
		head.getByLabel("Messgröße (Pflichtfeld)").selectOption("RECORDED_COUNT");
		head.getByLabel("Jahr des Ausgangswerts").fill("2020");
		head.getByLabel("Ausgangswert", new Page.GetByLabelOptions().setExact(true)).fill("4000");
		head.getByLabel("Zieljahr").fill("2018");
		head.getByLabel("Zielwert").fill("3000");
		head.getByRole(AriaRole.CHECKBOX).first().check();
		head.getByRole(AriaRole.BUTTON, named("Ziel speichern")).click();
		assertThat(head.locator("#error-summary"))
			.containsText("Das Zieljahr muss nach dem Jahr des Ausgangswerts liegen.");
		head.getByLabel("Zieljahr").fill("2028");
		head.getByRole(AriaRole.BUTTON, named("Ziel speichern")).click();
		assertThat(head.getByRole(AriaRole.STATUS)).containsText("Das Ziel ist gespeichert.");
		assertThat(head.locator("#goal-projects li")).hasCount(1);

		head.getByLabel("Jahr (Pflichtfeld)").fill("2024");
		head.getByLabel("Wert (Pflichtfeld)").fill("3.500");
		head.getByRole(AriaRole.BUTTON, named("Wert speichern")).click();
		assertThat(head.getByRole(AriaRole.STATUS)).containsText("Der Wert ist gespeichert.");
		assertThat(head.locator("#goal-achieved")).hasText("50 % des Wegs vom Ausgangs- zum Zielwert (Stand 2024)");
		assertThat(head.locator("#goal-figures")).containsText("3.500,00");
		assertThat(head.locator(".wb-chart[data-chart-table=goal-figures]")).hasAttribute("data-chart-state", "drawn");

		Page visitor = browser.open(Language.GERMAN);
		visitor.navigate("/");
		visitor.locator("#public-strategy-goals").click();
		visitor.getByRole(AriaRole.LINK, named(goal)).click();
		assertThat(visitor.locator("#goal-achieved")).hasText("50 % des Wegs vom Ausgangs- zum Zielwert (Stand 2024)");
		assertThat(visitor.getByRole(AriaRole.LINK, named("Ziel bearbeiten"))).hasCount(0);
	}

}
