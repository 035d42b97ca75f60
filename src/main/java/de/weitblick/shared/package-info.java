/**
 * Small value types that every module uses (gemeinsame Werttypen). Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.weitblick.shared;
