/**
 * Social-data protection (Datenschutz): the append-only audit trail of every read and
 * change of personal data, consent per purpose, retention and erasure, and subject
 * access.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package de.weitblick.privacy;
