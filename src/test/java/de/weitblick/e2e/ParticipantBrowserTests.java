package de.weitblick.e2e;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;

/**
 * A counsellor registers a person, reads why the person belongs to the focus groups, and
 * finds the person again despite a typo.
 */
@WeitblickIntegrationTest
class ParticipantBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Test
	void aCounsellorRegistersAPersonAndReadsWhyTheyBelongToTheirFocusGroups() {
		String familyName = "Schäfer" + UUID.randomUUID().toString().substring(0, 6);
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.getByRole(AriaRole.LINK, named("Person registrieren")).click();

		page.getByLabel("Familienname").fill(familyName);
		page.getByLabel("Vornamen").fill("Olena");
		page.getByLabel("Geburtsdatum").fill("2003-05-17");
		page.getByLabel("Geschlecht").selectOption("FEMALE");
		page.getByLabel("Mit deutscher Staatsangehörigkeit geboren").selectOption("false");
		page.getByLabel("Arbeitslos seit").fill("2024-09-01");
		page.getByLabel("Zugang über").selectOption("JOBCENTER");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(familyName + ", Olena");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde registriert.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Junge Menschen:");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("jünger als 25");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("ohne deutsche Staatsangehörigkeit geboren");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("arbeitslos seit 01.09.2024");
	}

	@Test
	void aRegistrationWithMissingAndImpossibleEntriesIsExplainedInGermanAtEachField() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.navigate("/participants/new");
		page.getByLabel("Familienname").fill("Test");
		page.getByLabel("Postleitzahl").fill("341");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();

		assertThat(page.getByRole(AriaRole.ALERT).first())
			.containsText("Bitte korrigieren Sie die markierten Angaben.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Bitte geben Sie die Vornamen an.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Eine Postleitzahl hat fünf Ziffern.");
		assertThat(page.getByLabel("Familienname")).hasValue("Test");
		// The summary has the focus and lists the errors in the order of the form, each
		// naming its field and linking to it.
		assertThat(page.locator("#error-summary")).isFocused();
		java.util.List<String> errors = page.locator("#error-summary li").allTextContents();
		org.assertj.core.api.Assertions.assertThat(errors)
			.anySatisfy(error -> org.assertj.core.api.Assertions.assertThat(error).contains("Vornamen"))
			.anySatisfy(error -> org.assertj.core.api.Assertions.assertThat(error).contains("Postleitzahl"));
		org.assertj.core.api.Assertions.assertThat(indexOf(errors, "Vornamen"))
			.isLessThan(indexOf(errors, "Geburtsdatum"))
			.isLessThan(indexOf(errors, "Postleitzahl"));
		page.locator("#error-summary li")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Vornamen"))
			.getByRole(AriaRole.LINK)
			.click();
		assertThat(page.getByLabel("Vornamen")).isFocused();
	}

	private static int indexOf(java.util.List<String> errors, String field) {
		for (int i = 0; i < errors.size(); i++) {
			if (errors.get(i).contains(field)) {
				return i;
			}
		}
		throw new AssertionError(field + " is not named in " + errors);
	}

	@Test
	void aCounsellorUploadsACertificateAndARenamedProgramIsRefused() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.getByRole(AriaRole.LINK, named("Person registrieren")).click();
		page.getByLabel("Familienname").fill("Upload" + UUID.randomUUID().toString().substring(0, 6));
		page.getByLabel("Vornamen").fill("Dmytro");
		page.getByLabel("Geburtsdatum").fill("1990-07-07");
		page.getByLabel("Zugang über").selectOption("SELF");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde registriert.");

		page.getByText("Dokument hinzufügen").click();
		page.locator("#document-title").fill("Zeugnis");
		page.locator("#document-file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("zeugnis.pdf", "application/pdf",
					"%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, named("Dokument hochladen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Dokument wurde gespeichert.");
		assertThat(page.locator("#documents-table")).containsText("Zeugnis");

		page.getByText("Dokument hinzufügen").click();
		page.locator("#document-title").fill("Lebenslauf");
		page.locator("#document-file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("lebenslauf.pdf", "application/pdf",
					"MZ this is a program".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, named("Dokument hochladen")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("kein PDF, PNG oder JPEG");
	}

	@Test
	void aCounsellorRecordsAForeignQualificationAndAnOccupationAndMergesASecondRecordOfThePerson() {
		String familyName = "Kovalenko" + UUID.randomUUID().toString().substring(0, 6);
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		for (String givenNames : new String[] { "Iryna", "Iryna Olehivna" }) {
			page.navigate("/participants/new");
			page.getByLabel("Familienname").fill(familyName);
			page.getByLabel("Vornamen").fill(givenNames);
			page.getByLabel("Geburtsdatum").fill("1988-11-03");
			page.getByLabel("Zugang über").selectOption("JOBCENTER");
			page.locator("#qualifications0\\.level").selectOption("BACHELOR");
			page.locator("#qualifications0\\.title").fill("Buchhalterin");
			page.locator("#qualifications0\\.countryCode").selectOption("UA");
			page.locator("#qualifications0\\.recognition").selectOption("PARTIAL");
			page.getByLabel("Berufswunsch 1").fill("722 Rechnungswesen, Controlling und Revision");
			page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
			if (page.getByText("Ist diese Person schon erfasst?").count() > 0) {
				page.getByLabel("Es ist eine andere Person").check();
				page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
			}
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde registriert.");
		}
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("teilweise anerkannt");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("722 Rechnungswesen, Controlling und Revision");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergleichen und zusammenführen mit"))
			.click();
		page.getByLabel("Iryna (aufgehende Fallakte)").check();
		page.getByRole(AriaRole.BUTTON, named("Zusammenführen")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Fallakten wurden zusammengeführt.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(familyName + ", Iryna");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Zusammengeführte Fallakten");
	}

	@Test
	void theSearchForgivesATypoAndUpdatesTheListWhileTyping() {
		String familyName = "Schmidtbauer" + UUID.randomUUID().toString().substring(0, 4);
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.navigate("/participants/new");
		page.getByLabel("Familienname").fill(familyName);
		page.getByLabel("Vornamen").fill("Jan");
		page.getByLabel("Geburtsdatum").fill("1980-02-02");
		page.getByLabel("Zugang über").selectOption("SELF");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde registriert.");

		page.navigate("/participants");
		page.getByLabel("Name (auch mit Tippfehlern)").fill(familyName.replace("Schmidt", "Schmitt"));

		assertThat(page.locator("#results")).containsText(familyName + ", Jan");
	}

}
