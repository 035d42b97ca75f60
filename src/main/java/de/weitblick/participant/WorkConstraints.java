package de.weitblick.participant;

import java.util.Set;

/**
 * What a placement must fit: when the person can work alongside childcare, and how they
 * get there. Health restrictions are not here: they are a special category of data with
 * their own consent and permission ({@link HealthRestrictions}).
 *
 * @param availability the time windows per weekday, never null; empty when not recorded
 * @param drivingLicences never null
 * @param ownVehicle whether a vehicle of their own is available, null when not stated
 * @param usesPublicTransport whether public transport is an option, null when not stated
 * @param maximumCommuteMinutes the longest acceptable way to work, one way, null when not
 * stated
 */
public record WorkConstraints(Set<AvailabilityWindow> availability, Set<DrivingLicenceClass> drivingLicences,
		Boolean ownVehicle, Boolean usesPublicTransport, Integer maximumCommuteMinutes) {

	/** Nothing recorded. */
	public static final WorkConstraints NONE = new WorkConstraints(Set.of(), Set.of(), null, null, null);

	public WorkConstraints {
		availability = (availability != null) ? Set.copyOf(availability) : Set.of();
		drivingLicences = (drivingLicences != null) ? Set.copyOf(drivingLicences) : Set.of();
	}

	/**
	 * @return the windows ordered by weekday and time, never null
	 */
	public java.util.List<AvailabilityWindow> availabilityInOrder() {
		return this.availability.stream()
			.sorted(java.util.Comparator.comparing(AvailabilityWindow::dayOfWeek)
				.thenComparing(AvailabilityWindow::fromTime))
			.toList();
	}

	/**
	 * @return the licence classes in their legal order, never null
	 */
	public java.util.List<DrivingLicenceClass> drivingLicencesInOrder() {
		return this.drivingLicences.stream().sorted().toList();
	}

}
