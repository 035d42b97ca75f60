package de.weitblick.project;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A funding programme that pays for a project.
 *
 * @param fundingProgrammeId never null
 */
@Table("project_funding")
public record FundingReference(UUID fundingProgrammeId) {

}
