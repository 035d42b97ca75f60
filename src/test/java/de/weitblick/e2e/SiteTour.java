package de.weitblick.e2e;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Every page of the application a signed-in person can reach: the start page, each list
 * page and every detail page its table links to. The tour finds the detail pages by
 * following the links, so a new project or partner is visited without changing a test.
 */
final class SiteTour {

	/**
	 * Pages anyone may open without signing in: the start page, the sign-in and the legal
	 * pages linked from every page's footer.
	 */
	static final List<String> SIGNED_OUT_PAGES = List.of("/", "/sign-in", "/legal/accessibility", "/legal/privacy",
			"/legal/imprint", "/public/dialogue/ideas", "/public/dialogue/ideas?focusGroup=WOMEN&text=Ausbildung",
			"/public/dialogue/ideas/019a0000-0000-7000-8000-000000007101",
			"/public/dialogue/ideas/019a0000-0000-7000-8000-000000007103",
			"/public/dialogue/ideas/019a0000-0000-7000-8000-000000007101/versions", "/public/dialogue/ideas/new",
			"/news", "/news/articles/019a0000-0000-7000-8000-000000008401", "/dialogue/editions",
			"/dialogue/editions/019a0000-0000-7000-8000-000000006003", "/strategy/goals",
			"/strategy/goals/019a0000-0000-7000-8000-000000008001", "/public/awards", "/public/awards/nominate",
			"/mein-bereich/zugang");

	/** The own area of a participant's account (Mein Bereich). */
	static final List<String> PORTAL_PAGES = List.of("/mein-bereich", "/mein-bereich/nachrichten",
			"/mein-bereich/daten", "/mein-bereich/termine", "/mein-bereich/plan", "/mein-bereich/notizen",
			"/mein-bereich/dokumente", "/mein-bereich/projekte", "/mein-bereich/passwort");

	/**
	 * The pages of the dialogue's moderation: the ideas with their filters, an idea under
	 * review with its scores, one in development with the step and summary forms, one
	 * that became a project, and the moderation queue.
	 */
	static final List<String> DIALOGUE_MODERATION_PAGES = List.of("/dialogue/ideas",
			"/dialogue/ideas?status=UNDER_REVIEW", "/public/dialogue/ideas/019a0000-0000-7000-8000-000000007102",
			"/public/dialogue/ideas/019a0000-0000-7000-8000-000000007104",
			"/public/dialogue/ideas/019a0000-0000-7000-8000-000000007101", "/dialogue/moderation",
			"/public/dialogue/ideas/new", "/public/dialogue/ideas/019a0000-0000-7000-8000-000000007104/revision");

	/**
	 * The dialogue's moderation: planning an edition, the review criteria and one of
	 * them, the outbox of its invitations, the news desk with an article in review.
	 */
	static final List<String> MODERATION_PAGES = List.of("/dialogue/manage/editions",
			"/dialogue/manage/editions/019a0000-0000-7000-8000-000000006003", "/dialogue/manage/review-criteria",
			"/dialogue/manage/review-criteria/STRATEGY_FIT", "/outbox", "/news/manage", "/news/manage/new",
			"/news/manage/019a0000-0000-7000-8000-000000008404");

	/**
	 * The award's pages as the moderation runs it: the rounds, the form that opens one,
	 * and the announced rounds of 2022 and 2021 with their nominations, scores, ranking
	 * and winners.
	 */
	static final List<String> AWARD_PAGES = List.of("/awards", "/awards/new",
			"/awards/019a0000-0000-7000-8000-000000009502", "/awards/019a0000-0000-7000-8000-000000009501");

	/**
	 * The head of department's strategy goals: a goal with its figures form and the goal
	 * form.
	 */
	static final List<String> STRATEGY_PAGES = List.of("/strategy/goals",
			"/strategy/goals/019a0000-0000-7000-8000-000000008001", "/strategy/manage/goals/new",
			"/strategy/manage/goals/019a0000-0000-7000-8000-000000008001/edit");

	/** The start page and the list page of every area but the administration. */
	static final List<String> MAIN_PAGES = List.of("/", "/counselling/today", "/participants", "/participants/new",
			"/participants/imports", "/projects", "/focus-groups", "/organisation/units", "/organisation/partners",
			"/funding/programmes", "/dialogue/editions", "/enrolments", "/workshops", "/notifications", "/matching",
			"/matching/settings", "/matching/settings?scope=OFFERS", "/matching/taster-days");

	/**
	 * Case files all share one template; a few of the caseload's stand for all of them.
	 */
	private static final int CASE_FILES_PER_TOUR = 3;

