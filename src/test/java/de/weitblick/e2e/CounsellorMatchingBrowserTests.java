package de.weitblick.e2e;

import java.time.Clock;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * A counsellor's matching run: started from the page, followed while it runs, its
 * proposals read with the score broken into parts, one accepted, which refers the person
 * to the project; the side constraints of the offers' runs set, and the taster-day
 * schedule made and found again in the team's list. Every page of it is checked for
 * accessibility.
 */
@WeitblickIntegrationTest
class CounsellorMatchingBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Clock clock;

	@Test
	void theCounsellorStartsARunReadsWhyAPlaceIsProposedAndAcceptsIt() {
		ProjectsOfTheirOwn own = new ProjectsOfTheirOwn(this.projects, this.placesPlanning, this.referrals,
				this.enrolments, this.participants, this.organisation, this.clock);
		// Places for the whole team: everybody who can be placed is placed.
		own.project(ProjectsOfTheirOwn.uniqueName("Zuordnung "), 2000);
		String familyName = ProjectsOfTheirOwn.uniqueName("Matching");
		own.person(familyName, own.today().minusYears(24), null);
		String person = familyName + ", Test";

		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		SiteTour.visit(page, "/matching", 200);
		org.assertj.core.api.Assertions.assertThat(AccessibilityAudit.seriousViolations(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, named("Zuordnungslauf starten")).click();

		Locator proposals = page.locator("#matching-proposals");
		assertThat(proposals).isVisible(
				new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
		Locator row = proposals.locator("tr", new Locator.LocatorOptions().setHasText(person));
		assertThat(row).containsText("Deutschkenntnisse");
		assertThat(row).containsText("Weg aus dem Stadtteil: nicht erfasst");
		List<String> violations = AccessibilityAudit.seriousViolations(page);
		org.assertj.core.api.Assertions.assertThat(violations).isEmpty();

		row.getByRole(AriaRole.BUTTON, namedWithin("Vorschlag für " + person + " annehmen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person ist dem Projekt zugewiesen");
		assertThat(proposals.locator("tr", new Locator.LocatorOptions().setHasText(person))).containsText("angenommen");
		org.assertj.core.api.Assertions.assertThat(AccessibilityAudit.seriousViolations(page)).isEmpty();

		SiteTour.visit(page, "/matching", 200);
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("fertig");
	}

	@Test
	void theCounsellorSetsAQuotaForTheOffersAndMakesTheTasterDaySchedule() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		SiteTour.visit(page, "/matching", 200);
		page.getByRole(AriaRole.LINK,
				named("Nebenbedingungen: Mindestanteile, Beibehalten, Festhalten und Ausschlüsse"))
			.click();
		page.getByRole(AriaRole.LINK, named("Menschen des Teams und offene Angebote der Arbeitgeber (Stellen, "
				+ "Ausbildungsplätze, Praktika, Praktikumsmodule)"))
			.click();
		page.getByLabel("Mindestanteil für Junge Menschen (Prozent)").fill("500");
		page.getByRole(AriaRole.BUTTON, named("Nebenbedingungen speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("zwischen 1 und 100 Prozent");
		org.assertj.core.api.Assertions.assertThat(AccessibilityAudit.seriousViolations(page)).isEmpty();
		page.getByLabel("Mindestanteil für Junge Menschen (Prozent)").fill("20");
		page.getByRole(AriaRole.BUTTON, named("Nebenbedingungen speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Nebenbedingungen sind gespeichert.");
		assertThat(page.getByLabel("Mindestanteil für Junge Menschen (Prozent)")).hasValue("20");
		page.getByLabel("Mindestanteil für Junge Menschen (Prozent)").fill("");
		page.getByRole(AriaRole.BUTTON, named("Nebenbedingungen speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Nebenbedingungen sind gespeichert.");

		SiteTour.visit(page, "/matching/taster-days", 200);
		page.getByRole(AriaRole.BUTTON, named("Plan berechnen")).click();
		Locator byBusiness = page.locator("#taster-by-business");
		assertThat(byBusiness).isVisible(
				new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
		assertThat(byBusiness).containsText("Tischler");
		assertThat(page.locator("main")).containsText("Erfülltes Interesse");
		org.assertj.core.api.Assertions.assertThat(AccessibilityAudit.seriousViolations(page)).isEmpty();

		page.getByRole(AriaRole.LINK, named("Zurück zu den Schnuppertage-Plänen")).click();
		Locator schedules = page.locator("#taster-schedules");
		assertThat(schedules.locator("tbody tr").first()).containsText("fachkraft");
		assertThat(schedules.locator("tbody tr").first()).containsText("fertig");
		org.assertj.core.api.Assertions.assertThat(AccessibilityAudit.seriousViolations(page)).isEmpty();
	}

}
