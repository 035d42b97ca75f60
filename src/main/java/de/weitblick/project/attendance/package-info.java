/**
 * Attendance of the people taking part in a project, day by day: the sheets a project's
 * lead or instructor records and the rates computed from them. Named as an interface of
 * the project module for the export of attendance lists.
 */
@org.springframework.modulith.NamedInterface("attendance")
package de.weitblick.project.attendance;
