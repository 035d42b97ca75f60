/**
 * Funding programmes such as the Hessian AQB, ESF Plus, the municipal budget and
 * Jobcenter contracts, their grants to projects with budget lines, planned and actual
 * amounts per month and the funder's reporting dates (Förderung). Holds projects by their
 * identifier only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.funding;
