package de.weitblick.strategy;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A project that serves a goal, held by the project's identifier.
 *
 * @param projectId never null
 */
@Table("strategy_goal_project")
record GoalProject(UUID projectId) {

}
