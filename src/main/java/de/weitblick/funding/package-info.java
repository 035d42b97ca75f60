/**
 * Funding programmes such as the Hessian AQB, ESF Plus, the municipal budget and
 * Jobcenter contracts (Förderung).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.funding;