	/**
	 * The pages a project lead and the head of department work on: a project they run
	 * with its forms, waiting list and figures, the project forms, a day's attendance and
	 * the follow-ups due, of all their projects and of one.
	 */
	static final List<String> PROJECT_LEAD_PAGES = List.of("/projects/019a0000-0000-7000-8000-000000005005",
			"/projects/019a0000-0000-7000-8000-000000005002/edit", "/enrolments", "/notifications",
			"/projects/019a0000-0000-7000-8000-000000005002",
			"/projects/019a0000-0000-7000-8000-000000005005/attendance", "/enrolments/follow-ups",
			"/enrolments/follow-ups?project=019a0000-0000-7000-8000-000000005005");

	/**
	 * The head of department's pages of money and figures: the grants with the import of
	 * actuals, the form of a new grant, a grant of the demo data with its budget lines
	 * and forms, the dashboard and the funder reports.
	 */
	static final List<String> HEAD_OF_DEPARTMENT_PAGES = List.of("/funding/grants", "/funding/grants/new",
			"/funding/grants/019a0000-0000-7000-8000-000000009001", "/reports/dashboard",
			"/reports/dashboard?from=2026-01-01&to=2026-12-31&programme=019a0000-0000-7000-8000-000000004001",
			"/reports/funder", "/reports/exports");

	/**
	 * The list of the people a project lead or an instructor works with; the tour also
	 * opens the first case file it links to, as it shows to them.
	 */
	static final String MY_PARTICIPANTS = "/participants";

	/**
	 * The data protection officer's pages: the audit trail with the look-up of a person,
	 * a look-up that finds nobody and a search by period.
	 */
	static final List<String> DATA_PROTECTION_OFFICER_PAGES = List.of("/audit",
			"/audit?name=Niemand&birthDate=1900-01-01", "/audit?actor=fachkraft&from=2020-01-01&to=2099-12-31",
			"/audit/holds", "/audit/retention");

	/**
	 * The employer service's pages: the employers, the forms that register and describe
	 * one and add or change an offer, an employer's page, the offer search, an employer's
	 * placements and engagement with a person search, the follow-ups due, and the
	 * recognition cases with the form that opens one (with a person search) and the
	 * figures; a case's own page is visited by the test, which knows its identifier.
	 */
	static final List<String> EMPLOYER_SERVICE_PAGES = List.of("/employers", "/employers?name=Pflege", "/employers/new",
			"/employers/019a0000-0000-7000-8000-000000009005", "/employers/019a0000-0000-7000-8000-000000009005/edit",
			"/employers/019a0000-0000-7000-8000-000000009005/offers/new",
			"/offers/019a0000-0000-7000-8000-000000009109/edit", "/offers", "/offers?kind=TASTER_SLOT",
			"/employers/019a0000-0000-7000-8000-000000009005/engagement",
			"/employers/019a0000-0000-7000-8000-000000009005/engagement?personName=a", "/placements", "/recognitions",
			"/recognitions/new", "/recognitions/new?name=a", "/recognitions/figures");

	/**
	 * An employer's pages through its own account: its business with its offers, the
	 * offer form and its engagement record.
	 */
	static final List<String> EMPLOYER_PAGES = List.of("/employers/019a0000-0000-7000-8000-000000009001",
			"/employers/019a0000-0000-7000-8000-000000009001/offers/new",
			"/employers/019a0000-0000-7000-8000-000000009001/engagement", "/offers");

	/** A page only administrators may open. */
	static final String ADMINISTRATION_PAGE = "/admin/accounts";

	/** The administration's page for the API tokens of machine clients. */
	static final String API_TOKENS_PAGE = "/admin/api-tokens";

	/**
	 * The administrator's pages: the accounts, the form that creates one, the page of an
	 * account (the demo counsellor's) with its forms and history, and the own password; a
	 * unit with its staff and changes, its forms, the move of the demo counsellor, the
	 * legal pages with their editing and the feedback received.
	 */
	static final List<String> ADMINISTRATION_PAGES = List.of(ADMINISTRATION_PAGE, "/admin/accounts/new",
			"/admin/accounts/019a0000-0000-7000-8000-000000003001", "/account/password", "/organisation/units",
			"/organisation/units/019a0000-0000-7000-8000-000000001505", "/admin/units/new",
			"/admin/units/019a0000-0000-7000-8000-000000001505/edit",
			"/admin/units/019a0000-0000-7000-8000-000000001505/counsellors/019a0000-0000-7000-8000-000000003001/move",
			"/admin/legal", "/admin/legal/accessibility/edit", "/legal/accessibility");

