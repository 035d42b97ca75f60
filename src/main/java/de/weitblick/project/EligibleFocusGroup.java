package de.weitblick.project;

import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A focus group that admits a person to a project.
 *
 * @param focusGroupCode never null
 */
@Table("project_eligible_focus_group")
record EligibleFocusGroup(FocusGroupCode focusGroupCode) {

}
