package de.weitblick.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who takes the people a partner organisation registers: by a referral naming a customer
 * number unknown to the office, or by uploading a referral list.
 *
 * @param counsellor the user name of the counsellor who takes them, in whose team they
 * are registered (a list's row may name another counsellor of that team); empty: partners
 * refer only people on record and upload no lists
 */
@ConfigurationProperties("weitblick.partner-referrals")
record PartnerReferralSettings(String counsellor) {

}
