/**
 * What the office publishes (Öffentlichkeit): to start with, the pages a public authority
 * must publish (accessibility statement, privacy notice, legal notice) with their
 * history, and the feedback on accessibility barriers that anyone may send. News and
 * public pages of projects, the dialogue and the award are to follow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.publishing;
