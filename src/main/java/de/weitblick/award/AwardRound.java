package de.weitblick.award;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An award round as lists and pages show it.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param editionId the dialogue edition the round belongs to, never null
 * @param editionTitle never null
 * @param year the year of the award
 * @param title never null
 * @param nominationsCloseOn the last day nominations are taken, never null
 * @param status never null
 * @param nominations how many employers are nominated
 */
public record AwardRound(UUID id, int version, UUID editionId, String editionTitle, int year, String title,
		LocalDate nominationsCloseOn, RoundStatus status, int nominations) {

}
