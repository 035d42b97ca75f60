/**
 * Work opportunities under § 16d SGB II (Arbeitsgelegenheiten): workshops linked to their
 * project, with tasks, places and allowance rates; the Jobcenter's assignments of people
 * with the legal limits checked, their hours from the project's attendance, absences,
 * skills gained and the next step, the allowance statements and the Jobcenter's monthly
 * list. Every read and change of a person's assignment is audited.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organisation", "privacy", "participant", "project" })
package de.weitblick.workshop;
