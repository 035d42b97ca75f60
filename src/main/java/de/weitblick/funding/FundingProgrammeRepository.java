package de.weitblick.funding;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FundingProgrammeRepository extends ListCrudRepository<FundingProgramme, UUID> {

	List<FundingProgramme> findAllByOrderByName();

}
