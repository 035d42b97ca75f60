/**
 * The recurring labour-market dialogue (Arbeitsmarktdialog): its editions and, in time,
 * the ideas, reviews and decisions that come out of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.dialogue;
