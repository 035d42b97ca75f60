package de.weitblick.employer;

import java.util.UUID;

/**
 * An employer as the pages and the API show it.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param details never null
 * @param sectorTitle the title of the WZ 2008 division or section, never null
 */
public record Employer(UUID id, int version, EmployerDetails details, String sectorTitle) {

	/**
	 * @return the identifier other modules keep, never null
	 */
	public EmployerId employerId() {
		return new EmployerId(this.id);
	}

}
