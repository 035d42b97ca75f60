package de.weitblick.participant.portal.projects;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project the person was offered, takes part in, waits for or was in, as the person
 * sees it: its name, the state in plain words and what to do next. What the team wrote
 * about it stays with the team.
 *
 * @param id the participation's identifier, never null
 * @param project the project's name, never null
 * @param period the period of places, may be null
 * @param status the state as a code, such as {@code OFFERED}; never null
 * @param statusKey message key of the state's name, never null
 * @param current whether the person waits for, was offered or takes part in it
 * @param offeredOn may be null
 * @param startedOn may be null
 * @param endedOn may be null
 * @param nextStep what to do next (or what happened), in plain words in the reader's
 * language; never null
 */
public record OwnProject(UUID id, String project, String period, String status, String statusKey, boolean current,
		LocalDate offeredOn, LocalDate startedOn, LocalDate endedOn, String nextStep) {

}
