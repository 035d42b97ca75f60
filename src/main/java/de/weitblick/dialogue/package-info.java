/**
 * The recurring labour-market dialogue (Arbeitsmarktdialog): its editions with their
 * agenda, tables per focus group, invitations by e-mail, registration, attendance and
 * minutes, and the ideas (Projektansätze) of the public and the stakeholders from
 * submission through review to the project they became.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "project", "strategy" })
package de.weitblick.dialogue;
