package de.weitblick.project;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner organisation's part in a project.
 *
 * @param partnerOrganisationId never null
 * @param role never null
 */
@Table("project_partner")
public record ProjectPartnership(UUID partnerOrganisationId, PartnerRole role) {

}
