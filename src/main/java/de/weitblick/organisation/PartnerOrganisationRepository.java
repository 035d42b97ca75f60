package de.weitblick.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PartnerOrganisationRepository extends ListCrudRepository<PartnerOrganisation, UUID> {

	List<PartnerOrganisation> findAllByOrderByName();

}
