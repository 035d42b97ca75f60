package de.weitblick.funding;

import java.util.List;

import de.weitblick.shared.RuleViolation.Reason;

/**
 * What an import of actuals stored.
 *
 * @param rows the booking rows read
 * @param months the months of budget lines whose actual was set
 * @param warnings what the person should read, such as a line spent beyond its plan;
 * never null
 */
public record ActualsImported(int rows, int months, List<Reason> warnings) {

}
