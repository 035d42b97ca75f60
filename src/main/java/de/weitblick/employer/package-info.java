/**
 * Employers (Arbeitgeber) inside and outside the city group with their contacts, sector
 * and chamber, and the offers they make: jobs, apprenticeship places, internships,
 * internship modules for recognition and "Handwerk live" taster slots. Reading the
 * contacts, who are people, is written to the privacy module's audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "privacy" })
package de.weitblick.employer;
