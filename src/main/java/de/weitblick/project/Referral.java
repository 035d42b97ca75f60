package de.weitblick.project;

import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupMembership;

/**
 * What the aggregate keeps of an eligible referral.
 */
record Referral(UUID projectId, UUID placePeriodId, UUID participantId, String referredBy, String referredByRole,
		UUID referringPartnerId, UUID responsibleUnitId, UUID counsellorId, List<FocusGroupMembership> focusGroups,
		String note) {

}
