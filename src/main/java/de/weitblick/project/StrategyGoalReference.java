package de.weitblick.project;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A strategy goal the project serves, named by a free reference such as "Eckpunkt 3:
 * Übergang Schule–Beruf" until goals are records of their own.
 *
 * @param reference never blank
 */
@Table("project_strategy_goal")
record StrategyGoalReference(String reference) {

}
