package de.weitblick.award;

import java.util.UUID;

/**
 * A member of a round's jury.
 *
 * @param accountId the juror's account, never null
 * @param name never null
 * @param scored how many nominations the juror has scored
 */
public record Juror(UUID accountId, String name, int scored) {

}
