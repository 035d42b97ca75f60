package de.weitblick.employer;

import java.util.UUID;

/**
 * An employer in a list.
 *
 * @param id never null
 * @param name never null
 * @param sectorCode never null
 * @param city may be null
 * @param cityGroup whether it belongs to the city group
 * @param chamber never null
 * @param openOffers offers that have not ended
 */
public record EmployerSummary(UUID id, String name, String sectorCode, String city, boolean cityGroup, Chamber chamber,
		int openOffers) {

}
