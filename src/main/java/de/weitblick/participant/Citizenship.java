package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizenship a person holds.
 *
 * @param countryCode ISO 3166-1 alpha-2 code such as "DE", never null
 */
@Table("participant_citizenship")
public record Citizenship(String countryCode) {

}
