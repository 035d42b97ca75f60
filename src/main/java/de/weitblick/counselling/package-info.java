/**
 * Counselling day (Beratungsalltag): the counsellor's start page for the day. It gathers
 * what the own caseload asks of today and this week from the modules that hold it: the
 * appointments, due and overdue steps, new cases and referral lists (participant), places
 * offered and waiting lists (project), follow-ups of hires (placement) and unread
 * messages from the people themselves (participant, when that capability is present).
 * Each module answers with one set-based query for the whole caseload; this module
 * decides access once and audits the people shown once.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organisation", "privacy", "participant", "project", "placement" })
package de.weitblick.counselling;
