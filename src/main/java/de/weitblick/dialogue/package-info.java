/**
 * The recurring labour-market dialogue (Arbeitsmarktdialog): its editions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.dialogue;
