/**
 * Organisational units and teams, staff accounts with their roles, sign-in and API
 * tokens, the staff inbox, and partner organisations such as the Jobcenter, education
 * providers, the chamber of crafts and schools (Organisation).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.organisation;
