package de.weitblick.e2e;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import de.weitblick.Eventually;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * The dialogue's day: a member of the public confirms an address, sees a similar idea
 * while typing, submits an idea, supports another one and reports an abusive comment; the
 * moderator takes the new idea a step further, writes a plain-language summary and hides
 * the reported comment from the queue. An author develops her idea with a co-author, and
 * the moderator merges a duplicate into it. Without a mail server the mail to the public
 * lands in the local outbox, where the test reads the confirmation link.
 */
@WeitblickIntegrationTest
class DialogueDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdeaSubmission submission;

	private static final UUID EDITION_2022 = UUID.fromString("019a0000-0000-7000-8000-000000006003");

	private static final Pattern CONFIRMATION = Pattern.compile("/public/dialogue/confirm/[A-Za-z0-9_-]+");

	private static final Pattern IDEA = Pattern.compile("/public/dialogue/ideas/([0-9a-f-]{36})");

	private static final String PART_TIME_TRAINING = "/public/dialogue/ideas/019a0000-0000-7000-8000-000000007104";

	@Test
	void aMemberOfThePublicSubmitsAnIdeaAndTheModeratorTakesItFurther() throws Exception {
		String title = "Ausbildungsbegleitung für langzeitarbeitslose Eltern "
				+ UUID.randomUUID().toString().substring(0, 6);
		String address = "maria-" + UUID.randomUUID() + "@example.org";

		// The public reaches the ideas from the start page, without signing in.
		Page citizen = browser.open(Language.GERMAN);
		SiteTour.visit(citizen, "/", 200);
		citizen.getByRole(AriaRole.LINK, named("Projektansätze des Arbeitsmarktdialogs")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, named("Projektansätze des Arbeitsmarktdialogs"))).isVisible();
		citizen.getByRole(AriaRole.LINK, named("Projektansatz einreichen")).click();

		// She confirms her address through the link in the mail.
		citizen.getByLabel("E-Mail-Adresse").fill(address);
		citizen.getByLabel("Angezeigter Name").fill("Maria K.");
		citizen.getByRole(AriaRole.BUTTON, named("Link senden")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Wir haben Ihnen einen Link gesendet");
		Matcher link = CONFIRMATION.matcher(mailsTo(address));
		org.assertj.core.api.Assertions.assertThat(link.find()).as("confirmation link in the mail").isTrue();
		String path = link.group();
		while (link.find()) {
			path = link.group();
		}
		citizen.navigate(path);
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Ihre E-Mail-Adresse ist bestätigt.");

		// While she types, a similar idea shows beside the form.
		citizen.getByLabel("Titel").fill(title);
		assertThat(citizen.locator("#similar")).containsText("Aufsuchende Arbeit für langzeitarbeitslose Menschen");
		citizen.getByLabel("Problem").fill("Eltern ohne Berufsabschluss brechen Ausbildungen ab.");
		citizen.getByLabel("Lösungsansatz").fill("Eine Begleiterin hilft bei Betreuung, Schule und Betrieb.");
		citizen.getByLabel("Langzeitarbeitslose").check();
		citizen.getByLabel("Grobe Kosten in Euro").fill("45000");
		// A person takes longer than the minimum fill time.
		citizen.waitForTimeout(3200);
		citizen.getByRole(AriaRole.BUTTON, named("Einreichen")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Ihr Projektansatz ist eingereicht.");
		assertThat(citizen.getByRole(AriaRole.HEADING, named(title))).isVisible();
		assertThat(citizen.locator(".wb-timeline")).containsText("eingereicht");
		Matcher idea = IDEA.matcher(citizen.url());
		org.assertj.core.api.Assertions.assertThat(idea.find()).isTrue();
		String ideaPath = idea.group();

		// She supports another idea, once.
		SiteTour.visit(citizen, PART_TIME_TRAINING, 200);
		citizen.getByRole(AriaRole.BUTTON, named("Unterstützen")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Danke für Ihre Unterstützung.");
		assertThat(citizen.getByRole(AriaRole.BUTTON, named("Unterstützung zurückziehen"))).isVisible();

		// Somebody writes an abusive comment under her idea; she reports it.
		Page other = browser.open(Language.GERMAN);
		confirm(other, "stoerer-" + UUID.randomUUID() + "@example.org", ideaPath);
		other.waitForTimeout(3200);
		other.getByLabel("Ihr Kommentar").fill("<b>Unsinn</b>, alle faul! " + address);
		other.getByRole(AriaRole.BUTTON, named("Senden")).click();
		assertThat(other.getByRole(AriaRole.STATUS)).containsText("Ihr Kommentar ist veröffentlicht.");
		// Markup is shown as written, never run.
		assertThat(other.locator(".wb-comment").first()).containsText("<b>Unsinn</b>, alle faul!");
		SiteTour.visit(citizen, ideaPath, 200);
		citizen.locator(".wb-comment summary", new Page.LocatorOptions().setHasText("Kommentar melden")).click();
		citizen.locator(".wb-comment").getByLabel("Grund der Meldung").fill("Beleidigend");
		citizen.locator(".wb-comment").getByRole(AriaRole.BUTTON, namedWithin("Melden")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("die Moderation prüft Ihre Meldung");

		// The moderator finds the idea, presents it and writes a plain-language summary.
		Page moderator = browser.signedInAs("moderation", Language.GERMAN);
		SiteTour.visit(moderator, "/dialogue/ideas?text=Ausbildungsbegleitung", 200);
		moderator.getByRole(AriaRole.LINK, named(title)).click();
		moderator.getByLabel("vorgestellt").check();
		moderator.getByRole(AriaRole.BUTTON, named("Schritt festhalten")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Der Schritt ist festgehalten");
		assertThat(moderator.locator(".wb-timeline")).containsText("vorgestellt");
		moderator.getByLabel("Zusammenfassung in Leichter Sprache").fill("Eltern bekommen Hilfe in der Ausbildung.");
		moderator.getByRole(AriaRole.BUTTON, named("Zusammenfassung speichern")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Leichter Sprache ist gespeichert");

		// The reported comment waits in the queue; the moderator hides it with a reason.
		SiteTour.visit(moderator, "/dialogue/moderation", 200);
		var row = moderator.locator("tr", new Page.LocatorOptions().setHasText("alle faul! " + address));
		row.getByLabel("Grund des Ausblendens").fill("Beleidigung");
		row.getByRole(AriaRole.BUTTON, namedWithin("Ausblenden")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Der Beitrag ist ausgeblendet.");

		// The public sees the new status, the summary and the hidden comment's reason.
		SiteTour.visit(citizen, ideaPath, 200);
		assertThat(citizen.locator("h1 + p")).containsText("vorgestellt");
		assertThat(citizen.locator("#plain-summary-text")).containsText("Eltern bekommen Hilfe");
		assertThat(citizen.locator(".wb-comment").first()).containsText("Von der Moderation ausgeblendet: Beleidigung");
		assertThat(citizen.locator(".wb-comment").first()).not().containsText("alle faul");

		// ... and the author was told by mail.
		org.assertj.core.api.Assertions
			.assertThat(Eventually.until("the status-change mail reached the outbox", Duration.ofSeconds(20),
					() -> mailsTo(address), mails -> mails.contains("ist jetzt: vorgestellt")))
			.contains("ist jetzt: vorgestellt");
	}

	@Test
	void theAuthorWritesANewVersionWithACoAuthorAndTheModeratorMergesADuplicate() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String address = "lena-" + UUID.randomUUID() + "@example.org";
		String coAuthorAddress = "jonas-" + UUID.randomUUID() + "@example.org";
		UUID original = this.submission.submit(new IdeaDraft(EDITION_2022, "Stadtteillotsen für Arbeit " + suffix,
				"Menschen kennen die Angebote nicht.", "Lotsen gehen in die Stadtteile.", null, null, 20000L,
				Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of()), Contributor.ofPublic(address, "Lena"));
		UUID duplicate = this.submission.submit(new IdeaDraft(EDITION_2022, "Lotsen im Stadtteil " + suffix,
				"Angebote sind unbekannt.", "Lotsen informieren vor Ort.", null, null, null,
				Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of()), Contributor.ofPublic(coAuthorAddress, "Jonas"));
		String ideaPath = "/public/dialogue/ideas/" + original;

		// The author writes a new version; the history shows what changed.
		Page author = browser.open(Language.GERMAN);
		confirm(author, address, ideaPath);
		author.getByRole(AriaRole.LINK, named("Neue Fassung schreiben")).click();
		author.getByLabel("Problem").fill("Menschen kennen die Angebote im Stadtteil nicht.");
		author.getByLabel("Was hat sich geändert und warum?").fill("Genauer gefasst");
		author.getByRole(AriaRole.BUTTON, named("Neue Fassung speichern")).click();
		assertThat(author.getByRole(AriaRole.STATUS)).containsText("Die neue Fassung ist gespeichert.");
		author.getByRole(AriaRole.LINK, named("Fassung 2 – Verlauf ansehen")).click();
		assertThat(author.getByRole(AriaRole.HEADING, named("Fassung 2"))).isVisible();
		assertThat(author.locator("#version-2 ins")).containsText("im Stadtteil");
		assertThat(author.locator("#version-2")).containsText("Genauer gefasst");

		// She invites a co-author and takes her news once a day.
		SiteTour.visit(author, ideaPath, 200);
		author.getByLabel("Mitautorin oder Mitautor einladen").fill(coAuthorAddress);
		author.getByRole(AriaRole.BUTTON, named("Einladen")).click();
		assertThat(author.getByRole(AriaRole.STATUS)).containsText("Die Einladung ist verschickt.");
		author.getByLabel("Einmal am Tag als Zusammenfassung").check();
		author.getByRole(AriaRole.BUTTON, named("Auswahl speichern")).click();
		assertThat(author.getByRole(AriaRole.STATUS)).containsText("einmal am Tag");
		org.assertj.core.api.Assertions.assertThat(mailsTo(coAuthorAddress))
			.contains("Einladung zum Mitschreiben")
			.contains(ideaPath);

		// The co-author accepts and is shown with the idea.
		Page coAuthor = browser.open(Language.GERMAN);
		confirm(coAuthor, coAuthorAddress, ideaPath);
		coAuthor.getByRole(AriaRole.BUTTON, named("Einladung annehmen")).click();
		assertThat(coAuthor.getByRole(AriaRole.STATUS))
			.containsText("Sie schreiben jetzt an diesem Projektansatz mit.");
		assertThat(coAuthor.locator("#co-authors")).not().containsText("eingeladen");

		// The moderator merges the duplicate into the original; nothing of it is lost.
		Page moderator = browser.signedInAs("moderation", Language.GERMAN);
		SiteTour.visit(moderator, "/public/dialogue/ideas/" + duplicate, 200);
		moderator.getByLabel("Doppelten Projektansatz zusammenführen mit").selectOption(original.toString());
		moderator.getByRole(AriaRole.BUTTON, named("Zusammenführen")).click();
		assertThat(moderator.getByRole(AriaRole.STATUS)).containsText("Die Projektansätze sind zusammengeführt.");
		assertThat(moderator.locator("#merged-into")).containsText("Stadtteillotsen für Arbeit " + suffix);
		assertThat(moderator.locator(".wb-timeline"))
			.containsText("Zusammengeführt mit dem gleichartigen Projektansatz Stadtteillotsen für Arbeit " + suffix);
		SiteTour.visit(author, ideaPath, 200);
		assertThat(author.locator("#merged-from")).containsText("Lotsen im Stadtteil " + suffix);
		assertThat(author.locator(".wb-timeline"))
			.containsText("Hierhin zusammengeführt: der gleichartige Projektansatz Lotsen im Stadtteil " + suffix);
	}

	private void confirm(Page page, String address, String next) {
		SiteTour.visit(page, "/public/dialogue/ideas/new?next=" + next, 200);
		page.getByLabel("E-Mail-Adresse").fill(address);
		page.getByRole(AriaRole.BUTTON, named("Link senden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wir haben Ihnen einen Link gesendet");
		Matcher link = Pattern.compile(CONFIRMATION.pattern() + "\\?next=[^\\s]+").matcher(mailsTo(address));
		String path = null;
		while (link.find()) {
			path = link.group();
		}
		org.assertj.core.api.Assertions.assertThat(path).isNotNull();
		page.navigate(path);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre E-Mail-Adresse ist bestätigt.");
	}

	/**
	 * The subjects and texts of every mail to an address in the local outbox, oldest
	 * first.
	 */
	private String mailsTo(String address) {
		return this.jdbc.sql("""
				SELECT coalesce(string_agg(subject || E'\\n' || body, E'\\n' ORDER BY sent_at), '')
				FROM mail_outbox WHERE recipients LIKE '%' || :address || '%'
				""").param("address", address).query(String.class).single();
	}

}
