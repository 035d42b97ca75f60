package de.weitblick.funding;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A programme that pays for projects, such as the Ausbildungs- und Qualifizierungsbudget
 * (AQB) of the Hessian ministry of social affairs.
 *
 * @param id never null
 * @param version optimistic-lock version
 * @param code a short, stable code such as {@code AQB}, never null
 * @param name never null
 * @param funder the body that pays, never null
 * @param kind never null
 * @param description may be null
 */
@Table("funding_programme")
public record FundingProgramme(@Id UUID id, @Version Integer version, String code, String name, String funder,
		FundingKind kind, String description) {

	/**
	 * @return the identifier other modules keep, never null
	 */
	public FundingProgrammeId programmeId() {
		return new FundingProgrammeId(this.id);
	}

}
