package de.weitblick.funding;

import java.util.Map;
import java.util.UUID;

/**
 * The names of the projects a grant may go to. The funding module holds projects by their
 * identifier only; a module that knows the projects provides this.
 */
public interface ProjectDirectory {

	/**
	 * @return the projects' names by identifier, ordered by name; never null
	 */
	Map<UUID, String> projectNames();

}
