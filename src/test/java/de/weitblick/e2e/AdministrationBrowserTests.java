package de.weitblick.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's day with the organisation and the public pages, and a visitor who
 * reports a barrier without signing in.
 */
@WeitblickIntegrationTest
class AdministrationBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	/** The demo's Kommunale Arbeitsförderung (505). */
	private static final String KAF = "019a0000-0000-7000-8000-000000001505";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ParticipantManagement participants;

	@Test
	void anAdministratorSetsUpATeamMovesACounsellorThereWithTheCaseloadAndEditsTheImprint() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		StaffMember counsellor = counsellorOfTheOffice("umzug-" + tag, "Fachkraft Umzug " + tag);
		ParticipantId person = this.participants.register(
				new ParticipantRecord(new PersonalDetails("Wandel" + tag, "Alex", LocalDate.of(1988, 8, 8),
						Gender.DIVERSE, null, null, "Kassel", null, null, null, true, "DE", null, false,
						BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER), null, Set.of(), Set.of(), List.of()),
				null, false, counsellor);
		Page page = browser.signedInAs("admin", Language.GERMAN);

		SiteTour.visit(page, "/organisation/units", 200);
		page.getByRole(AriaRole.LINK, named("Neue Organisationseinheit anlegen")).click();
		page.getByLabel("Kennziffer").fill("O-" + tag);
		page.getByLabel("Bezeichnung").fill("Team Ost " + tag);
		page.getByLabel("Übergeordnete Einheit")
			.selectOption(new SelectOption().setLabel("505 Kommunale Arbeitsförderung"));
		page.getByLabel("Begründung").fill("Neues Team für den Kasseler Osten");
		page.getByRole(AriaRole.BUTTON, named("Speichern")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Organisationseinheit wurde angelegt.");
		assertThat(page.getByRole(AriaRole.HEADING, named("O-" + tag + " Team Ost " + tag))).isVisible();
		String team = page.url().substring(page.url().lastIndexOf('/') + 1);

		SiteTour.visit(page, "/organisation/units/" + KAF, 200);
		page.getByRole(AriaRole.LINK, named("„Fachkraft Umzug " + tag + "“ in ein anderes Team versetzen")).click();
		page.getByLabel("Neues Team").selectOption(new SelectOption().setLabel("O-" + tag + " Team Ost " + tag));
		page.getByLabel("Die Fälle gehen mit").check();
		page.getByLabel("Begründung").fill("Verstärkung im Osten");
		page.getByRole(AriaRole.BUTTON, named("Versetzen")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("ihre Fälle sind mitgegangen");
		assertThat(page.locator("main table#members")).containsText("Fachkraft Umzug " + tag);
		assertThat(page.locator("main table#unit-history")).containsText("Verstärkung im Osten");
		assertThat(this.jdbc.sql("SELECT responsible_unit_id FROM participant WHERE id = :id")
			.param("id", person.id())
			.query(UUID.class)
			.single()).hasToString(team);

		page.locator("footer").getByRole(AriaRole.LINK, AccessibleNames.namedWithin("Impressum")).click();
		page.getByRole(AriaRole.LINK, named("Text bearbeiten")).click();
		page.getByLabel("Text auf Deutsch")
			.fill("## Herausgeber\n\nMagistrat der Stadt Kassel\nTelefon: 0561 787-" + tag);
		page.getByRole(AriaRole.BUTTON, named("Neue Fassung speichern")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die neue Fassung wurde gespeichert");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Telefon: 0561 787-" + tag);
	}

	@Test
	void aSignedOutVisitorReportsABarrierWhichTheAdministratorThenReads() {
		String report = "Die Tabelle der Projekte lässt sich nicht mit der Tastatur scrollen ("
				+ UUID.randomUUID().toString().substring(0, 6) + ").";
		Page visitor = browser.open(Language.GERMAN);
		SiteTour.visit(visitor, "/", 200);
		visitor.locator("footer")
			.getByRole(AriaRole.LINK, AccessibleNames.namedWithin("Erklärung zur Barrierefreiheit"))
			.click();
		visitor.getByLabel("Beschreibung der Barriere").fill(report);
		visitor.getByLabel("E-Mail-Adresse für eine Antwort").fill("leserin@example.org");
		visitor.getByRole(AriaRole.BUTTON, named("Meldung senden")).click();
		assertThat(visitor.getByRole(AriaRole.STATUS)).containsText("Vielen Dank, Ihre Meldung ist eingegangen.");

		Page admin = browser.signedInAs("admin", Language.GERMAN);
		admin.locator("nav.wb-nav").getByRole(AriaRole.LINK, AccessibleNames.namedWithin("Öffentliche Seiten")).click();
		assertThat(admin.locator("main table#feedback-reports")).containsText(report);
		assertThat(admin.locator("main table#feedback-reports")).containsText("leserin@example.org");
	}

	private StaffMember counsellorOfTheOffice(String username, String displayName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :name, 'COUNSELLOR', CAST(:unit AS uuid))
				""").param("id", id).param("username", username).param("name", displayName).param("unit", KAF).update();
		return this.organisation.staffMember(id).orElseThrow();
	}

}
