package de.weitblick.participant;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a person came through a referral list of the Jobcenter.
 *
 * @param customerNumber the Jobcenter's customer number (§ 51a SGB II), never null
 * @param referredOn the day of the referral, may be null
 * @param recordedAt when the referral was imported, never null
 */
public record JobcenterReferral(String customerNumber, LocalDate referredOn, Instant recordedAt) {

}
