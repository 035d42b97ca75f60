package de.weitblick.organisation;

import java.util.UUID;

/**
 * A signed-in member of staff as other modules need to know them: to decide what they may
 * see and to name them as responsible.
 *
 * @param id the account's identifier, never null
 * @param username never null
 * @param displayName never null
 * @param role never null
 * @param unitId the organisational unit the person works in, or null for partners and
 * employers
 */
public record StaffMember(UUID id, String username, String displayName, Role role, UUID unitId) {

}
