package de.weitblick.workshop;

import java.util.List;

/**
 * What the page of a workshop shows the viewer.
 *
 * @param workshop never null
 * @param assignments the assignments the viewer may see, never null
 * @param mayAssign whether the viewer assigns people and reads the monthly list
 * @param limits the limits in force, never null
 */
public record WorkshopPage(Workshop workshop, List<AssignmentView> assignments, boolean mayAssign,
		AssignmentLimits limits) {

}
