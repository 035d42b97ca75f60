package de.weitblick.participant.health;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The health restrictions recorded for a person, with the consent they rest on.
 *
 * @param consent whether the person consents to HEALTH_DATA today; without it nothing is
 * stored
 * @param restrictions never null; empty when nothing is recorded
 * @param maximumHoursPerDay may be null
 * @param note what else work and support must respect, in plain words and without
 * diagnoses; may be null
 * @param version the stored version for optimistic locking, null when nothing is stored
 * @param recordedBy may be null when nothing is stored
 * @param recordedAt may be null when nothing is stored
 */
public record HealthRestrictions(boolean consent, Set<HealthRestriction> restrictions, Integer maximumHoursPerDay,
		String note, Integer version, String recordedBy, Instant recordedAt) {

	public HealthRestrictions {
		restrictions = (restrictions != null) ? Set.copyOf(restrictions) : Set.of();
	}

	/**
	 * @return whether anything is stored
	 */
	public boolean isRecorded() {
		return this.version != null;
	}

	/**
	 * @return the restrictions in a stable order, never null
	 */
	public List<HealthRestriction> restrictionsInOrder() {
		return this.restrictions.stream().sorted().toList();
	}

}
