package de.weitblick.participant;

import java.util.List;

/**
 * A registration was refused because people with the same birth date and a similar name
 * are registered already; nothing was registered. Confirming that the person is new
 * registers them anyway.
 */
public class PossibleDuplicatesFound extends RuntimeException {

	private final transient List<PossibleDuplicate> duplicates;

	PossibleDuplicatesFound(List<PossibleDuplicate> duplicates) {
		super("Possible duplicates are registered already");
		this.duplicates = List.copyOf(duplicates);
	}

	/**
	 * @return never empty; only the cases the viewer may see carry names
	 */
	public List<PossibleDuplicate> duplicates() {
		return this.duplicates;
	}

}
