package de.weitblick.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation outside the office that works with it: the Jobcenter, an education
 * provider, the chamber of crafts, a school.
 *
 * @param id never null
 * @param version optimistic-lock version
 * @param name never null
 * @param kind never null
 * @param street may be null
 * @param postalCode may be null
 * @param city may be null
 * @param description may be null
 */
@Table("partner_organisation")
public record PartnerOrganisation(@Id UUID id, @Version Integer version, String name, PartnerKind kind, String street,
		String postalCode, String city, String description) {

	/**
	 * @return the identifier other modules keep, never null
	 */
	public PartnerOrganisationId partnerId() {
		return new PartnerOrganisationId(this.id);
	}

}
