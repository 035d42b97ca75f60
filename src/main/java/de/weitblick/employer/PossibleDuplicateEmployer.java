package de.weitblick.employer;

import java.util.UUID;

/**
 * An employer already known under a similar name.
 *
 * @param id never null
 * @param name never null
 * @param city may be null
 */
public record PossibleDuplicateEmployer(UUID id, String name, String city) {

}
