package de.weitblick.project;

import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A focus group a project is meant for.
 *
 * @param focusGroupCode never null
 */
@Table("project_focus_group")
public record TargetFocusGroup(FocusGroupCode focusGroupCode) {

}
