package de.weitblick.employer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers employers make: jobs, apprenticeship places, internships, internship modules
 * for recognition and taster slots; their search and what they add to an employer's
 * engagement record. Offers name no people. The employer service maintains every
 * employer's offers, an employer account its own employer's.
 */
@Service
@Transactional(readOnly = true)
public class OfferManagement {

	private final JdbcClient jdbc;

	private final EmployerAccess access;

	OfferManagement(JdbcClient jdbc, EmployerAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the employer's offers, the latest first; never null
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	public List<Offer> offers(EmployerId id, StaffMember viewer) {
		this.access.requireRead(id, viewer);
		return this.jdbc
			.sql("SELECT " + OfferRows.OFFER_COLUMNS + " FROM offer o JOIN employer e ON e.id = o.employer_id "
					+ "WHERE o.employer_id = :id ORDER BY o.starts_on DESC, o.title")
			.param("id", id.id())
			.query(OfferRows::offer)
			.list();
	}

	/**
	 * An offer, for other modules that decided by their own rule that it may be used.
	 * @param id must not be null
	 * @return the offer, or empty when there is none
	 */
	public Optional<Offer> offer(OfferId id) {
		return this.jdbc
			.sql("SELECT " + OfferRows.OFFER_COLUMNS
					+ " FROM offer o JOIN employer e ON e.id = o.employer_id WHERE o.id = :id")
			.param("id", id.id())
			.query(OfferRows::offer)
			.optional();
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the offer, or empty when there is none
	 * @throws AccessDeniedException when the viewer may not read its employer
	 */
	public Optional<Offer> offer(OfferId id, StaffMember viewer) {
		Optional<Offer> offer = offer(id);
		offer.ifPresent(found -> this.access.requireRead(new EmployerId(found.employerId()), viewer));
		return offer;
	}

	/**
	 * Searches offers, the earliest start first; an employer account finds only its own
	 * employer's. Only the filters given reach the statement, so that each search is
	 * planned with the index that fits it. Offers open on a day are read in two parts
	 * that an index each holds in order: those without an end, walked by their start, and
	 * those ending on the day or later, few against all ever made. The page is chosen
	 * before the employers' names are joined.
	 * @param search must not be null
	 * @param viewer must not be null
	 * @return one page, never null
	 */
	public List<Offer> searchOffers(OfferSearch search, StaffMember viewer) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder("TRUE");
		if (!EmployerAccessPolicy.mayReadAll(viewer)) {
			Optional<EmployerId> own = this.access.employerOf(viewer);
			if (own.isEmpty()) {
				return List.of();
			}
			where.append(" AND o.employer_id = :only");
			parameters.put("only", own.get().id());
		}
		if (search.kind() != null) {
			where.append(" AND o.kind = :kind");
			parameters.put("kind", search.kind().name());
		}
		if (search.field() != null) {
			where.append(" AND o.field = :field");
			parameters.put("field", search.field().name());
		}
		String text = "TRUE";
		if (search.text() != null && !search.text().isBlank()) {
			// The search form of a text holds only letters, digits and spaces.
			text = "o.search_title LIKE :pattern";
			parameters.put("pattern", "%" + EmployerTexts.searchName(search.text()) + "%");
		}
		int size = Math.clamp(search.size(), 1, 100);
		long offset = (long) Math.max(0, search.page()) * size;
		parameters.put("size", size);
		parameters.put("offset", offset);
		String page;
		if (search.openOn() == null) {
			page = "SELECT * FROM offer o WHERE " + where + " AND " + text
					+ " ORDER BY o.starts_on, o.id LIMIT :size OFFSET :offset";
		}
		else {
			parameters.put("openOn", search.openOn());
			parameters.put("window", offset + size);
			page = "(SELECT * FROM offer o WHERE " + where + " AND " + text
					+ " AND o.ends_on IS NULL ORDER BY o.starts_on, o.id LIMIT :window)"
					+ " UNION ALL (SELECT * FROM (SELECT * FROM offer o WHERE " + where
					+ " AND o.ends_on >= :openOn OFFSET 0) o WHERE " + text
					+ " ORDER BY o.starts_on, o.id LIMIT :window)"
					+ " ORDER BY starts_on, id LIMIT :size OFFSET :offset";
		}
		return this.jdbc
			.sql("SELECT " + OfferRows.OFFER_COLUMNS + " FROM (" + page
					+ ") o JOIN employer e ON e.id = o.employer_id ORDER BY o.starts_on, o.id")
			.params(parameters)
			.query(OfferRows::offer)
			.list();
	}

	/**
	 * Adds an offer to an employer.
	 * @param employer must not be null
	 * @param details must not be null
	 * @param viewer must not be null
	 * @return the new offer's identifier
	 * @throws NotFound when there is no such employer
	 * @throws AccessDeniedException when the viewer may not maintain its offers
	 * @throws RuleViolation when the details break a rule
	 */
	@Transactional
	public OfferId addOffer(EmployerId employer, OfferDetails details, StaffMember viewer) {
		requireOffers(employer, viewer);
		this.access.requireExists(employer);
		OfferDetails clean = OfferRows.check(details);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO offer (id, version, employer_id, kind, title, search_title, field, occupation,
				  competence_area, weeks, trade, starts_on, ends_on, seats, requirements, created_at)
				VALUES (:id, 0, :employer, :kind, :title, :searchTitle, :field, :occupation, :competenceArea, :weeks,
				  :trade, :startsOn, :endsOn, :seats, :requirements, now())
				""").paramSource(OfferRows.parameters(id, clean).addValue("employer", employer.id())).update();
		return new OfferId(id);
	}

	/**
	 * Changes an offer, unless someone else changed it since the viewer read it.
	 * @throws NotFound when there is no such offer
	 * @throws AccessDeniedException when the viewer may not maintain its employer's
	 * offers
	 * @throws RuleViolation when the details break a rule
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void changeOffer(OfferId id, int expectedVersion, OfferDetails details, StaffMember viewer) {
		Offer offer = offer(id).orElseThrow(() -> new NotFound("employer.offer.not-found"));
		requireOffers(new EmployerId(offer.employerId()), viewer);
		OfferDetails clean = OfferRows.check(details);
		int changed = this.jdbc.sql("""
				UPDATE offer SET version = version + 1, kind = :kind, title = :title, search_title = :searchTitle,
				  field = :field, occupation = :occupation, competence_area = :competenceArea, weeks = :weeks,
				  trade = :trade, starts_on = :startsOn, ends_on = :endsOn, seats = :seats,
				  requirements = :requirements
				WHERE id = :id AND version = :version
				""").paramSource(OfferRows.parameters(id.id(), clean).addValue("version", expectedVersion)).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Offer " + id.id() + " was changed in the meantime");
		}
	}

	/**
	 * The titles of several offers at once.
	 * @param ids must not be null
	 * @return the titles found, by identifier; never null
	 */
	public Map<OfferId, String> titles(Collection<OfferId> ids) {
		Map<OfferId, String> titles = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return titles;
		}
		this.jdbc.sql("SELECT id, title FROM offer WHERE id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", ids.stream().map(OfferId::id).toArray(UUID[]::new))
			.query((rs, n) -> titles.put(new OfferId(rs.getObject("id", UUID.class)), rs.getString("title")))
			.list();
		return titles;
	}

	/**
	 * The offers of the given kinds not ended on a day, the earliest start first, for
	 * other modules that decided by their own rule that they may be used (offers hold no
	 * personal data).
	 * @param kinds must not be null
	 * @param day must not be null
	 * @param limit at most this many
	 * @return never null
	 */
	public List<Offer> openOffers(Collection<OfferKind> kinds, LocalDate day, int limit) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + OfferRows.OFFER_COLUMNS
					+ """
							 FROM offer o JOIN employer e ON e.id = o.employer_id
							WHERE o.kind = ANY(CAST(:kinds AS text[]))
							  AND coalesce(o.ends_on, CASE WHEN o.kind = 'TASTER_SLOT' THEN o.starts_on END, DATE '9999-12-31') >= :day
							ORDER BY o.starts_on, o.id
							LIMIT :limit
							""")
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("day", day)
			.param("limit", limit)
			.query(OfferRows::offer)
			.list();
	}

	private void requireOffers(EmployerId id, StaffMember viewer) {
		if (!this.access.mayRead(id, viewer)) {
			throw new AccessDeniedException("May not maintain the offers of employer " + id.id());
		}
	}

}
