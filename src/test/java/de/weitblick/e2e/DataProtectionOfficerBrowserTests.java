package de.weitblick.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditHolds;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's day in the browser: signing in, finding a person by name
 * and date of birth, reading who read and changed the case file, narrowing the trail to a
 * member of staff and a period, and downloading it as a CSV file; holding a person's
 * entries for a control procedure and lifting the hold, and the trail's retention runs;
 * every page checked by axe-core.
 */
@WeitblickIntegrationTest
class DataProtectionOfficerBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	private static final LocalDate BORN = LocalDate.of(1979, 11, 23);

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Test
	void theDataProtectionOfficerFindsAPersonReadsFiltersAndDownloadsTheirTrail() throws IOException {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String familyName = "Dsb" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
		ParticipantId person = this.participants.register(record(familyName), null, false, counsellor);
		this.caseFiles.caseFile(person, counsellor, AccessPurpose.CASE_WORK).orElseThrow();
		this.participants.close(person, counsellor);
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

		Page page = browser.signedInAs("datenschutz", Language.GERMAN);
		page.getByRole(AriaRole.LINK, named("Protokoll")).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Person finden"))).isVisible();
		AccessibilityAudit.assertNoSeriousViolations(page);

		page.locator("#name").fill(familyName);
		page.locator("#birthDate").fill(BORN.toString());
		page.getByRole(AriaRole.BUTTON, named("Person finden")).click();
		page.getByRole(AriaRole.LINK, named("Protokoll von " + familyName + ", Erika")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Fall abgeschlossen");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("fachkraft (Fachkraft / Fallmanagement)");
		assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Erika");
		AccessibilityAudit.assertNoSeriousViolations(page);

		page.locator("#actor").fill("fachkraft");
		page.locator("#from").fill("2020-01-01");
		page.locator("#to").fill("2020-12-31");
		page.getByRole(AriaRole.BUTTON, named("Protokoll durchsuchen")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Keine Einträge gefunden.");

		page.locator("#from").fill(today);
		page.locator("#to").fill(today);
		page.getByRole(AriaRole.BUTTON, named("Protokoll durchsuchen")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Fall abgeschlossen");
		AccessibilityAudit.assertNoSeriousViolations(page);

		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, named("Diese Einträge als CSV-Datei herunterladen")).click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(download.suggestedFilename()).isEqualTo("protokoll-" + today + ".csv");
		assertThat(csv).startsWith("\uFEFFZeitpunkt;Benutzername;Rolle;Vorgang;Datensatz;")
			.contains("Fall abgeschlossen")
			.contains("Person registriert")
			.doesNotContain("Erika");

		assertThat(this.audit.search("datenschutz", person.id(), 20))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.EXPORT));
		assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
	}

	@Test
	void theDataProtectionOfficerHoldsAPersonsEntriesForAControlProcedureAndLiftsTheHoldAgain() {
		UUID person = UUID.randomUUID();
		String reason = "Kontrollverfahren " + UUID.randomUUID().toString().substring(0, 8);
		String end = LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(6).toString();

		Page page = browser.signedInAs("datenschutz", Language.GERMAN);
		page.getByRole(AriaRole.LINK, named("Protokoll")).first().click();
		page.getByRole(AriaRole.LINK, named("Löschsperren für laufende Kontrollverfahren")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Löschsperren des Protokolls"))).isVisible();
		AccessibilityAudit.assertNoSeriousViolations(page);

		page.getByLabel("Grund (etwa das Aktenzeichen des Kontrollverfahrens)").fill(reason);
		page.getByRole(AriaRole.BUTTON, named("Löschsperre setzen")).click();
		assertThat(page.locator("#error-summary")).containsText("Nennen Sie eine Person oder einen Benutzernamen.");
		AccessibilityAudit.assertNoSeriousViolations(page);

		page.getByLabel("Person (Kennung)").fill(person.toString());
		page.getByLabel("Gilt bis einschließlich").fill(end);
		page.getByRole(AriaRole.BUTTON, named("Löschsperre setzen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Löschsperre ist gesetzt.");
		assertThat(page.locator("#holds-table")).containsText(reason);
		AccessibilityAudit.assertNoSeriousViolations(page);

		page.getByRole(AriaRole.BUTTON, named("Löschsperre zu " + person + " aufheben")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Löschsperre ist aufgehoben.");
		assertThat(page.locator("#holds-table")).containsText("aufgehoben von datenschutz");

		page.getByRole(AriaRole.LINK, named("Aufbewahrung und Löschläufe des Protokolls")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Aufbewahrung des Protokolls"))).isVisible();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("ein volles Jahr");
		assertThat(page.locator("#trail-months")).containsText("ohne eigenen Monat");
		AccessibilityAudit.assertNoSeriousViolations(page);

		assertThat(this.audit.search("datenschutz", null, 50)).anySatisfy(entry -> {
			assertThat(entry.subjectType()).isEqualTo(AuditHolds.SUBJECT_TYPE);
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		});
		assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
	}

	private static ParticipantRecord record(String familyName) {
		PersonalDetails details = new PersonalDetails(familyName, "Erika", BORN, Gender.FEMALE, null, null, "Kassel",
				null, null, null, true, "DE", null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
		return new ParticipantRecord(details, null, java.util.Set.of(), java.util.Set.of(), java.util.List.of());
	}

}
