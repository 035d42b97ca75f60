package de.weitblick.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OfferYear;
import de.weitblick.employer.OfferedSeats;
import de.weitblick.employer.RecognitionModulesHosted;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What employers did for the focus groups, computed from their offers, placements and the
 * modules of recognition plans they hosted: an employer's engagement record and its page,
 * and the sums of many employers at once. An employer account reads its own employer's
 * record, which names nobody.
 */
@Service
@Transactional(readOnly = true)
public class EngagementRecords {

	private final JdbcClient jdbc;

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final ObjectProvider<RecognitionModulesHosted> modulesHosted;

	private final PlacementManagement placements;

	private final OfferedSeats offeredSeats;

	private final Clock clock;

	EngagementRecords(JdbcClient jdbc, EmployerManagement employers, OfferManagement offerManagement,
			ObjectProvider<RecognitionModulesHosted> modulesHosted, PlacementManagement placements,
			OfferedSeats offeredSeats, Clock clock) {
		this.offeredSeats = offeredSeats;
		this.jdbc = jdbc;
		this.employers = employers;
		this.offerManagement = offerManagement;
		this.modulesHosted = modulesHosted;
		this.placements = placements;
		this.clock = clock;
	}

	/**
	 * An employer's engagement record over whole years, computed from its offers and
	 * placements.
	 * @param employer must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return never null
	 * @throws RuleViolation when the years are out of order or span more than 20 years
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	public EngagementRecord engagement(EmployerId employer, int fromYear, int toYear, StaffMember viewer) {
		if (!this.employers.mayRead(employer, viewer)) {
			throw new AccessDeniedException("May not read employer " + employer.id());
		}
		if (toYear < fromYear || toYear - fromYear > 19 || fromYear < 1990 || toYear > 2100) {
			throw new RuleViolation("fromYear", "placement.rule.engagement-years");
		}
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		LocalDate until = LocalDate.of(toYear + 1, 1, 1);
		Map<Integer, int[]> placed = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT CAST(extract(YEAR FROM started_on) AS integer) AS year,
				       count(*) AS started,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')) AS hires,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP') AND (still_employed
				         OR (still_employed IS NULL AND started_on + INTERVAL '6 months' <= :today
				             AND (ended_on IS NULL OR ended_on >= started_on + INTERVAL '6 months')))) AS lasting,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')
				         AND field IN ('CARE', 'HOME_ECONOMICS', 'EDUCATION')) AS social_economy
				FROM placement
				WHERE employer_id = :employer AND started_on >= :from AND started_on < :until
				GROUP BY 1
				""")
			.param("employer", employer.id())
			.param("today", today())
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> placed.put(rs.getInt("year"),
					new int[] { rs.getInt("started"), rs.getInt("hires"), rs.getInt("lasting"), 0,
							rs.getInt("social_economy") }))
			.list();
		// The modules of recognition plans are kept by the recognition module, which
		// depends on this one; it tells them through the employer module's interface.
		Map<Integer, Integer> modules = new LinkedHashMap<>();
		this.modulesHosted.orderedStream()
			.forEach(source -> source.modulesStarted(employer, fromYear, toYear)
				.forEach((year, count) -> modules.merge(year, count, Integer::sum)));
		List<EngagementRecord.Year> years = new ArrayList<>();
		for (OfferYear offered : this.offeredSeats.offerYears(employer, fromYear, toYear)) {
			int[] p = placed.getOrDefault(offered.year(), new int[5]);
			years.add(new EngagementRecord.Year(offered.year(), p[0], offered.internshipSeats() + offered.moduleSeats(),
					offered.tasterSeats(), p[1], p[2], modules.getOrDefault(offered.year(), 0), p[4]));
		}
		Map<FocusGroupCode, Integer> byGroup = new EnumMap<>(FocusGroupCode.class);
		for (FocusGroupCode code : FocusGroupCode.values()) {
			byGroup.put(code, 0);
		}
		this.jdbc.sql("""
				SELECT g AS focus_group, count(*) AS placements
				FROM placement, unnest(focus_groups) AS g
				WHERE employer_id = :employer AND started_on >= :from AND started_on < :until
				GROUP BY g
				""")
			.param("employer", employer.id())
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> byGroup.put(FocusGroupCode.valueOf(rs.getString("focus_group")), rs.getInt("placements")))
			.list();
		return new EngagementRecord(fromYear, toYear, years,
				byGroup.entrySet()
					.stream()
					.map(entry -> new EngagementRecord.FocusGroupCount(entry.getKey(), entry.getValue()))
					.toList());
	}

	/**
	 * The sums of the engagement records of several employers over whole years, computed
	 * set-based in one read per source (placements, offers, recognition modules) rather
	 * than employer by employer.
	 * @param employers must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return the sums over the period (year 0) for every employer asked about, never
	 * null
	 * @throws RuleViolation when the years are out of order or span more than 20 years
	 * @throws AccessDeniedException when the viewer may not read one of the employers
	 */
	public Map<EmployerId, EngagementRecord.Year> engagementTotals(Collection<EmployerId> employers, int fromYear,
			int toYear, StaffMember viewer) {
		for (EmployerId employer : employers) {
			if (!this.employers.mayRead(employer, viewer)) {
				throw new AccessDeniedException("May not read employer " + employer.id());
			}
		}
		if (toYear < fromYear || toYear - fromYear > 19 || fromYear < 1990 || toYear > 2100) {
			throw new RuleViolation("fromYear", "placement.rule.engagement-years");
		}
		Map<EmployerId, EngagementRecord.Year> totals = new LinkedHashMap<>();
		if (employers.isEmpty()) {
			return totals;
		}
		Map<EmployerId, int[]> placed = new HashMap<>();
		this.jdbc.sql("""
				SELECT employer_id,
				       count(*) AS started,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')) AS hires,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP') AND (still_employed
				         OR (still_employed IS NULL AND started_on + INTERVAL '6 months' <= :today
				             AND (ended_on IS NULL OR ended_on >= started_on + INTERVAL '6 months')))) AS lasting,
				       count(*) FILTER (WHERE offer_kind IN ('JOB', 'APPRENTICESHIP')
				         AND field IN ('CARE', 'HOME_ECONOMICS', 'EDUCATION')) AS social_economy
				FROM placement
				WHERE employer_id = ANY(CAST(:employers AS uuid[])) AND started_on >= :from AND started_on < :until
				GROUP BY employer_id
				""")
			.param("employers", employers.stream().map(EmployerId::id).toArray(UUID[]::new))
			.param("today", today())
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> placed.put(new EmployerId(rs.getObject("employer_id", UUID.class)),
					new int[] { rs.getInt("started"), rs.getInt("hires"), rs.getInt("lasting"),
							rs.getInt("social_economy") }))
			.list();
		Map<EmployerId, Integer> modules = new HashMap<>();
		this.modulesHosted.orderedStream()
			.forEach(source -> source.modulesStarted(employers, fromYear, toYear)
				.forEach((employer, count) -> modules.merge(employer, count, Integer::sum)));
		Map<EmployerId, OfferYear> offered = this.offeredSeats.offerTotals(employers, fromYear, toYear);
		OfferYear none = new OfferYear(0, 0, 0, 0, 0);
		for (EmployerId employer : employers) {
			int[] p = placed.getOrDefault(employer, new int[4]);
			OfferYear o = offered.getOrDefault(employer, none);
			totals.put(employer, new EngagementRecord.Year(0, p[0], o.internshipSeats() + o.moduleSeats(),
					o.tasterSeats(), p[1], p[2], modules.getOrDefault(employer, 0), p[3]));
		}
		return totals;
	}

	/**
	 * An employer's engagement record with, for the employer service, its placements and
	 * the offers a person may still be proposed for.
	 * @param employer must not be null
	 * @param fromYear first year
	 * @param toYear last year
	 * @param viewer must not be null
	 * @return the page, or empty when there is no such employer
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	@Transactional
	public Optional<EngagementPage> engagementPage(EmployerId employer, int fromYear, int toYear, StaffMember viewer) {
		return engagementPage(employer, fromYear, toYear, null, null, viewer);
	}

	/**
	 * The same page with, for the employer service, the people of its unit found by name
	 * or date of birth to propose.
	 * @param personName may be null
	 * @param personBirthDate may be null
	 * @see #engagementPage(EmployerId, int, int, StaffMember)
	 */
	@Transactional
	public Optional<EngagementPage> engagementPage(EmployerId employer, int fromYear, int toYear, String personName,
			LocalDate personBirthDate, StaffMember viewer) {
		// The name and the offers only: the page shows no contact person.
		String name = this.employers.names(List.of(employer)).get(employer);
		if (name == null) {
			return Optional.empty();
		}
		EngagementRecord record = engagement(employer, fromYear, toYear, viewer);
		boolean mayPlace = this.placements.mayPlace(viewer);
		LocalDate today = today();
		return Optional.of(new EngagementPage(employer.id(), name, record,
				mayPlace ? this.placements.placementsOf(employer, viewer) : List.of(),
				mayPlace ? this.offerManagement.offers(employer, viewer)
					.stream()
					.filter(offer -> !offer.isExpiredOn(today))
					.toList() : List.of(),
				mayPlace ? this.placements.findPeople(personName, personBirthDate, viewer) : List.of(), mayPlace));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
