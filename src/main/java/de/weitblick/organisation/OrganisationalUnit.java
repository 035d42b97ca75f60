package de.weitblick.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit of the city administration, such as the Sozialamt (50) or its Kommunale
 * Arbeitsförderung (505).
 *
 * @param id never null
 * @param version optimistic-lock version
 * @param code the administration's unit number, never null
 * @param name never null
 * @param parentId the unit this one belongs to, or null for a top-level unit
 * @param description may be null
 */
@Table("organisational_unit")
public record OrganisationalUnit(@Id UUID id, @Version Integer version, String code, String name, UUID parentId,
		String description) {

	/**
	 * @return the identifier other modules keep, never null
	 */
	public OrganisationalUnitId unitId() {
		return new OrganisationalUnitId(this.id);
	}

}
