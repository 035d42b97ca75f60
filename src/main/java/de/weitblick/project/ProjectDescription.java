package de.weitblick.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * Everything that describes a project, as a form or an API client sends it.
 *
 * @param name never blank
 * @param shortName may be null
 * @param kind never null
 * @param status never null
 * @param description may be null
 * @param organisationalUnitId the unit that runs the project, never null
 * @param leadId the staff account of the project lead, may be null while none is named
 * @param startsOn never null
 * @param endsOn may be null for an open end
 * @param location may be null
 * @param targetFocusGroups whom the project is meant for, never null
 * @param eligibility who may take part, never null
 * @param partnerships operator, partners and funders with their roles, never null
 * @param fundingProgrammeIds the programmes that pay for it, never null
 * @param strategyGoals references to the strategy goals it serves, never null
 */
public record ProjectDescription(String name, String shortName, ProjectKind kind, ProjectStatus status,
		String description, UUID organisationalUnitId, UUID leadId, LocalDate startsOn, LocalDate endsOn,
		String location, Set<FocusGroupCode> targetFocusGroups, EligibilityRules eligibility,
		Set<ProjectPartnership> partnerships, Set<UUID> fundingProgrammeIds, List<String> strategyGoals) {

	public ProjectDescription {
		targetFocusGroups = Set.copyOf(targetFocusGroups);
		partnerships = Set.copyOf(partnerships);
		fundingProgrammeIds = Set.copyOf(fundingProgrammeIds);
		strategyGoals = List.copyOf(strategyGoals);
	}

}
