package de.weitblick.project;

import java.time.LocalDate;
import java.util.List;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * One line of the project list.
 *
 * @param id never null
 * @param name never null
 * @param shortName may be null
 * @param kind never null
 * @param status never null
 * @param startsOn never null
 * @param endsOn may be null
 * @param currentPlaces places in the period running on the day asked for, or null when
 * none is planned then
 * @param targetFocusGroups never null
 */
public record ProjectSummary(ProjectId id, String name, String shortName, ProjectKind kind, ProjectStatus status,
		LocalDate startsOn, LocalDate endsOn, Integer currentPlaces, List<FocusGroupCode> targetFocusGroups) {

}
