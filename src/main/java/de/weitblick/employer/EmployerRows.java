package de.weitblick.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How an employer's details are stored in and read from its row.
 */
final class EmployerRows {

	static final String EMPLOYER_COLUMNS = """
			e.id, e.version, e.name, e.legal_form, e.sector_code, e.size_class, e.street, e.postal_code, e.city,
			e.district, e.city_group, e.chamber, e.public_naming_consent""";

	private EmployerRows() {
	}

	static MapSqlParameterSource parameters(UUID id, EmployerDetails details) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("name", details.name())
			.addValue("searchName", EmployerTexts.searchName(details.name()))
			.addValue("legalForm", details.legalForm())
			.addValue("sector", details.sectorCode())
			.addValue("size", details.sizeClass().name())
			.addValue("street", details.street())
			.addValue("postalCode", details.postalCode())
			.addValue("city", details.city())
			.addValue("district", details.district())
			.addValue("cityGroup", details.cityGroup())
			.addValue("chamber", details.chamber().name())
			.addValue("consent", details.publicNamingConsent());
	}

	static EmployerDetails details(ResultSet rs, List<EmployerContact> contacts) throws SQLException {
		return new EmployerDetails(rs.getString("name"), rs.getString("legal_form"), rs.getString("sector_code"),
				SizeClass.valueOf(rs.getString("size_class")), rs.getString("street"), rs.getString("postal_code"),
				rs.getString("city"), rs.getString("district"), rs.getBoolean("city_group"),
				Chamber.valueOf(rs.getString("chamber")), rs.getBoolean("public_naming_consent"), contacts);
	}

	static EmployerDetails withContacts(EmployerDetails details, List<EmployerContact> contacts) {
		return new EmployerDetails(details.name(), details.legalForm(), details.sectorCode(), details.sizeClass(),
				details.street(), details.postalCode(), details.city(), details.district(), details.cityGroup(),
				details.chamber(), details.publicNamingConsent(), contacts);
	}

}
