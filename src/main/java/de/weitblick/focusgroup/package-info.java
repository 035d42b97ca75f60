/**
 * The focus groups of the labour-market strategy and their dated rules (Fokusgruppen):
 * young people, people with a migration history, (single-parent) women, the long-term
 * unemployed and people entitled to SGB XII benefits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.focusgroup;
