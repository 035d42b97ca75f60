/**
 * The recurring labour-market dialogue (Arbeitsmarktdialog): its editions, and the ideas
 * (Projektansätze) of the public and the stakeholders from submission through review to
 * the project they became.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "project", "strategy" })
package de.weitblick.dialogue;
