/**
 * Participants (Teilnehmende): the case file with personal data, household, benefit
 * basis, focus groups, qualifications, constraints, health restrictions, plan,
 * appointments, notes and documents, and the Jobcenter's referrals and referral lists.
 * Every read and change is audited. The base package holds the API and the case file
 * core; each capability has a sub-package: {@code casefile} (access rules, the guard, the
 * case file page), {@code plan}, {@code appointment}, {@code journal}, {@code documents},
 * {@code health}, {@code merge}, {@code dataprotection} (subject access, retention,
 * erasure), {@code referralimport}, {@code portal} (the person's own area, Mein Bereich,
 * with the invitations into it) and {@code messages} (the thread between the team and the
 * person), each with its pages and API in its own {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "privacy" })
package de.weitblick.participant;
