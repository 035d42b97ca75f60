package de.weitblick.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internship modules for recognition that employers offer, for the module that plans
 * them: offers name no people, so the caller decides by its own rule who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ModuleHosts {

	private static final String COLUMNS = """
			SELECT o.id, o.employer_id, e.name, e.city_group, o.title, o.occupation, o.competence_area, o.weeks,
			       o.starts_on, o.ends_on, o.seats
			FROM offer o JOIN employer e ON e.id = o.employer_id
			WHERE o.kind = 'INTERNSHIP_MODULE'
			""";

	private final JdbcClient jdbc;

	ModuleHosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param day must not be null
	 * @return the internship modules not ended on that day, the earliest start first; at
	 * most 200, never null
	 */
	public List<ModuleOffer> openOn(LocalDate day) {
		return this.jdbc
			.sql(COLUMNS + " AND (o.ends_on IS NULL OR o.ends_on >= :day) "
					+ "ORDER BY o.starts_on, e.name, o.id LIMIT 200")
			.param("day", day)
			.query(ModuleHosts::moduleOffer)
			.list();
	}

	/**
	 * @param id must not be null
	 * @return the offer, or empty when there is no internship module with this identifier
	 */
	public Optional<ModuleOffer> moduleOffer(OfferId id) {
		return this.jdbc.sql(COLUMNS + " AND o.id = :id")
			.param("id", id.id())
			.query(ModuleHosts::moduleOffer)
			.optional();
	}

	private static ModuleOffer moduleOffer(ResultSet rs, int row) throws SQLException {
		return new ModuleOffer(new OfferId(rs.getObject("id", UUID.class)),
				new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("name"),
				rs.getBoolean("city_group"), rs.getString("title"), rs.getString("occupation"),
				rs.getString("competence_area"), rs.getInt("weeks"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("seats"));
	}

}
