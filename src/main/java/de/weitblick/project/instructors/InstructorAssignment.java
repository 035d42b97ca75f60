package de.weitblick.project.instructors;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An instructor (Fachanleitung) currently assigned to a project.
 *
 * @param instructorId the instructor's staff account, never null
 * @param displayName never null
 * @param assignedOn never null
 * @param assignedBy the user name of who assigned them, never null
 */
public record InstructorAssignment(UUID instructorId, String displayName, LocalDate assignedOn, String assignedBy) {

}
