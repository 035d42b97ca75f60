package de.weitblick.project.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgramme;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnit;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.PartnerOrganisation;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.CapacityChange;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.Project;

/**
 * A project with the names of what it refers to in other modules, ready for the page and
 * the API.
 *
 * @param project never null
 * @param unit may be null when the unit is gone
 * @param lead the project lead, or null when none is named
 * @param partners ordered by role and name, never null
 * @param funding ordered by name, never null
 * @param places the periods in calendar order with the change to the period before, never
 * null
 */
public record ProjectView(Project project, OrganisationalUnit unit, StaffMember lead, List<Partner> partners,
		List<FundingProgramme> funding, List<Places> places) {

	public static ProjectView of(Project project, List<PlacePeriod> periods, List<CapacityChange> changes,
			Map<UUID, Integer> waiting, OrganisationManagement organisation, FundingManagement fundingManagement) {
		Map<PartnerOrganisationId, PartnerOrganisation> partnersById = organisation.partners(project.partnerships()
			.stream()
			.map(partnership -> new PartnerOrganisationId(partnership.partnerOrganisationId()))
			.toList());
		List<Partner> partners = project.partnerships()
			.stream()
			.map(partnership -> new Partner(partnership.partnerOrganisationId(),
					partnersById.get(new PartnerOrganisationId(partnership.partnerOrganisationId())),
					partnership.role()))
			.filter(partner -> partner.organisation() != null)
			.sorted(Comparator.comparing(Partner::role).thenComparing(partner -> partner.organisation().name()))
			.toList();
		List<FundingProgramme> funding = fundingManagement
			.programmes(project.funding()
				.stream()
				.map(reference -> new FundingProgrammeId(reference.fundingProgrammeId()))
				.toList())
			.values()
			.stream()
			.sorted(Comparator.comparing(FundingProgramme::name))
			.toList();
		OrganisationalUnit unit = organisation.unit(new OrganisationalUnitId(project.organisationalUnitId()))
			.orElse(null);
		StaffMember lead = (project.leadId() != null) ? organisation.staffMember(project.leadId()).orElse(null) : null;
		return new ProjectView(project, unit, lead, partners, funding, places(periods, changes, waiting));
	}

	private static List<Places> places(List<PlacePeriod> periods, List<CapacityChange> changes,
			Map<UUID, Integer> waiting) {
		List<Places> places = new ArrayList<>();
		PlacePeriod previous = null;
		for (PlacePeriod period : periods) {
			Integer changePercent = null;
			if (previous != null && previous.places() > 0 && previous.places() != period.places()) {
				changePercent = Math.round((period.places() - previous.places()) * 100f / previous.places());
			}
			places.add(new Places(period, changePercent,
					changes.stream().filter(change -> change.placePeriodId().equals(period.id())).toList(),
					waiting.getOrDefault(period.id(), 0)));
			previous = period;
		}
		return places;
	}

	/**
	 * @param id never null
	 * @param organisation never null
	 * @param role never null
	 */
	public record Partner(UUID id, PartnerOrganisation organisation, PartnerRole role) {
	}

	/**
	 * @param period never null
	 * @param changePercent the change against the period before in whole percent, or null
	 * when unchanged or there is none before
	 * @param changes the changes of the period's capacity, the earliest first; never null
	 * @param waiting how many people wait for a place in the period
	 */
	public record Places(PlacePeriod period, Integer changePercent, List<CapacityChange> changes, int waiting) {
	}

}
