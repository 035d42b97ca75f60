package de.weitblick.employer;

import java.util.List;

/**
 * What describes an employer.
 *
 * @param name never blank
 * @param legalForm such as GmbH or e. K., may be null
 * @param sectorCode a WZ 2008 code: a section letter (A–U) or a division, group, class or
 * subclass such as {@code 43.22.0}, never null
 * @param sizeClass never null
 * @param street may be null
 * @param postalCode may be null
 * @param city may be null
 * @param district the city district, may be null
 * @param cityGroup whether the employer belongs to the city group (Stadtkonzern)
 * @param chamber never null
 * @param publicNamingConsent whether the employer agreed to be named publicly
 * @param contacts never null
 */
public record EmployerDetails(String name, String legalForm, String sectorCode, SizeClass sizeClass, String street,
		String postalCode, String city, String district, boolean cityGroup, Chamber chamber,
		boolean publicNamingConsent, List<EmployerContact> contacts) {

	public EmployerDetails {
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
	}

}
