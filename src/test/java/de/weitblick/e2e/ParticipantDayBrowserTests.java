package de.weitblick.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.messages.Messages;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.PortalInvitations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant's day on a phone (320 CSS pixels wide): the person redeems the letter's
 * code, chooses a user name and a password, signs in, lands in the own area, reads the
 * counsellor's message and answers it, takes an appointment into the calendar, reads a
 * note the counsellor shared, sees the project offered, uploads a CV, writes the own
 * words next to a goal of the plan, ticks off an own step, agrees to the plan and
 * downloads it, withdraws a consent and downloads what is stored, without scrolling
 * sideways.
 */
@WeitblickIntegrationTest
class ParticipantDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	ParticipantManagement participants;

	@Autowired
	PortalInvitations invitations;

	@Autowired
	Messages messages;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	de.weitblick.participant.appointment.Appointments appointments;

	@Autowired
	de.weitblick.participant.journal.CaseJournal journal;

	@Autowired
	de.weitblick.project.ProjectManagement projects;

	@Autowired
	de.weitblick.project.places.PlacesPlanning placesPlanning;

	@Autowired
	de.weitblick.project.Referrals referrals;

	@Autowired
	SupportPlans plans;

	@Test
	void aPersonRedeemsTheInvitationOnAPhoneAndAnswersTheCounsellorsMessage() {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String givenNames = "Amina" + UUID.randomUUID().toString().substring(0, 4);
		ParticipantId person = this.participants.register(new ParticipantRecord(
				new PersonalDetails("Tag" + UUID.randomUUID().toString().substring(0, 6), givenNames,
						LocalDate.of(1990, 3, 3), Gender.FEMALE, null, null, "Kassel", null, null, null, true, "DE",
						null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER),
				null, Set.of(), Set.of(), List.of()), null, false, counsellor);
		this.participants.setConsentToParentsOrigin(person, true, counsellor);
		this.appointments.plan(person, LocalDate.now().plusDays(2), java.time.LocalTime.of(9, 30), 45,
				de.weitblick.participant.appointment.AppointmentKind.IN_PERSON, "Raum 2.14", counsellor);
		this.journal.writeNote(person, "Für Sie: Bitte bringen Sie das Zeugnis der Klasse 10 mit.",
				de.weitblick.participant.journal.NoteVisibility.SHARED_WITH_PARTICIPANT, counsellor);
		this.journal.writeNote(person, "Nur im Team: Rückfrage beim Jobcenter offen.",
				de.weitblick.participant.journal.NoteVisibility.TEAM, counsellor);
		String projectName = "Werkstatt Tag " + UUID.randomUUID().toString().substring(0, 6);
		this.referrals.refer(new de.weitblick.project.ReferralRequest(project(projectName), null, person, null, null),
				counsellor);
		UUID goal = this.plans.addGoal(person, "Eine Ausbildung als Köchin finden", null, null, counsellor);
		UUID ownStep = this.plans.addStep(person, goal, "Lebenslauf schreiben", StepResponsibility.PARTICIPANT,
				LocalDate.now().plusDays(7), counsellor);
		UUID counsellorsStep = this.plans.addStep(person, goal, "Betriebe in Kassel anfragen",
				StepResponsibility.COUNSELLOR, LocalDate.now().plusDays(14), counsellor);
		String code = this.invitations.invite(person, InvitationChannel.LETTER, null, counsellor).code();
		this.messages.write(person, "Bitte bringen Sie am Montag Ihren Lebenslauf mit.", counsellor);
		String username = "amina-" + UUID.randomUUID().toString().substring(0, 6);
		String password = "mein Zugang zu Mein Bereich";

		Page page = browser.open(Language.GERMAN);
		page.setViewportSize(320, 640);
		page.navigate("/mein-bereich/zugang");
		page.getByLabel("Code aus der Einladung").fill(code.toLowerCase());
		page.getByLabel("Benutzername").fill(username);
		page.locator("#password").fill("zu kurz");
		page.getByLabel("Passwort noch einmal").fill("zu kurz");
		page.getByRole(AriaRole.BUTTON, named("Zugang einrichten")).click();
		// The error summary names the field and links to it.
		assertThat(page.locator("#error-summary a[href='#password']")).isVisible();
		noSidewaysScrolling(page);

		page.locator("#password").fill(password);
		page.getByLabel("Passwort noch einmal").fill(password);
		page.getByLabel("Passwort noch einmal").press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, named("Ihr Zugang ist fertig"))).isVisible();

		page.getByRole(AriaRole.LINK, named("Jetzt anmelden")).click();
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#password").press("Enter");
		page.waitForURL(url -> url.endsWith("/mein-bereich"));
		assertThat(page.getByRole(AriaRole.HEADING, named("Hallo " + givenNames + "!"))).isVisible();
		noSidewaysScrolling(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nachrichten")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Bitte bringen Sie am Montag Ihren Lebenslauf mit.");
		page.getByLabel("Ihre Nachricht").fill("Mache ich. Bis Montag!");
		page.getByRole(AriaRole.BUTTON, named("Nachricht senden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Nachricht wurde gesendet.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Mache ich. Bis Montag!");
		noSidewaysScrolling(page);

		// The appointment goes into the phone's calendar.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Meine Termine")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Raum 2.14");
		noSidewaysScrolling(page);
		com.microsoft.playwright.Download calendar = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, named("In meinen Kalender übernehmen (Kalender-Datei)")).click());
		assertThat(calendar.suggestedFilename()).isEqualTo("termin.ics");

		// The note the counsellor shared, and never the team's own.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Notizen für mich")).click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Bitte bringen Sie das Zeugnis der Klasse 10 mit.");
		assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Rückfrage beim Jobcenter");
		noSidewaysScrolling(page);

		// The project offered, with the next step in plain words.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Meine Projekte")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named(projectName))).isVisible();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Sagen Sie, ob Sie den Platz nehmen.");
		noSidewaysScrolling(page);

		// The CV the counsellor asked for, uploaded from the phone.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Meine Dokumente")).click();
		page.getByLabel("Was ist das für ein Dokument?").fill("Lebenslauf");
		page.locator("#file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("lebenslauf.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, named("Dokument hochladen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihr Dokument ist gespeichert.");
		assertThat(page.getByRole(AriaRole.LINK, named("Lebenslauf herunterladen"))).isVisible();
		noSidewaysScrolling(page);
		// The own plan: the own words next to the goal, an own step done, the agreement.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Mein Plan")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Ziel: Eine Ausbildung als Köchin finden"))).isVisible();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Wer: Ihre Fachkraft.");
		page.getByLabel("Meine Worte: Eine Ausbildung als Köchin finden").fill("Ich koche gern für viele Menschen.");
		page.locator("[id='goal-" + goal + "']").getByRole(AriaRole.BUTTON, within("Meine Worte speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Worte sind gespeichert.");
		assertThat(page.getByLabel("Meine Worte: Eine Ausbildung als Köchin finden"))
			.hasValue("Ich koche gern für viele Menschen.");
		noSidewaysScrolling(page);
		// Only the own step can be ticked off.
		assertThat(page.locator("[id='step-" + counsellorsStep + "']").getByRole(AriaRole.BUTTON)).hasCount(0);
		page.locator("[id='step-" + ownStep + "']").getByRole(AriaRole.BUTTON, within("Erledigt")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Schritt ist als erledigt gespeichert.");
		assertThat(page.locator("[id='step-" + ownStep + "']").getByRole(AriaRole.BUTTON)).hasCount(0);
		page.getByRole(AriaRole.BUTTON, named("Ich bin mit dem Plan einverstanden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Zustimmung ist gespeichert.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Sie haben dem Plan am");
		noSidewaysScrolling(page);
		com.microsoft.playwright.Download plan = page
			.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Meinen Plan als PDF herunterladen")).click());
		assertThat(plan.suggestedFilename()).isEqualTo("mein-plan.pdf");

		// The own data: a consent withdrawn with one click, the report downloaded.
		page.getByRole(AriaRole.LINK, named("Zurück zu Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, named("Meine Daten")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Widerrufen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihr Widerruf ist gespeichert.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("widerrufen am");
		noSidewaysScrolling(page);
		com.microsoft.playwright.Download report = page
			.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Auskunft als PDF")).click());
		assertThat(report.suggestedFilename()).isEqualTo("meine-daten.pdf");

		// Another person's case file stays closed to the account.
		assertThat(page.navigate("/participants/" + person.id()).status()).isEqualTo(403);
	}

	/**
	 * @return options for a button whose accessible name starts with its visible text: it
	 * goes on with what the button is about, for screen readers
	 */
	private static com.microsoft.playwright.Locator.GetByRoleOptions within(String visibleText) {
		return new com.microsoft.playwright.Locator.GetByRoleOptions().setName(visibleText);
	}

	private static void noSidewaysScrolling(Page page) {
		assertThat((Boolean) page
			.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("the page fits 320 CSS pixels")
			.isTrue();
	}

	private de.weitblick.project.ProjectId project(String name) {
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();
		de.weitblick.project.ProjectId id = this.projects.create(new de.weitblick.project.ProjectDescription(name, null,
				de.weitblick.project.ProjectKind.QUALIFICATION, de.weitblick.project.ProjectStatus.RUNNING, null,
				UUID.fromString("019a0000-0000-7000-8000-000000001505"), lead.id(), LocalDate.of(2026, 1, 1), null,
				"Kassel", Set.of(), de.weitblick.project.EligibilityRules.NONE,
				Set.of(new de.weitblick.project.ProjectPartnership(
						UUID.fromString("019a0000-0000-7000-8000-000000002001"),
						de.weitblick.project.PartnerRole.REFERRER)),
				Set.of(), List.of()), controlling);
		this.placesPlanning.addPeriod(id, new de.weitblick.project.PlacesPlan("Tag", LocalDate.now().minusMonths(1),
				LocalDate.now().plusYears(1), 5), lead);
		return id;
	}

}
