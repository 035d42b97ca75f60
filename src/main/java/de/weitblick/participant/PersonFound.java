package de.weitblick.participant;

import java.time.LocalDate;

/**
 * A person found in the viewer's own team by name or date of birth: only what tells two
 * people apart.
 *
 * @param id never null
 * @param name "family name, given names", never null
 * @param birthDate never null
 */
public record PersonFound(ParticipantId id, String name, LocalDate birthDate) {

}
