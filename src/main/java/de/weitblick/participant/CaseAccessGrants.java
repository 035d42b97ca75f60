package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.weitblick.organisation.StaffMember;

/**
 * Who else may see a case file, and how much of it: implemented by modules whose work
 * with a person needs the case file (the project module for project leads and
 * instructors), so that the participant module asks them without depending on them. The
 * participant module applies the grants to every read and list, audits every read with
 * the grant's purpose, and refuses (and audits) everything else. Both methods must apply
 * the same rule, so that a list never shows a case that cannot be opened and the other
 * way round.
 */
public interface CaseAccessGrants {

	/**
	 * The grants a viewer holds on one person's case file on a day.
	 * @param participant must not be null
	 * @param viewer must not be null
	 * @param day must not be null
	 * @return never null; empty when this module grants nothing
	 */
	List<CaseGrant> grantsOn(ParticipantId participant, StaffMember viewer, LocalDate day);

	/**
	 * Every case file a viewer holds a grant on, on a day: the list of the viewer's
	 * people.
	 * @param viewer must not be null
	 * @param day must not be null
	 * @return the grants by person, never null
	 */
	Map<ParticipantId, List<CaseGrant>> grantsTo(StaffMember viewer, LocalDate day);

}
