package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by the modules that keep people's records, so that the data protection
 * officer finds a person by name and date of birth without this module knowing their
 * records. An implementation reads only what {@link DataSubject} holds and writes nothing
 * to the audit trail: {@link DataSubjectLookup} does.
 */
public interface DataSubjects {

	/**
	 * @param name part of the name, typed by a person; never blank
	 * @param birthDate never null
	 * @return the people with that birth date and a name like this, at most 50; never
	 * null
	 */
	List<DataSubject> find(String name, LocalDate birthDate);

}