	/**
	 * The states of a case file that the tour through the lists does not reach: a
	 * possible duplicate warned of, health restrictions recorded, the edit form with
	 * qualifications, occupations and constraints, and the pages that merge two records.
	 * @param record a case file of the signed-in counsellor's team with health data and a
	 * possible duplicate, must not be null
	 * @param duplicate that possible duplicate, must not be null
	 * @param familyName the family name both share, must not be null
	 * @return the addresses, never null
	 */
	static List<String> caseFileStates(java.util.UUID record, java.util.UUID duplicate, String familyName) {
		return List.of("/participants/" + record, "/participants/" + record + "/edit",
				"/participants/" + record + "/merge", "/participants/" + record + "/merge?name=" + familyName,
				"/participants/" + record + "/merge?other=" + duplicate);
	}

	/**
	 * The responsible team's side of a person's own area: the message thread and the
	 * access with its invitations.
	 */
	static List<String> caseFilePortalPages(java.util.UUID record) {
		return List.of("/participants/" + record + "/messages", "/participants/" + record + "/portal",
				"/participants/" + record);
	}

	/** An address no page answers. */
	static final String MISSING_PAGE = "/diese-seite-gibt-es-nicht";

	private SiteTour() {
	}

	/**
	 * Visits the main pages and every detail page they link to.
	 * @param page a page signed in with a role that may open all main pages, must not be
	 * null
	 * @param atEachPage called once the page is shown, must not be null
	 * @return the addresses visited, in order; never null
	 */
	static List<String> visitAllPages(Page page, Consumer<Page> atEachPage) {
		return tour(page, Integer.MAX_VALUE, atEachPage);
	}

	/**
	 * Visits the main pages and the first detail page each of them links to: every kind
	 * of page once.
	 * @param page a page signed in with a role that may open all main pages, must not be
	 * null
	 * @param atEachPage called once the page is shown, must not be null
	 * @return the addresses visited, in order; never null
	 */
	static List<String> visitEveryKindOfPage(Page page, Consumer<Page> atEachPage) {
		return tour(page, 1, atEachPage);
	}

	private static List<String> tour(Page page, int detailPagesPerList, Consumer<Page> atEachPage) {
		Set<String> visited = new LinkedHashSet<>();
		for (String mainPage : MAIN_PAGES) {
			visit(page, mainPage, 200);
			visited.add(mainPage);
			atEachPage.accept(page);
			int limit = mainPage.equals("/participants") ? Math.min(detailPagesPerList, CASE_FILES_PER_TOUR)
					: detailPagesPerList;
			List<String> details = detailLinks(page).stream().limit(limit).toList();
			for (String detail : details) {
				if (visited.add(detail)) {
					visit(page, detail, 200);
					atEachPage.accept(page);
				}
			}
		}
		return List.copyOf(visited);
	}

	/**
	 * Visits the list of the people a project lead or an instructor works with and the
	 * first case file it links to.
	 * @param page a page signed in as a project lead or an instructor, must not be null
	 * @param atEachPage called once the page is shown, must not be null
	 * @return the addresses visited, in order; never null
	 */
	static List<String> visitMyParticipants(Page page, Consumer<Page> atEachPage) {
		visit(page, MY_PARTICIPANTS, 200);
		atEachPage.accept(page);
		String caseFile = detailLinks(page).stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError(MY_PARTICIPANTS + " lists nobody to open"));
		visit(page, caseFile, 200);
		atEachPage.accept(page);
		return List.of(MY_PARTICIPANTS, caseFile);
	}

	/**
	 * Opens a page by address and waits until it is complete, charts included.
	 * @param page the browser page, must not be null
	 * @param path the address below the application's root, must not be null
	 * @param expectedStatus the HTTP status the page must answer with
	 */
	static void visit(Page page, String path, int expectedStatus) {
		Response response = page.navigate(path);
		if (response == null || response.status() != expectedStatus) {
			throw new AssertionError("%s answered %s, expected %d".formatted(path,
					(response != null) ? response.status() : "nothing", expectedStatus));
		}
		if (page.locator(".wb-chart").count() > 0) {
			// Each chart is drawn, or says that it has no values.
			page.waitForFunction("() => [...document.querySelectorAll('.wb-chart')]"
					+ ".every(chart => chart.hasAttribute('data-chart-state'))");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> detailLinks(Page page) {
		return (List<String>) page.locator("main tbody a[href]")
			.evaluateAll("links => links.map(link => new URL(link.href).pathname)");
	}

}
