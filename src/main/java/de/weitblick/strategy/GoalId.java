package de.weitblick.strategy;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a strategy goal; other modules hold a goal by this identifier.
 *
 * @param id never null
 */
public record GoalId(UUID id) {

	public GoalId {
		Objects.requireNonNull(id, "id must not be null");
	}

	/**
	 * @param id a goal's identifier as text, must not be null
	 * @return never null
	 * @throws IllegalArgumentException when the text is no identifier
	 */
	public static GoalId of(String id) {
		return new GoalId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return this.id.toString();
	}

}
