/**
 * Employers (Arbeitgeber) inside and outside the city group with their contacts, sector
 * and chamber, and the offers they make: jobs, apprenticeship places, internships,
 * internship modules for recognition and "Handwerk live" taster slots.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.employer;
