package de.weitblick.dialogue.idea;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.weitblick.strategy.StrategyGoal;
import de.weitblick.strategy.StrategyManagement;

import org.springframework.stereotype.Component;

/**
 * The dialogue's one call into the strategy module: the goals an idea may serve.
 */
@Component
class ServedGoals {

	private final StrategyManagement strategy;

	ServedGoals(StrategyManagement strategy) {
		this.strategy = strategy;
	}

	/**
	 * @return every goal's title by its identifier, by title
	 */
	Map<UUID, String> all() {
		Map<UUID, String> goals = new LinkedHashMap<>();
		for (StrategyGoal goal : this.strategy.goals()) {
			goals.put(goal.id().id(), goal.title());
		}
		return goals;
	}

}
