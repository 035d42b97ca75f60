/**
 * Technical foundation without domain rules: security, the embedded database, layout and
 * navigation, error pages and problem details, internationalisation. It may use every
 * module; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule
package de.weitblick.infrastructure;
