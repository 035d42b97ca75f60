/**
 * Funding programmes such as the Hessian AQB, ESF Plus, the municipal budget and
 * Jobcenter contracts, with their grants and budget lines (Förderung).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.funding;
