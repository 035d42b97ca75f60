package de.weitblick.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
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
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.SupportPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static de.weitblick.e2e.AccessibleNames.namedWithin;

/**
 * A counsellor's day: from the start page to today's appointment, the case file's summary
 * and its section navigation, a step changed in a form opened by a button, a stale change
 * refused where the counsellor is looking, and a document removed with its trace; every
 * page reflows at 320 CSS pixels without scrolling sideways.
 */
@WeitblickIntegrationTest
class CounsellorDayBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Appointments appointments;

	@Autowired
	SupportPlans plans;

	@Autowired
	CaseDocuments documents;

	@Autowired
	CaseJournal journal;

	@Test
	void aCounsellorWalksFromTheDayToACaseFileChangesAStepIsToldOfAStaleChangeAndRemovesADocumentAndANote() {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		String familyName = "Tageslauf" + UUID.randomUUID().toString().substring(0, 6);
		ParticipantId person = this.participants.register(new ParticipantRecord(
				new PersonalDetails(familyName, "Mira", LocalDate.of(1994, 2, 2), Gender.FEMALE, null, null, "Kassel",
						null, null, null, true, "DE", null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER),
				null, Set.of(), Set.of(), List.of()), null, false, counsellor);
		this.appointments.plan(person, today, LocalTime.of(23, 30), 30, AppointmentKind.IN_PERSON, "Raum 4",
				counsellor);
		UUID goal = this.plans.addGoal(person, "Ausbildung beginnen", null, null, counsellor);
		UUID step = this.plans.addStep(person, goal, "Bewerbung schreiben", StepResponsibility.PARTICIPANT,
				today.plusDays(2), counsellor);
		UUID document = this.documents.upload(person, "Zeugnis", "zeugnis.pdf", PDF, counsellor);
		UUID note = this.journal.writeNote(person, "Termin beim Zahnarzt verschoben.", NoteVisibility.TEAM, counsellor);

		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		page.setViewportSize(320, 800);
		assertThat(page.getByRole(AriaRole.HEADING, named("Mein Tag"))).isVisible();
		assertReflowsAt320(page);
		AccessibilityAudit.assertNoSeriousViolations(page);

		// Today's appointment leads to the case file's appointments.
		page.locator("a[href$='#appointments']").filter(new Locator.FilterOptions().setHasText(familyName)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(familyName + ", Mira");
		assertThat(page).hasTitle(familyName + ", Mira – Weitblick");
		Locator summary = page.getByRole(AriaRole.REGION, named("Auf einen Blick"));
		assertThat(summary).containsText("23:30");
		assertThat(summary).containsText("1 offen, davon 0 überfällig");
		assertReflowsAt320(page);
		AccessibilityAudit.assertNoSeriousViolations(page);

		// The section navigation takes the counsellor to the plan; the form opens by
		// keyboard.
		page.getByRole(AriaRole.NAVIGATION, named("Abschnitte der Fallakte"))
			.getByRole(AriaRole.LINK, namedWithin("Förderplan"))
			.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#plan$"));
		Locator changeStep = page.locator("#step-" + step + " summary");
		changeStep.focus();
		page.keyboard().press("Enter");
		page.locator("#step-text-" + step).fill("Bewerbung an drei Betriebe schreiben");
		page.locator("#step-" + step).getByRole(AriaRole.BUTTON, namedWithin("Schritt speichern")).click();
		assertThat(page.locator("#plan-message")).containsText("Der Schritt wurde geändert.");
		assertThat(page.locator("#plan-message")).isInViewport();
		assertThat(page.locator("#step-" + step)).containsText("Bewerbung an drei Betriebe schreiben");

		// Somebody else changes the step meanwhile: the change shown on the page is
		// refused.
		this.plans.changeStep(person, step, 1, "Bewerbung an vier Betriebe schreiben", StepResponsibility.PARTICIPANT,
				today.plusDays(3), counsellor);
		page.locator("#step-" + step + " summary").click();
		page.locator("#step-text-" + step).fill("Bewerbung an zwei Betriebe schreiben");
		page.locator("#step-" + step).getByRole(AriaRole.BUTTON, namedWithin("Schritt speichern")).click();
		assertThat(page.locator("#plan-error")).containsText("inzwischen von jemand anderem geändert");
		assertThat(page.locator("#plan-error")).isInViewport();
		assertThat(page.locator("#step-" + step)).containsText("Bewerbung an vier Betriebe schreiben");
		AccessibilityAudit.assertNoSeriousViolations(page);

		// The document is removed with a reason; its trace stays.
		page.getByRole(AriaRole.NAVIGATION, named("Abschnitte der Fallakte"))
			.getByRole(AriaRole.LINK, namedWithin("Dokumente"))
			.click();
		page.locator("#document-" + document + " summary").click();
		page.locator("#document-reason-" + document).fill("Doppelt hochgeladen");
		page.locator("#document-" + document).getByRole(AriaRole.BUTTON, namedWithin("Dokument entfernen")).click();
		assertThat(page.locator("#documents-message")).containsText("Das Dokument wurde entfernt.");
		assertThat(page.locator("#document-" + document)).containsText("entfernt am");
		assertThat(page.locator("#document-" + document)).containsText("Doppelt hochgeladen");
		assertReflowsAt320(page);

		// A note written on the wrong case file is removed by its author with a reason;
		// only its trace stays.
		page.getByRole(AriaRole.NAVIGATION, named("Abschnitte der Fallakte"))
			.getByRole(AriaRole.LINK, namedWithin("Beratungsvermerke"))
			.click();
		page.locator("#note-" + note + " summary").click();
		page.locator("#note-reason-" + note).fill("Gehört zu einer anderen Fallakte");
		page.locator("#note-" + note).getByRole(AriaRole.BUTTON, namedWithin("Vermerk entfernen")).click();
		assertThat(page.locator("#notes-message")).containsText("Der Vermerk wurde entfernt.");
		assertThat(page.locator("#note-" + note)).containsText("Gehört zu einer anderen Fallakte");
		assertThat(page.locator("#note-" + note)).not().containsText("Zahnarzt");
		AccessibilityAudit.assertNoSeriousViolations(page);

		// The caseload and a project page reflow as well.
		SiteTour.visit(page, "/participants", 200);
		assertReflowsAt320(page);
		SiteTour.visit(page, "/projects/019a0000-0000-7000-8000-000000005005", 200);
		assertReflowsAt320(page);
	}

	/** WCAG 1.4.10: at 320 CSS pixels the page itself never scrolls sideways. */
	private static void assertReflowsAt320(Page page) {
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		// What sticks out, to tell where the page needs to wrap.
		Object wide = page.evaluate("() => [...document.querySelectorAll('body *')]"
				+ ".filter(e => e.getBoundingClientRect().right > 321 && !e.closest('.wb-table-scroll table'))"
				+ ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as("scroll width of %s, wider: %s", page.url(), wide)
			.isLessThanOrEqualTo(320);
	}

}
