package de.weitblick.participant.referralimport;

import java.util.UUID;

/**
 * Identifies an import of a referral list.
 *
 * @param id never null
 */
public record ReferralImportId(UUID id) {

}
