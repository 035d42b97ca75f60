package de.weitblick.organisation;

import java.util.UUID;

/**
 * What an administrator enters about an organisational unit.
 *
 * @param code the administration's unit number, such as 505 or 505.2; required
 * @param name required
 * @param parentId the unit this one belongs to, or null for a top-level unit
 * @param description may be null
 */
public record UnitDescription(String code, String name, UUID parentId, String description) {

}
