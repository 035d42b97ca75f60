package de.weitblick.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.Qualification;
import de.weitblick.participant.QualificationLevel;
import de.weitblick.participant.RecognitionStatus;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.weitblick.e2e.AccessibleNames.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA as far as a machine can tell (axe-core) on every page in German and on
 * every kind of page in English (the markup is the same, only the words change), and the
 * Content-Security-Policy on every page. Each test collects the findings of all its pages
 * and reports them together.
 */
@WeitblickIntegrationTest
class AccessibilityBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	@Autowired
	ParticipantManagement participants;

	@Autowired
	HealthData health;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	de.weitblick.employer.EmployerManagement employerManagement;

	@Autowired
	de.weitblick.employer.OfferManagement offerManagement;

	@Autowired
	de.weitblick.participant.portal.PortalInvitations invitations;

	@Autowired
	de.weitblick.participant.messages.Messages messages;

	@Autowired
	de.weitblick.participant.plan.SupportPlans plans;

	@Autowired
	de.weitblick.participant.plan.own.OwnPlans ownPlans;

	@Autowired
	de.weitblick.participant.portal.OwnCases ownCases;

	@Autowired
	de.weitblick.placement.PlacementManagement placementManagement;

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void thePagesBeforeSigningInHaveNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.open(language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.SIGNED_OUT_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}

		page.navigate("/sign-in");
		page.locator("#username").fill("niemand");
		page.locator("#password").fill("kein-passwort");
		page.locator("main form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@Test
	void everyPageACounsellorOpensHasNoSeriousAccessibilityProblems() {
		Page page = browser.signedInAs("fachkraft", Language.GERMAN);
		List<String> violations = new ArrayList<>();

		List<String> visited = SiteTour.visitAllPages(page,
				shown -> violations.addAll(AccessibilityAudit.seriousViolations(shown)));
		violations.addAll(errorPageViolations(page));

		assertThat(visited).as("pages visited").hasSizeGreaterThan(SiteTour.MAIN_PAGES.size() + 10);
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theCounsellorsDayAndACaseFileOfTheDayHaveNoSeriousAccessibilityProblemsOnAPhone(Language language) {
		Page page = browser.signedInAs("fachkraft", language);
		page.setViewportSize(320, 800);
		List<String> violations = new ArrayList<>();
		SiteTour.visit(page, "/counselling/today", 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		// A case file the day names, or the caseload's first when the day is quiet.
		if (page.locator("main .wb-day-list a").count() == 0) {
			SiteTour.visit(page, "/participants", 200);
		}
		String caseFile = (String) page.locator("main .wb-day-list a[href^='/participants/'], main tbody a")
			.first()
			.evaluate("link => new URL(link.href).pathname");
		SiteTour.visit(page, caseFile, 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@Test
	void everyKindOfPageInEnglishHasNoSeriousAccessibilityProblems() {
		Page page = browser.signedInAs("fachkraft", Language.ENGLISH);
		assertThat(page.getByRole(AriaRole.HEADING, named("My day"))).isVisible();
		List<String> violations = new ArrayList<>();

		List<String> visited = SiteTour.visitEveryKindOfPage(page,
				shown -> violations.addAll(AccessibilityAudit.seriousViolations(shown)));
		violations.addAll(errorPageViolations(page));

		assertThat(visited).as("pages visited").contains("/projects", "/organisation/partners");
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theUserAccountsHaveNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("admin", language);
		List<String> violations = new ArrayList<>();

		for (String path : SiteTour.ADMINISTRATION_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}

		// The forms with their errors: the new account without anything filled in, and
		// an action on an account without a reason.
		SiteTour.visit(page, "/admin/accounts/new", 200);
		page.locator("main form.wb-form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		SiteTour.visit(page, "/admin/accounts/019a0000-0000-7000-8000-000000003001", 200);
		page.locator("#state-reason").evaluate("input => input.form.noValidate = true");
		page.locator("#state-reason").focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		SiteTour.visit(page, "/audit", 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theAdministrationOfUnitsAndPublicPagesWithItsErrorsHasNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("admin", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.ADMINISTRATION_PAGES) {
			SiteTour.visit(page, path, 200);
			page.locator("main details").evaluateAll("all => all.forEach(d => d.open = true)");
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		// Each form sent empty: the error summary and the errors at their fields.
		String move = SiteTour.ADMINISTRATION_PAGES.stream()
			.filter(path -> path.endsWith("/move"))
			.findFirst()
			.orElseThrow();
		for (String path : List.of("/admin/units/new", move)) {
			SiteTour.visit(page, path, 200);
			page.locator("main form.wb-form button[type=submit]").click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theAccessibilityFeedbackWithItsErrorsHasNoSeriousAccessibilityProblemsSignedOut(Language language) {
		Page page = browser.open(language);
		SiteTour.visit(page, "/legal/accessibility", 200);
		page.locator("#contactEmail").fill("keine-adresse");
		page.locator("main form.wb-form button[type=submit]").click();

		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		assertThat(page.locator("#message-error")).isVisible();
		AccessibilityAudit.assertNoSeriousViolations(page);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theDialogueModerationPagesHaveNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("moderation", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.DIALOGUE_MODERATION_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theAwardsPagesHaveNoSeriousAccessibilityProblems(Language language) {
		List<String> violations = new ArrayList<>();
		for (String username : List.of("moderation", "controlling", "arbeitgeber")) {
			Page page = browser.signedInAs(username, language);
			for (String path : SiteTour.AWARD_PAGES) {
				if (username.equals("moderation") || !path.endsWith("/new")) {
					SiteTour.visit(page, path, 200);
					violations.addAll(AccessibilityAudit.seriousViolations(page));
				}
			}
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theDataProtectionOfficersPagesHaveNoSeriousAccessibilityProblems(Language language) {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String familyName = "Auskunft" + java.util.UUID.randomUUID().toString().substring(0, 6);
		java.time.LocalDate born = java.time.LocalDate.of(1984, 6, 9);
		ParticipantId person = this.participants.register(new ParticipantRecord(
				new PersonalDetails(familyName, "Jana", born, Gender.FEMALE, null, null, "Kassel", null, null, null,
						true, "DE", null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER),
				null, java.util.Set.of(), java.util.Set.of(), java.util.List.of()), null, false, counsellor);
		Page page = browser.signedInAs("datenschutz", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.DATA_PROTECTION_OFFICER_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		SiteTour.visit(page, "/audit?name=" + familyName + "&birthDate=" + born, 200);
		assertThat(page.locator("main table").first()).containsText(familyName);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		SiteTour.visit(page, "/audit?subject=" + person.id(), 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		// Without name and birth date: the browser's own check is switched off to reach
		// the server's error summary.
		SiteTour.visit(page, "/audit", 200);
		page.locator("#name").evaluate("input => input.form.noValidate = true");
		page.locator("#name").focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theHealthDataPermissionIsGrantedAndWithdrawnWithTheKeyboardAndEveryAnswerIsAccessible(Language language) {
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES ('019a0000-0000-7000-8000-00000000f301', 0, 'fachkraft-freigabe', 'Fachkraft Freigabe',
				        'COUNSELLOR', '019a0000-0000-7000-8000-000000001505')
				ON CONFLICT (id) DO NOTHING
				""").update();
		Page page = browser.signedInAs("admin", language);
		String reason = "#health-reason-019a0000-0000-7000-8000-00000000f301";
		List<String> violations = new ArrayList<>();

		// Without a reason: the browser's own check is switched off to reach the
		// server's refusal.
		SiteTour.visit(page, SiteTour.ADMINISTRATION_PAGE, 200);
		page.locator(reason).evaluate("input => input.form.noValidate = true");
		page.locator(reason).focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		for (String why : List.of("Vertretung im Reha-Team", "Vertretung beendet")) {
			page.locator(reason).focus();
			page.keyboard().type(why);
			page.keyboard().press("Enter");
			assertThat(page.locator("main .kern-alert--success")).isVisible();
			assertThat(page.locator("main table").last()).containsText(why);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void anApiTokenIsIssuedAndRevokedWithTheKeyboardAndEveryAnswerIsAccessible(Language language) {
		Page page = browser.signedInAs("admin", language);
		List<String> violations = new ArrayList<>();
		SiteTour.visit(page, SiteTour.API_TOKENS_PAGE, 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		// Sent without an account: the error summary names it and links to the field.
		page.locator("#name").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#error-summary a[href='#accountId']")).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		page.locator("#accountId").selectOption("019a0000-0000-7000-8000-000000003007");
		page.locator("#name").fill("Fachverfahren " + language);
		page.locator("#reason").focus();
		page.keyboard().type("Prüfung der Barrierefreiheit");
		page.keyboard().press("Enter");
		assertThat(page.locator("#secret")).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		SiteTour.visit(page, SiteTour.API_TOKENS_PAGE, 200);
		page.locator("main table input[name=reason]").first().focus();
		page.keyboard().type("Prüfung beendet");
		page.keyboard().press("Enter");
		assertThat(page.locator("main .kern-alert--success")).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theRegistrationFormWithItsErrorsHasNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("fachkraft", language);
		SiteTour.visit(page, "/participants/new", 200);

		page.locator("main form.wb-form button[type=submit]").click();

		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		AccessibilityAudit.assertNoSeriousViolations(page);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theHeadOfDepartmentsPagesAndFormsHaveNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("controlling", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.HEAD_OF_DEPARTMENT_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		// Every chart of the dashboard is drawn from a table with the same figures.
		SiteTour.visit(page, "/reports/dashboard?from=2026-01-01&to=2026-12-31", 200);
		for (String table : List.of("dashboard-focus-groups", "dashboard-occupancy", "dashboard-budget")) {
			assertThat(page.locator("main table#" + table)).isVisible();
			assertThat(page.locator("main [data-chart-table=" + table + "]").locator("svg, p")).isVisible();
		}
		// A grant without its fields and a report without a programme are refused with
		// their reasons.
		SiteTour.visit(page, "/funding/grants/new", 200);
		page.locator("main form[method=post]:not(.wb-export) button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		SiteTour.visit(page, "/reports/funder", 200);
		page.locator("main form[method=post]:not(.wb-export) button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theModeratorsAndTheHeadOfDepartmentsPagesHaveNoSeriousAccessibilityProblems(Language language) {
		List<String> violations = new ArrayList<>();
		Page moderator = browser.signedInAs("moderation", language);
		for (String path : SiteTour.MODERATION_PAGES) {
			SiteTour.visit(moderator, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(moderator));
		}
		// A refused invitation, with its error summary.
		SiteTour.visit(moderator, SiteTour.MODERATION_PAGES.get(1), 200);
		moderator.locator("#invitation-name").fill("Ohne Adresse");
		moderator.locator("#invitation-email").fill("keine-adresse");
		moderator.locator("#invitation-email").press("Enter");
		assertThat(moderator.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(moderator));
		// A refused review criterion, with its error summary.
		SiteTour.visit(moderator, "/dialogue/manage/review-criteria", 200);
		moderator.locator("#criterion-code").fill("COST");
		moderator.locator("#criterion-labelDe").fill("Kosten");
		moderator.locator("#criterion-labelEn").fill("Cost");
		moderator.locator("#criterion-weight").fill("1");
		moderator.locator("#criterion-weight").press("Enter");
		assertThat(moderator.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(moderator));
		Page head = browser.signedInAs("controlling", language);
		for (String path : SiteTour.STRATEGY_PAGES) {
			SiteTour.visit(head, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(head));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theProjectLeadsPagesAndFormsHaveNoSeriousAccessibilityProblems(Language language) {
		// A second instructor, so that the project page offers the form to assign one.
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES ('019a0000-0000-7000-8000-00000000f201', 0, 'fachanleitung-garten', 'Fachanleitung Garten',
				        'INSTRUCTOR', '019a0000-0000-7000-8000-000000001505')
				ON CONFLICT (id) DO NOTHING
				""").update();
		Page page = browser.signedInAs("projektleitung", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.PROJECT_LEAD_PAGES) {
			SiteTour.visit(page, path, 200);
			page.locator("main details").evaluateAll("all => all.forEach(d => d.open = true)");
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		List<String> visited = SiteTour.visitMyParticipants(page,
				shown -> violations.addAll(AccessibilityAudit.seriousViolations(shown)));
		assertThat(
				page.getByRole(AriaRole.REGION, named(language == Language.GERMAN ? "Projektsicht" : "Project view")))
			.isVisible();
		assertThat(visited).hasSize(2);
		SiteTour.visit(page, SiteTour.PROJECT_LEAD_PAGES.get(0), 200);
		page.locator("main details").first().evaluate("d => d.open = true");
		page.locator("main form[action$='/capacity'] input[name=places]").first().fill("0");
		page.locator("main form[action$='/capacity'] textarea[name=reason]").first().fill("Kürzung");
		page.locator("main form[action$='/capacity'] button[type=submit]").first().click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		SiteTour.visit(page, SiteTour.PROJECT_LEAD_PAGES.get(0), 200);
		page.locator("main a[href^='/enrolments/']").first().click();
		page.locator("main form[action$='/exit'] input[name=date]").first().fill("2099-01-01");
		page.locator("main form[action$='/exit'] button[type=submit]").first().click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		// A day's attendance with more hours than planned is refused with its reason.
		SiteTour.visit(page, "/projects/019a0000-0000-7000-8000-000000005005/attendance", 200);
		page.locator("main form[method=post] input[name$='.hours']").first().fill("23");
		page.locator("main form[method=post]:not(.wb-export) button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		// Every chart of the figures is drawn from a table with the same figures, or says
		// that the table has no values.
		SiteTour.visit(page, "/projects/019a0000-0000-7000-8000-000000005002", 200);
		for (String table : List.of("occupancy-table", "focus-group-table", "outcome-table", "indicator-table")) {
			assertThat(page.locator("main table#" + table)).isVisible();
			Locator chart = page.locator("main [data-chart-table=" + table + "]");
			assertThat(chart.locator("svg, p")).isVisible();
		}
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		page = browser.signedInAs("controlling", language);
		SiteTour.visit(page, "/projects/new", 200);
		page.locator("main form.wb-form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theInstructorsParticipantsAndTheWorkViewOfACaseFileHaveNoSeriousAccessibilityProblems(Language language) {
		Page page = browser.signedInAs("fachanleitung", language);
		List<String> violations = new ArrayList<>();

		SiteTour.visitMyParticipants(page, shown -> violations.addAll(AccessibilityAudit.seriousViolations(shown)));

		assertThat(page.getByRole(AriaRole.REGION, named(language == Language.GERMAN ? "Arbeitssicht" : "Work view")))
			.isVisible();
		SiteTour.visit(page, "/notifications", 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theCaseFileDetailsAndTheMergeOfTwoRecordsHaveNoSeriousAccessibilityProblems(Language language) {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String familyName = "Zwilling" + java.util.UUID.randomUUID().toString().substring(0, 6);
		ParticipantRecord record = new ParticipantRecord(
				new PersonalDetails(
						familyName, "Dana", java.time.LocalDate.of(1993, 2,
								2),
						Gender.FEMALE, null, null, "Kassel", null, null, null, false, "UA", 2022, false,
						BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER),
				null, java.util.Set.of(), java.util.Set.of(), java.util.List.of(),
				java.util.List.of(new Qualification(QualificationLevel.BACHELOR, "Lehrerin", 2015, "UA", null,
						RecognitionStatus.IN_PROGRESS, "Lehrerin/Lehrer")),
				java.util.Set.of(new OccupationInterest("841")), WorkConstraints.NONE);
		ParticipantId first = this.participants.register(record, null, false, counsellor);
		ParticipantId second = this.participants.register(record, null, false, counsellor);
		this.health.setConsent(first, true, counsellor);
		this.health.record(first, null, java.util.Set.of(HealthRestriction.NEEDS_BREAKS), 6, null, counsellor);
		Page page = browser.signedInAs("fachkraft", language);
		List<String> violations = new ArrayList<>();

		for (String path : SiteTour.caseFileStates(first.id(), second.id(), familyName)) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		// Someone changes the other record meanwhile: the merge is refused with its
		// reason.
		this.participants.change(second, 0, record, counsellor);
		page.locator("main form.wb-merge-choice button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theEmployerServicesAndAnEmployersPagesHaveNoSeriousAccessibilityProblems(Language language) {
		UUID person = this.jdbc.sql("""
				SELECT p.id FROM participant p
				WHERE NOT EXISTS (SELECT 1 FROM placement x WHERE x.participant_id = p.id)
				ORDER BY p.id LIMIT 1
				""").query(UUID.class).single();
		de.weitblick.organisation.StaffMember service = this.organisation.staffMember("arbeitgeberservice")
			.orElseThrow();
		de.weitblick.employer.OfferId offer = this.offerManagement.addOffer(
				new de.weitblick.employer.EmployerId(UUID.fromString("019a0000-0000-7000-8000-000000009012")),
				new de.weitblick.employer.OfferDetails(de.weitblick.employer.OfferKind.JOB, "Fahrdienst " + language,
						de.weitblick.employer.OccupationalField.OTHER, null, null, null, null,
						java.time.LocalDate.now(), null, 1, null),
				service);
		de.weitblick.placement.PlacementId placement = this.placementManagement
			.propose(new de.weitblick.participant.ParticipantId(person), offer, service);
		Page page = browser.signedInAs("arbeitgeberservice", language);
		List<String> violations = new ArrayList<>();
		for (String path : SiteTour.EMPLOYER_SERVICE_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		SiteTour.visit(page, "/placements/" + placement.id(), 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		// A recognition case with its plan of modules and the forms of its steps.
		UUID recognition = this.jdbc
			.sql("SELECT id FROM recognition_case WHERE status = 'IN_PROGRESS' ORDER BY opened_on, id LIMIT 1")
			.query(UUID.class)
			.single();
		SiteTour.visit(page, "/recognitions/" + recognition, 200);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		// A refused proposal, with its error summary.
		SiteTour.visit(page, "/employers/019a0000-0000-7000-8000-000000009012/engagement", 200);
		page.locator("#proposal-participant").evaluate("select => select.form.noValidate = true");
		page.locator("form:has(#proposal-participant) button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(page));

		page = browser.signedInAs("arbeitgeber", language);
		for (String path : SiteTour.EMPLOYER_PAGES) {
			SiteTour.visit(page, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(page));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void theParticipantsOwnAreaAndTheTeamsSideOfItHaveNoSeriousAccessibilityProblems(Language language) {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		ParticipantId person = this.participants
			.register(
					new ParticipantRecord(
							new PersonalDetails("Eigen" + UUID.randomUUID().toString().substring(0, 6), "Mira",
									java.time.LocalDate.of(1991, 1, 1), Gender.FEMALE, null, null, "Kassel", null, null,
									null, true, "DE", null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER),
							null, java.util.Set.of(), java.util.Set.of(), java.util.List.of()),
					null, false, counsellor);
		String code = this.invitations
			.invite(person, de.weitblick.participant.portal.InvitationChannel.LETTER, null, counsellor)
			.code();
		String username = "mira-" + UUID.randomUUID().toString().substring(0, 6);
		this.invitations.redeem(code, username, BrowserFixture.DEMO_PASSWORD, BrowserFixture.DEMO_PASSWORD);
		this.messages.write(person, "Willkommen in Mein Bereich.", counsellor);
		// A plan with an own step, a step of the counsellor's and own words, which the
		// team's case file lists as a change by the person.
		UUID goal = this.plans.addGoal(person, "Eine Ausbildung finden", "Mira ist zuverlässig.", null, counsellor);
		this.plans.addStep(person, goal, "Lebenslauf schreiben",
				de.weitblick.participant.plan.StepResponsibility.PARTICIPANT, java.time.LocalDate.now().plusDays(7),
				counsellor);
		this.plans.addStep(person, goal, "Betriebe anfragen",
				de.weitblick.participant.plan.StepResponsibility.COUNSELLOR, null, counsellor);
		var ownCase = this.ownCases
			.of(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(username, null))
			.orElseThrow();
		this.ownPlans.changeOwnWords(ownCase, goal, 0, "Ich arbeite gern mit Menschen.");
		List<String> violations = new ArrayList<>();

		Page signedOut = browser.open(language);
		signedOut.setViewportSize(320, 640);
		SiteTour.visit(signedOut, "/mein-bereich/zugang?code=AAAA-BBBB-CCCC-DDDD", 200);
		signedOut.locator("main form button[type=submit]").click();
		assertThat(signedOut.locator("#error-summary")).isVisible();
		violations.addAll(AccessibilityAudit.seriousViolations(signedOut));

		Page own = browser.signedInAs(username, language);
		own.setViewportSize(320, 640);
		for (String path : SiteTour.PORTAL_PAGES) {
			SiteTour.visit(own, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(own));
		}
		Page team = browser.signedInAs("fachkraft", language);
		for (String path : SiteTour.caseFilePortalPages(person.id())) {
			SiteTour.visit(team, path, 200);
			violations.addAll(AccessibilityAudit.seriousViolations(team));
		}
		assertThat(violations).as("serious accessibility violations").isEmpty();
	}

	@Test
	void anEmployersStartPageHasNoSeriousAccessibilityProblems() {
		Page page = browser.signedInAs("arbeitgeber", Language.GERMAN);

		assertThat(page.getByRole(AriaRole.HEADING, named("Ihre Bereiche"))).isVisible();

		AccessibilityAudit.assertNoSeriousViolations(page);
	}

	@Test
	void anUnreadableTextWouldBeReportedWithItsRuleAndElement() {
		Page page = browser.open(Language.GERMAN);
		SiteTour.visit(page, "/", 200);
		// Set through the CSS object model, which the policy allows, unlike a style
		// attribute.
		page.evaluate("""
				() => {
					const hint = document.createElement('p');
					hint.id = 'barely-visible';
					hint.textContent = 'light grey on white';
					hint.style.color = '#eeeeee';
					hint.style.background = '#ffffff';
					document.querySelector('main').append(hint);
				}
				""");

		assertThat(AccessibilityAudit.seriousViolations(page))
			.anySatisfy(violation -> assertThat(violation).contains("color-contrast", "(serious)", "#barely-visible"));
	}

	@Test
	void noPageBreaksTheContentSecurityPolicy() {
		Page page = browser.open(Language.GERMAN);
		for (String path : SiteTour.SIGNED_OUT_PAGES) {
			SiteTour.visit(page, path, 200);
		}
		page = browser.signedInAs("fachkraft", Language.GERMAN);
		List<String> visited = SiteTour.visitAllPages(page, shown -> {
		});
		SiteTour.visit(page, SiteTour.ADMINISTRATION_PAGE, 403);
		SiteTour.visit(page, SiteTour.MISSING_PAGE, 404);

		assertThat(visited).contains("/projects/019a0000-0000-7000-8000-000000005002");
		assertThat(browser.policyViolations()).as("Content-Security-Policy violations").isEmpty();
	}

	private static List<String> errorPageViolations(Page page) {
		List<String> violations = new ArrayList<>();
		SiteTour.visit(page, SiteTour.ADMINISTRATION_PAGE, 403);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		SiteTour.visit(page, SiteTour.MISSING_PAGE, 404);
		violations.addAll(AccessibilityAudit.seriousViolations(page));
		return violations;
	}

}
