package de.weitblick.workshop;

import java.util.List;

/**
 * What the page of an assignment shows the viewer.
 *
 * @param assignment never null
 * @param skills the catalogue's skills that can be recorded, never null
 * @param mayStatements whether the viewer reads allowance statements (not instructors)
 */
public record AssignmentPage(AssignmentView assignment, List<Skill> skills, boolean mayStatements) {

}
