package de.weitblick.funding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module's facade.
 */
@Service
@Transactional(readOnly = true)
public class FundingManagement {

	private final FundingProgrammeRepository programmes;

	FundingManagement(FundingProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	/**
	 * @return all funding programmes ordered by name, never null
	 */
	public List<FundingProgramme> programmes() {
		return this.programmes.findAllByOrderByName();
	}

	/**
	 * @param id must not be null
	 * @return the programme, or empty when none has this identifier
	 */
	public Optional<FundingProgramme> programme(FundingProgrammeId id) {
		return this.programmes.findById(id.id());
	}

	/**
	 * @param ids must not be null
	 * @return the programmes found, by identifier; never null
	 */
	public Map<FundingProgrammeId, FundingProgramme> programmes(Collection<FundingProgrammeId> ids) {
		return this.programmes.findAllById(ids.stream().map(FundingProgrammeId::id).toList())
			.stream()
			.collect(Collectors.toMap(FundingProgramme::programmeId, Function.identity()));
	}

}
