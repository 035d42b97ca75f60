package de.weitblick.project;

import de.weitblick.participant.BenefitBasis;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A benefit basis that admits a person to a project.
 *
 * @param benefitBasis never null
 */
@Table("project_benefit_basis")
record AdmittedBenefitBasis(BenefitBasis benefitBasis) {

}
