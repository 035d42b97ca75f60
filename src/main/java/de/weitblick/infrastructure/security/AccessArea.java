package de.weitblick.infrastructure.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.weitblick.organisation.Role;

/**
 * The areas of the application and the roles that may enter them. One list drives both
 * the request authorisation and the navigation, so the menu never offers what the server
 * refuses.
 */
public enum AccessArea {

	/**
	 * The counsellor's day: what the own caseload asks of today and this week, read from
	 * the counselling module (only the own active cases).
	 */
	COUNSELLING("nav.counselling", "/counselling/today", EnumSet.of(Role.COUNSELLOR), "/counselling/**",
			"/api/v1/counselling/**"),

	/**
	 * Case files of participants: counsellors for their team, project leads and
	 * instructors for the people of their projects. Which case files, and how much of
	 * each, is decided record by record in the participant module.
	 */
	PARTICIPANTS("nav.participants", "/participants", EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.INSTRUCTOR),
			"/participants/**", "/api/v1/participants/**"),

	/**
	 * A participant's own area (Mein Bereich): the own plan, appointments, documents,
	 * messages and data, for the one case file the account is bound to. A participant's
	 * account reaches nothing else ({@code SecurityConfiguration}); redeeming an
	 * invitation is open without signing in.
	 */
	PORTAL("nav.portal", "/mein-bereich", EnumSet.of(Role.PARTICIPANT), "/mein-bereich", "/mein-bereich/**",
			"/api/v1/me", "/api/v1/me/**"),

	/**
	 * Projects and their places: not personal, so every signed-in role but participants
	 * may read them. Who may change a project, and who may see the people in it, is
	 * decided project by project in the project module.
	 */
	PROJECTS("nav.projects", "/projects", allButParticipants(), "/projects/**", "/api/v1/projects/**"),

	/**
	 * Referrals and enrolments: counsellors for their team's people, project leads for
	 * their projects, partner organisations for their own referrals (decided record by
	 * record in the project module).
	 */
	ENROLMENTS("nav.enrolments", "/enrolments", EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.PARTNER),
			"/enrolments/**", "/api/v1/enrolments/**"),

	/**
	 * Work opportunities (§ 16d SGB II): the Jobcenter and counsellors assign people,
	 * instructors record what the work needs, the head of department and project leads
	 * set up workshops and their allowance rates. Which assignments each sees is decided
	 * record by record in the workshop module.
	 */
	WORKSHOPS("nav.workshops", "/workshops",
			EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.INSTRUCTOR, Role.CONTROLLING, Role.PARTNER),
			"/workshops/**", "/api/v1/workshops/**"),

	/**
	 * Employers, their offers and placements: the employer service for all of them, an
	 * employer account for its own employer (decided record by record in the employer and
	 * placement modules).
	 */
	EMPLOYERS("nav.employers", "/employers", EnumSet.of(Role.EMPLOYER_SERVICE, Role.EMPLOYER), "/employers/**",
			"/offers/**", "/placements/**", "/api/v1/employers/**", "/api/v1/offers/**", "/api/v1/placements/**"),

	/**
	 * Recognition of foreign qualifications with the plans of internship modules:
	 * counsellors and the employer service, for the people of their own unit (decided
	 * record by record in the recognition module).
	 */
	RECOGNITIONS("nav.recognitions", "/recognitions", EnumSet.of(Role.COUNSELLOR, Role.EMPLOYER_SERVICE),
			"/recognitions/**", "/api/v1/recognitions/**"),

	/**
	 * The award "Unternehmen mit Weitblick": the employer service and the dialogue's
	 * moderation run it, the head of department and partner organisations nominate and
	 * sit in the jury, an employer account sees its own employer's nominations (decided
	 * record by record in the award module). The showcase of the winners is public.
	 */
	AWARDS("nav.awards", "/awards",
			EnumSet.of(Role.EMPLOYER_SERVICE, Role.MODERATION, Role.CONTROLLING, Role.PARTNER, Role.EMPLOYER),
			"/awards/**", "/api/v1/awards/**"),

	/**
	 * Matching runs: counsellors, for their team's people (decided in the matching
	 * module).
	 */
	MATCHING("nav.matching", "/matching", EnumSet.of(Role.COUNSELLOR), "/matching/**", "/api/v1/matching/**"),

	/** The focus groups and their rules. */
	FOCUS_GROUPS("nav.focus-groups", "/focus-groups", staffAndPartners(), "/focus-groups/**",
			"/api/v1/focus-groups/**"),

	/** Organisational units and partner organisations. */
	ORGANISATION("nav.organisation", "/organisation/units", staffAndPartners(), "/organisation/**",
			"/api/v1/organisational-units/**", "/api/v1/partner-organisations/**"),

	/**
	 * Grants, budget lines and actuals: the head of department (before {@link #FUNDING},
	 * whose paths include these).
	 */
	GRANTS("nav.grants", "/funding/grants", EnumSet.of(Role.CONTROLLING), "/funding/grants/**", "/api/v1/funding/**"),

	/**
	 * Exports of the lists people work with: everybody who works with a list, each only
	 * their own exports (decided in the reporting module, which asks the list's module
	 * what the person may see). Before {@link #REPORTS}, whose paths include these.
	 */
	EXPORTS("nav.exports", "/reports/exports", allButParticipants(), "/reports/exports", "/reports/exports/**",
			"/api/v1/reports/exports", "/api/v1/reports/exports/**"),

	/**
	 * Funder reports and the dashboard of the head of department.
	 */
	REPORTS("nav.reports", "/reports/dashboard", EnumSet.of(Role.CONTROLLING), "/reports/**", "/api/v1/reports/**"),

	/** Funding programmes. */
	FUNDING("nav.funding", "/funding/programmes", staffAndPartners(), "/funding/**", "/api/v1/funding-programmes/**"),

	/**
	 * Planning and documenting the dialogue's editions, with the people invited, and
	 * administering the criteria of the ideas' review: the dialogue's moderation. Listed
	 * before {@link #DIALOGUE}, whose paths include these.
	 */
	DIALOGUE_PLANNING("nav.dialogue-planning", "/dialogue/manage/editions", EnumSet.of(Role.MODERATION),
			"/dialogue/manage/**", "/api/v1/dialogue/editions/*/invitations",
			"/api/v1/dialogue/editions/*/invitations/**", "/api/v1/dialogue/review-criteria",
			"/api/v1/dialogue/review-criteria/**"),

	/**
	 * The labour-market dialogue: its results are public, so every signed-in role may
	 * read them; what each may change of the ideas is decided in the dialogue module.
	 */
	DIALOGUE("nav.dialogue", "/dialogue/editions", allButParticipants(), "/dialogue/**", "/api/v1/dialogue-editions/**",
			"/api/v1/dialogue/**"),

	/**
	 * Defining the strategy goals and recording their figures: the head of department.
	 * The goals and their progress are public pages ({@code SecurityConfiguration}).
	 */
	STRATEGY("nav.strategy", "/strategy/manage/goals", EnumSet.of(Role.CONTROLLING), "/strategy/**",
			"/api/v1/strategy/**"),

	/**
	 * Writing, reviewing and publishing the news: the dialogue's moderation, the head of
	 * department and administrators; the published news are public.
	 */
	NEWS("nav.news", "/news/manage", EnumSet.of(Role.MODERATION, Role.CONTROLLING, Role.ADMINISTRATOR), "/news/manage",
			"/news/manage/**"),

	/**
	 * The local outbox of the embedded default: the mails sent without a mail server,
	 * with the addresses of people invited; the dialogue's moderation and administrators.
	 */
	OUTBOX("nav.outbox", "/outbox", EnumSet.of(Role.MODERATION, Role.ADMINISTRATOR), "/outbox", "/outbox/**"),

	/**
	 * The audit trail of personal data: the data protection officer and administrators
	 * search it, nobody can change it.
	 */
	AUDIT_TRAIL("nav.audit-trail", "/audit", EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR), "/audit/**",
			"/api/v1/audit-events/**", "/api/v1/audit-holds/**"),

	/** Everybody's own inbox of notifications. */
	NOTIFICATIONS("nav.notifications", "/notifications", allButParticipants(), "/notifications/**",
			"/api/v1/notifications/**"),

	/**
	 * The texts of the legal pages and the accessibility feedback: administrators only
	 * (the pages themselves are public).
	 */
	PUBLIC_PAGES("nav.public-pages", "/admin/legal", EnumSet.of(Role.ADMINISTRATOR), "/admin/legal/**",
			"/api/v1/accessibility-feedback/**"),
	/** API tokens of machine clients: administrators only. */
	API_TOKENS("nav.api-tokens", "/admin/api-tokens", EnumSet.of(Role.ADMINISTRATOR), "/admin/api-tokens/**",
			"/api/v1/api-tokens/**"),

	/** User accounts: administrators only. */
	ACCOUNTS("nav.accounts", "/admin/accounts", EnumSet.of(Role.ADMINISTRATOR), "/admin/**",
			"/api/v1/staff-accounts/**");

	private final String messageKey;

	private final String entryPath;

	private final Set<Role> roles;

	private final List<String> pathPatterns;

	AccessArea(String messageKey, String entryPath, Set<Role> roles, String... pathPatterns) {
		this.messageKey = messageKey;
		this.entryPath = entryPath;
		this.roles = Set.copyOf(roles);
		this.pathPatterns = List.of(pathPatterns);
	}

	/**
	 * Every role but participants, whose accounts reach only their own area.
	 */
	private static Set<Role> allButParticipants() {
		return EnumSet.complementOf(EnumSet.of(Role.PARTICIPANT));
	}

	private static Set<Role> staffAndPartners() {
		Set<Role> roles = EnumSet.copyOf(Role.STAFF);
		roles.add(Role.PARTNER);
		return roles;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String entryPath() {
		return this.entryPath;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public List<String> pathPatterns() {
		return this.pathPatterns;
	}

	String[] authorities() {
		return this.roles.stream().map(Role::authority).toArray(String[]::new);
	}

	/**
	 * @param authorities the signed-in person's authorities, must not be null
	 * @return whether any of them opens this area
	 */
	public boolean isOpenTo(Collection<String> authorities) {
		return this.roles.stream().map(Role::authority).anyMatch(authorities::contains);
	}

}
