package de.weitblick.e2e;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * A project lead's whole day with one person, from the counsellor's referral to the
 * follow-up six months after leaving: the lead offers a place by raising the places,
 * starts the enrolment, records the day's attendance, records the exit with its outcome
 * and, once it falls due, the follow-up. The six months are skipped by dating the
 * follow-up due today, as the other follow-up tests do.
 */
@WeitblickIntegrationTest
class ProjectLeadDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	private static final Pattern ENROLMENT = Pattern.compile("/enrolments/([0-9a-f-]{36})");

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theLeadTakesAReferredPersonFromAPlaceToTheFollowUpSixMonthsAfterLeaving() {
		ProjectsOfTheirOwn own = new ProjectsOfTheirOwn(this.projects, this.placesPlanning, this.referrals,
				this.enrolments, this.participants, this.organisation, this.clock);
		// One place, already taken: the person referred waits for a place.
		ProjectId project = own.project(ProjectsOfTheirOwn.uniqueName("Tagesablauf "), 1);
		own.takingPart(project, own.person(ProjectsOfTheirOwn.uniqueName("Erste"), own.today().minusYears(30), null));
		String familyName = ProjectsOfTheirOwn.uniqueName("Weber");
		own.person(familyName, own.today().minusYears(28), null);
		String person = familyName + ", Test";
		String today = Formats.of(java.util.Locale.GERMAN).date(own.today());

		// The counsellor refers the person.
		Page counsellor = browser.signedInAs("fachkraft", Language.GERMAN);
		SiteTour.visit(counsellor, "/projects/" + project.id(), 200);
		counsellor.getByRole(AriaRole.LINK, named("Person zuweisen")).click();
		counsellor.getByLabel("Name der Person").fill(familyName);
		counsellor.getByRole(AriaRole.BUTTON, named("Suchen")).click();
		// The name is letters only: no character of it means anything in a pattern.
		counsellor.getByLabel(Pattern.compile("^" + person + ", geboren am ")).check();
		counsellor.getByRole(AriaRole.BUTTON, named("Person zuweisen")).click();
		assertThat(counsellor.getByRole(AriaRole.STATUS)).containsText("sie steht auf der Warteliste");

		// The lead offers a place: one more place goes to the person waiting.
		Page lead = browser.signedInAs("projektleitung", Language.GERMAN);
		SiteTour.visit(lead, "/projects/" + project.id(), 200);
		lead.locator("summary", new Page.LocatorOptions().setHasText("Durchgang 1: 1 Plätze, 1 belegt")).click();
		lead.getByLabel("Neue Platzzahl").fill("2");
		lead.getByLabel("Grund", new Page.GetByLabelOptions().setExact(true)).fill("Mehr Nachfrage im Stadtteil");
		lead.getByRole(AriaRole.BUTTON, named("Platzzahl ändern")).click();
		assertThat(lead.getByRole(AriaRole.STATUS)).containsText("Die Platzzahl ist geändert.");
		Locator row = lead.locator("#enrolments ~ div tr", new Page.LocatorOptions().setHasText(person));
		assertThat(row).containsText("Platz angeboten");

		// ... and starts the enrolment.
		row.getByRole(AriaRole.LINK, namedWithin("Schritte")).click();
		Matcher enrolment = ENROLMENT.matcher(lead.url());
		org.assertj.core.api.Assertions.assertThat(enrolment.find()).isTrue();
		UUID enrolmentId = UUID.fromString(enrolment.group(1));
		assertThat(lead.getByLabel("Beginn der Teilnahme")).hasValue(own.today().toString());
		lead.getByRole(AriaRole.BUTTON, named("Teilnahme beginnen")).click();
		assertThat(lead.getByRole(AriaRole.STATUS)).containsText("Die Teilnahme hat begonnen.");

		// The day's attendance: everybody present, as the sheet proposes.
		lead.getByRole(AriaRole.LINK, named("Anwesenheit erfassen")).click();
		assertThat(lead.getByRole(AriaRole.HEADING, named("Projekttag am " + today))).isVisible();
		lead.getByRole(AriaRole.BUTTON, named("Anwesenheit speichern")).click();
		assertThat(lead.getByRole(AriaRole.STATUS)).containsText("Die Anwesenheit ist gespeichert.");
		assertThat(lead.getByRole(AriaRole.HEADING, named("Projekttag am " + today))).isVisible();
		assertThat(lead.locator("main table tr", new Page.LocatorOptions().setHasText(person))
			.getByRole(AriaRole.COMBOBOX)).hasValue("PRESENT");

		// The exit with its outcome.
		SiteTour.visit(lead, "/enrolments/" + enrolmentId, 200);
		assertThat(lead.getByRole(AriaRole.MAIN)).containsText("anwesend");
		lead.getByLabel("Art des Endes").selectOption("COMPLETED");
		lead.getByLabel("Ende der Teilnahme").fill(own.today().toString());
		lead.getByLabel("Verbleib bei Austritt").selectOption("APPRENTICESHIP");
		lead.getByRole(AriaRole.BUTTON, named("Teilnahme beenden")).click();
		assertThat(lead.getByRole(AriaRole.STATUS)).containsText("Die Teilnahme ist beendet.");

		// Six months later the follow-up falls due and is on the lead's list.
		this.jdbc.sql("UPDATE enrolment_outcome SET follow_up_due_on = :today WHERE enrolment_id = :id")
			.param("today", own.today())
			.param("id", enrolmentId)
			.update();
		SiteTour.visit(lead, "/enrolments/follow-ups?project=" + project.id(), 200);
		lead.getByRole(AriaRole.LINK, named(person)).click();
		assertThat(lead.getByRole(AriaRole.MAIN)).containsText("Ausbildung");
		lead.getByLabel("Verbleib nach sechs Monaten").selectOption("EMPLOYMENT");
		lead.getByRole(AriaRole.BUTTON, named("Nachbefragung speichern")).click();
		assertThat(lead.getByRole(AriaRole.STATUS)).containsText("Die Nachbefragung ist gespeichert.");
		assertThat(lead.getByRole(AriaRole.MAIN)).containsText("Sozialversicherungspflichtige Beschäftigung");
	}

}
