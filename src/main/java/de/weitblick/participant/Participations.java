package de.weitblick.participant;

import java.util.List;

/**
 * The projects and offers a person was or is in, told by the modules that hold them (the
 * project module for enrolments), so that the case file and the subject-access report
 * show them without the participant module depending on those modules. The participant
 * module checks access and audits; an implementation only reads.
 */
public interface Participations {

	/**
	 * Everything this module holds about the person's participations, in every state.
	 * @param participant must not be null
	 * @return the newest first, never null
	 */
	List<Participation> of(ParticipantId participant);

}
