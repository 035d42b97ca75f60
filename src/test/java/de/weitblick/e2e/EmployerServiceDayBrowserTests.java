package de.weitblick.e2e;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * The employer service's day: it registers a care provider after correcting a sector
 * code, adds a job, proposes a person, records the agreement and the start and sees the
 * hire in the engagement record. And an employer's: its account opens its own business,
 * adds a "Handwerk live" taster slot, and is refused another employer's page. And the
 * skilled-worker offensive: the employer service opens a person's recognition case from
 * the notice, plans an internship module and records its progress and the full
 * recognition.
 */
@WeitblickIntegrationTest
class EmployerServiceDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmployerServiceRegistersAnEmployerAndPlacesAPersonInItsJob() {
		String name = "Ambulante Pflege Kirchditmold " + UUID.randomUUID().toString().substring(0, 6);
		UUID person = personOfTheService("""
				NOT EXISTS (SELECT 1 FROM placement x WHERE x.participant_id = p.id)""");

		Page page = browser.signedInAs("arbeitgeberservice", Language.GERMAN);
		SiteTour.visit(page, "/", 200);
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("Arbeitgeber")).click();
		page.getByRole(AriaRole.LINK, named("Arbeitgeber anlegen")).click();
		page.locator("#name").fill(name);
		page.locator("#sectorCode").fill("88.9x");
		page.locator("#sizeClass").selectOption("SMALL");
		page.locator("#chamber").selectOption("OTHER");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("ist kein Schlüssel der Klassifikation");
		page.locator("#sectorCode").fill("88.10");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Arbeitgeber wurde angelegt.");
		assertThat(page.getByRole(AriaRole.HEADING, named(name))).isVisible();

		page.getByRole(AriaRole.LINK, named("Angebot hinzufügen")).click();
		page.locator("#kind").selectOption("JOB");
		page.locator("#title").fill("Pflegehilfskraft");
		page.locator("#field").selectOption("CARE");
		page.locator("#seats").fill("2");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Angebot wurde hinzugefügt.");

		page.getByRole(AriaRole.LINK, named("Vermittlungen und Engagement")).click();
		page.locator("#person-name").fill(nameOf(person));
		page.locator("#person-search button[type=submit]").click();
		page.locator("#proposal-participant").selectOption(person.toString());
		String offer = page.locator("#proposal-offer option", new Page.LocatorOptions().setHasText("Pflegehilfskraft"))
			.getAttribute("value");
		page.locator("#proposal-offer").selectOption(offer);
		page.getByRole(AriaRole.BUTTON, named("Vorschlagen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde für das Angebot vorgeschlagen.");

		page.getByRole(AriaRole.BUTTON, named("Vereinbarung festhalten")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vereinbarung wurde festgehalten.");
		assertThat(page.getByRole(AriaRole.LINK, named("Vereinbarung drucken (PDF)"))).isVisible();
		page.getByRole(AriaRole.BUTTON, named("Beginn festhalten")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Beginn wurde festgehalten.");

		page.getByRole(AriaRole.LINK, named("Zurück zu den Vermittlungen des Arbeitgebers")).click();
		assertThat(page.locator("#engagement-table tfoot")).containsText("1");
		assertThat(page.locator("#placement-table")).containsText("begonnen");
	}

	@Test
	void theEmployerServiceOpensARecognitionCasePlansAModuleAndRecordsTheFullRecognition() {
		UUID person = personOfTheService("""
				NOT EXISTS (SELECT 1 FROM recognition_case c WHERE c.participant_id = p.id)""");

		Page page = browser.signedInAs("arbeitgeberservice", Language.GERMAN);
		SiteTour.visit(page, "/", 200);
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("Anerkennung")).click();
		page.getByRole(AriaRole.LINK, named("Anerkennungsverfahren anlegen")).click();
		page.locator("#search-name").fill(nameOf(person));
		page.locator("#person-search button[type=submit]").click();
		page.locator("input[name=participantId][value='" + person + "']").check();
		page.locator("#qualification").fill("Bachelor of Science in Nursing");
		page.locator("#country").fill("Philippinen");
		page.locator("#referenceOccupation").fill("Pflegefachfrau/Pflegefachmann");
		page.locator("#competentBody").fill("Hessisches Landesamt für Gesundheit und Pflege");
		page.locator("#noticeOn").fill(LocalDate.now().minusMonths(1).toString());
		page.getByRole(AriaRole.BUTTON, named("Verfahren anlegen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("wesentlichen Unterschiede des Bescheids");
		page.locator("input[name=participantId][value='" + person + "']").check();
		page.locator("#gaps").fill("Pflegeprozess und Pflegediagnostik");
		page.getByRole(AriaRole.BUTTON, named("Verfahren anlegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Anerkennungsverfahren wurde angelegt.");

		page.locator("#plan-gap").selectOption(new SelectOption().setIndex(1));
		page.locator("#plan-offer").selectOption(new SelectOption().setIndex(1));
		page.getByRole(AriaRole.BUTTON, named("Modul planen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Modul wurde geplant.");
		assertThat(page.locator("#module-table")).containsText("geplant");

		page.locator("#started-on-0").fill(LocalDate.now().minusWeeks(12).toString());
		page.locator("#weeks-0").fill(page.locator("#weeks-0").getAttribute("max"));
		page.getByRole(AriaRole.BUTTON, named("Fortschritt festhalten")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Fortschritt wurde festgehalten.");
		assertThat(page.locator("#gap-table")).containsText("durch ein abgeschlossenes Modul ausgeglichen");

		page.getByRole(AriaRole.BUTTON, named("Volle Anerkennung festhalten")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die volle Anerkennung wurde festgehalten.");
		assertThat(page.getByRole(AriaRole.HEADING, named("Volle Anerkennung festhalten"))).hasCount(0);

		page.getByRole(AriaRole.LINK, named("Zurück zu den Anerkennungsverfahren")).click();
		assertThat(page.locator("#recognition-table")).containsText("voll anerkannt");
		page.getByRole(AriaRole.LINK, named("Zahlen der Fachkräfte-Offensive")).click();
		assertThat(page.locator("#recognition-figures-table tbody tr")).hasCount(5);
	}

	/** A person of the employer service's unit that meets the condition on {@code p}. */
	private UUID personOfTheService(String condition) {
		return this.jdbc
			.sql("""
					SELECT p.id FROM participant p
					WHERE p.responsible_unit_id = (SELECT organisational_unit_id FROM staff_account WHERE username = 'arbeitgeberservice')
					  AND %s
					ORDER BY random() LIMIT 1
					"""
				.formatted(condition))
			.query(UUID.class)
			.single();
	}

	private String nameOf(UUID person) {
		return this.jdbc.sql("SELECT family_name || ' ' || given_names FROM participant WHERE id = :id")
			.param("id", person)
			.query(String.class)
			.single();
	}

	@Test
	void anEmployerAddsATasterSlotToItsOwnBusinessAndCannotOpenAnother() {
		String slot = "Handwerk live: Treppenbau " + UUID.randomUUID().toString().substring(0, 6);
		Page page = browser.signedInAs("arbeitgeber", Language.GERMAN);
		SiteTour.visit(page, "/", 200);
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("Arbeitgeber")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Tischlerei Fuldablick (Beispiel)"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, named("Arbeitgeber bearbeiten"))).hasCount(0);

		page.getByRole(AriaRole.LINK, named("Angebot hinzufügen")).click();
		page.locator("#kind").selectOption("TASTER_SLOT");
		page.locator("#title").fill(slot);
		page.locator("#field").selectOption("OTHER");
		page.locator("#startsOn").fill(java.time.LocalDate.now().plusDays(20).toString());
		page.locator("#seats").fill("3");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ein Schnupperplatz nennt das Gewerk.");
		page.locator("#trade").fill("Tischler");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Angebot wurde hinzugefügt.");
		assertThat(page.locator("#offer-table")).containsText(slot);

		SiteTour.visit(page, "/employers/019a0000-0000-7000-8000-000000009002", 403);
	}

}
