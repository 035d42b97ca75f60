/**
 * Participants (Teilnehmende): the case file with personal data, household, benefit
 * basis, focus groups, qualifications, constraints, health restrictions, plan,
 * appointments, notes and documents, and the Jobcenter's referrals and referral lists.
 * Every read and change is audited. The base package holds the API and the case file
 * core; the referral import is in the sub-package {@code referralimport}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "privacy" })
package de.weitblick.participant;
