package de.weitblick.award;

import java.util.UUID;

/**
 * A criterion the jury scores each nomination against, from 0 to 10.
 *
 * @param id never null
 * @param name never null
 * @param weight how much it counts, 1 to 10
 */
public record Criterion(UUID id, String name, int weight) {

}
