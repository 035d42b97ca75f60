package de.weitblick.organisation;

import java.util.UUID;

/**
 * What an administrator sets on a staff account, apart from its user name and password.
 *
 * @param displayName the name shown to others, must not be blank
 * @param email where notifications are copied to, or null
 * @param role must not be null
 * @param organisationalUnitId the team or unit, required for counsellors, or null
 * @param partnerOrganisationId the partner organisation, required for partner accounts
 * and only for them, or null
 */
public record StaffAccountDetails(String displayName, String email, Role role, UUID organisationalUnitId,
		UUID partnerOrganisationId) {

}
