package de.weitblick.project.outcome;

import de.weitblick.project.OutcomeKind;

/**
 * The outcome entered on leaving.
 *
 * @param kind must not be null and possible on exit
 * @param jobSearching whether the person searches for work
 * @param qualificationGained whether the person gained a qualification in the project
 * @param note may be null
 */
public record ExitOutcome(OutcomeKind kind, boolean jobSearching, boolean qualificationGained, String note) {
}
