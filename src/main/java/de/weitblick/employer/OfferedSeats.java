package de.weitblick.employer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats employers offered, the part of their engagement records that their offers
 * make. Offers name no people, so the caller decides by its own rule who may see them.
 */
@Service
@Transactional(readOnly = true)
public class OfferedSeats {

	private final JdbcClient jdbc;

	OfferedSeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an employer offered year by year: the part of the engagement record that its
	 * offers make.
	 * @param employer must not be null
	 * @param fromYear first year
	 * @param toYear last year, not before the first
	 * @return one row per year in order, never null
	 */
	public List<OfferYear> offerYears(EmployerId employer, int fromYear, int toYear) {
		Map<Integer, OfferYear> years = new LinkedHashMap<>();
		for (int year = fromYear; year <= toYear; year++) {
			years.put(year, new OfferYear(year, 0, 0, 0, 0));
		}
		this.jdbc.sql("""
				SELECT CAST(extract(YEAR FROM starts_on) AS integer) AS year,
				       sum(seats) FILTER (WHERE kind = 'INTERNSHIP') AS internship_seats,
				       sum(seats) FILTER (WHERE kind = 'INTERNSHIP_MODULE') AS module_seats,
				       sum(seats) FILTER (WHERE kind = 'TASTER_SLOT') AS taster_seats,
				       sum(seats) FILTER (WHERE kind IN ('JOB', 'APPRENTICESHIP')) AS hire_seats
				FROM offer
				WHERE employer_id = :employer AND starts_on >= :from AND starts_on < :until
				GROUP BY 1
				""")
			.param("employer", employer.id())
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> years.put(rs.getInt("year"),
					new OfferYear(rs.getInt("year"), rs.getInt("internship_seats"), rs.getInt("module_seats"),
							rs.getInt("taster_seats"), rs.getInt("hire_seats"))))
			.list();
		return List.copyOf(years.values());
	}

	/**
	 * What several employers offered over whole years, in one read: the part of their
	 * engagement records that their offers make.
	 * @param employers must not be null
	 * @param fromYear first year
	 * @param toYear last year, not before the first
	 * @return the sums over the period by employer; employers without offers in it are
	 * left out; never null
	 */
	public Map<EmployerId, OfferYear> offerTotals(Collection<EmployerId> employers, int fromYear, int toYear) {
		Map<EmployerId, OfferYear> totals = new LinkedHashMap<>();
		if (employers.isEmpty()) {
			return totals;
		}
		this.jdbc.sql("""
				SELECT employer_id,
				       sum(seats) FILTER (WHERE kind = 'INTERNSHIP') AS internship_seats,
				       sum(seats) FILTER (WHERE kind = 'INTERNSHIP_MODULE') AS module_seats,
				       sum(seats) FILTER (WHERE kind = 'TASTER_SLOT') AS taster_seats,
				       sum(seats) FILTER (WHERE kind IN ('JOB', 'APPRENTICESHIP')) AS hire_seats
				FROM offer
				WHERE employer_id = ANY(CAST(:employers AS uuid[])) AND starts_on >= :from AND starts_on < :until
				GROUP BY employer_id
				""")
			.param("employers", employers.stream().map(EmployerId::id).toArray(UUID[]::new))
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> totals.put(new EmployerId(rs.getObject("employer_id", UUID.class)),
					new OfferYear(0, rs.getInt("internship_seats"), rs.getInt("module_seats"),
							rs.getInt("taster_seats"), rs.getInt("hire_seats"))))
			.list();
		return totals;
	}

}
