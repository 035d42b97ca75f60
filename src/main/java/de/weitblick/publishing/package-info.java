/**
 * What the office publishes (Öffentlichkeit): the pages a public authority must publish
 * (accessibility statement, privacy notice, legal notice) with their history, and the
 * feedback on accessibility barriers that anyone may send; the news (Pressemeldungen)
 * with their images and media credits, reviewed by a second person before they are
 * published, and their Atom feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.publishing;
