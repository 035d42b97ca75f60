package de.weitblick.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StrategyGoalRepository extends ListCrudRepository<StrategyGoal, UUID> {

	List<StrategyGoal> findAllByOrderByTitle();

}
