package de.weitblick.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationalUnitRepository extends ListCrudRepository<OrganisationalUnit, UUID> {

	List<OrganisationalUnit> findAllByOrderByCode();

}
