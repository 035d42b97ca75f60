/**
 * The recurring labour-market dialogue (Arbeitsmarktdialog): its editions with their
 * agenda, tables per focus group, invitations by e-mail, registration and attendance, and
 * the minutes with their attachments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "focusgroup" })
package de.weitblick.dialogue;
