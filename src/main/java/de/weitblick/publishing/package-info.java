/**
 * What the office publishes (Öffentlichkeit): the pages a public authority must publish
 * (accessibility statement, privacy notice, legal notice) with their history, and the
 * feedback on accessibility barriers that anyone may send.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.publishing;
