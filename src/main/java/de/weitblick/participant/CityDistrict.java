package de.weitblick.participant;

/**
 * A district of the city (Stadtteil).
 *
 * @param code never null
 * @param name never null
 */
public record CityDistrict(String code, String name) {

}
