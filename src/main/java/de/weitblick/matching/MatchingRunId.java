package de.weitblick.matching;

import java.util.UUID;

/**
 * Identifies a matching run.
 *
 * @param id never null
 */
public record MatchingRunId(UUID id) {

}
