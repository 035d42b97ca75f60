package de.weitblick.strategy;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A figure of a goal's indicator recorded by hand for one year.
 *
 * @param year the year the figure is about
 * @param value never null, not negative
 * @param source where the figure comes from (such as the Federal Employment Agency's
 * statistics), may be null
 */
@Table("strategy_goal_measurement")
public record GoalMeasurement(int year, BigDecimal value, String source) {

}
