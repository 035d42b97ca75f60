package de.weitblick.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer module's facade for employers: registers and describes them with their
 * contacts and warns of duplicates; their offers are kept by {@link OfferManagement}.
 * Every method that takes a viewer applies the record-level rule: the employer service
 * reaches every employer, an employer account only its own.
 */
@Service
@Transactional(readOnly = true)
public class EmployerManagement {

	/**
	 * Similarity (pg_trgm) from which an existing name is shown as a possible duplicate.
	 */
	static final double DUPLICATE_SIMILARITY = 0.45;

	/**
	 * The subject type of the audit entries of reading an employer's contacts; the
	 * subject is the employer.
	 */
	public static final String CONTACT_SUBJECT_TYPE = "employer-contact";

	private static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final SectorCodes sectors;

	private final Clock clock;

	private final AuditTrail audit;

	private final EmployerAccess access;

	private final EmployerContacts contacts;

	private final OfferManagement offers;

	private final EmployerChecks checks;

	EmployerManagement(JdbcClient jdbc, SectorCodes sectors, Clock clock, AuditTrail audit, EmployerAccess access,
			EmployerContacts contacts, OfferManagement offers, EmployerChecks checks) {
		this.checks = checks;
		this.audit = audit;
		this.jdbc = jdbc;
		this.sectors = sectors;
		this.clock = clock;
		this.access = access;
		this.contacts = contacts;
		this.offers = offers;
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer may register employers and change their details
	 */
	public boolean mayRegister(StaffMember viewer) {
		return EmployerAccessPolicy.mayRegister(viewer);
	}

	/**
	 * The employer an employer account belongs to, through the contact it is linked to.
	 * @param viewer must not be null
	 * @return the employer, or empty for every other account
	 */
	public Optional<EmployerId> employerOf(StaffMember viewer) {
		return this.access.employerOf(viewer);
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return whether the viewer may read the employer with its offers and engagement
	 */
	public boolean mayRead(EmployerId id, StaffMember viewer) {
		return this.access.mayRead(id, viewer);
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return whether the viewer may add and change the employer's offers
	 */
	public boolean mayMaintainOffers(EmployerId id, StaffMember viewer) {
		return mayRead(id, viewer);
	}

	/**
	 * Employers whose name is like the given words, by name; an employer account finds
	 * only its own employer.
	 * @param name may be null or blank for all
	 * @param viewer must not be null
	 * @return at most 200, never null
	 */
	public List<EmployerSummary> employers(String name, StaffMember viewer) {
		String normalised = (name != null && !name.isBlank()) ? EmployerTexts.searchName(name) : null;
		UUID only = null;
		if (!EmployerAccessPolicy.mayReadAll(viewer)) {
			Optional<EmployerId> own = employerOf(viewer);
			if (own.isEmpty()) {
				return List.of();
			}
			only = own.get().id();
		}
		return this.jdbc.sql("""
				SELECT e.id, e.name, e.sector_code, e.city, e.city_group, e.chamber,
				       (SELECT count(*) FROM offer o WHERE o.employer_id = e.id
				          AND (o.ends_on IS NULL OR o.ends_on >= :today)) AS open_offers
				FROM employer e
				WHERE (CAST(:only AS uuid) IS NULL OR e.id = CAST(:only AS uuid))
				  AND (CAST(:name AS text) IS NULL OR e.search_name LIKE '%' || CAST(:name AS text) || '%'
				       OR e.search_name % CAST(:name AS text))
				ORDER BY e.search_name, e.id
				LIMIT :limit
				""")
			.param("only", only)
			.param("name", normalised)
			.param("today", today())
			.param("limit", LIST_LIMIT)
			.query((rs, n) -> new EmployerSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("sector_code"), rs.getString("city"), rs.getBoolean("city_group"),
					Chamber.valueOf(rs.getString("chamber")), rs.getInt("open_offers")))
			.list();
	}

	/**
	 * The employer with its contacts, whose names and addresses are personal data: the
	 * read is written to the audit trail.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the employer, or empty when there is none with this identifier
	 * @throws AccessDeniedException when the viewer may not read it
	 */
	@Transactional
	public Optional<Employer> employer(EmployerId id, StaffMember viewer) {
		this.access.requireRead(id, viewer);
		Optional<Employer> employer = employer(id);
		employer.filter(found -> !found.details().contacts().isEmpty())
			.ifPresent(found -> this.audit.recordAction(new Actor(viewer.username(), viewer.role().name()),
					AuditAction.READ, CONTACT_SUBJECT_TYPE, id.id(), AccessPurpose.EMPLOYER_RELATIONS,
					AuditDetail.of("employer.audit.contacts-read", found.details().contacts().size())));
		return employer;
	}

	/**
	 * An employer's page in one read.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the page, or empty when there is no such employer
	 * @throws AccessDeniedException when the viewer may not read it
	 */
	@Transactional
	public Optional<EmployerView> view(EmployerId id, StaffMember viewer) {
		return employer(id, viewer).map(employer -> new EmployerView(employer, this.offers.offers(id, viewer),
				mayRegister(viewer), mayMaintainOffers(id, viewer)));
	}

	private Optional<Employer> employer(EmployerId id) {
		Optional<Employer> employer = this.jdbc
			.sql("SELECT " + EmployerRows.EMPLOYER_COLUMNS + " FROM employer e WHERE e.id = :id")
			.param("id", id.id())
			.query((rs, n) -> {
				EmployerDetails details = EmployerRows.details(rs, List.of());
				return new Employer(rs.getObject("id", UUID.class), rs.getInt("version"), details, "");
			})
			.optional();
		return employer.map(found -> new Employer(found.id(), found.version(),
				EmployerRows.withContacts(found.details(), this.contacts.of(id)),
				this.sectors.title(found.details().sectorCode()).orElse("")));
	}

	/**
	 * The names of several employers at once.
	 * @param ids must not be null
	 * @return the names found, by identifier; never null
	 */
	public Map<EmployerId, String> names(Collection<EmployerId> ids) {
		Map<EmployerId, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM employer WHERE id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", ids.stream().map(EmployerId::id).toArray(UUID[]::new))
			.query((rs, n) -> names.put(new EmployerId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The districts of several employers at once, as recorded with their address.
	 * @param ids must not be null
	 * @return the districts recorded, by identifier; never null
	 */
	public Map<EmployerId, String> districts(Collection<EmployerId> ids) {
		Map<EmployerId, String> districts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return districts;
		}
		this.jdbc.sql("SELECT id, district FROM employer WHERE district IS NOT NULL AND id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", ids.stream().map(EmployerId::id).toArray(UUID[]::new))
			.query((rs, n) -> districts.put(new EmployerId(rs.getObject("id", UUID.class)), rs.getString("district")))
			.list();
		return districts;
	}

	/**
	 * Employers already known under a similar name, so that nobody registers the same
	 * business twice. Legal forms, case, accents and punctuation are ignored.
	 * @param name may be null
	 * @param except an employer to leave out (the one being changed), may be null
	 * @return at most 5, most similar first, never null
	 */
	public List<PossibleDuplicateEmployer> possibleDuplicates(String name, EmployerId except) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, name, city FROM employer
				WHERE (search_name = :name OR (search_name % :name AND similarity(search_name, :name) >= :threshold))
				  AND (CAST(:except AS uuid) IS NULL OR id <> CAST(:except AS uuid))
				ORDER BY similarity(search_name, :name) DESC, name
				LIMIT 5
				""")
			.param("name", EmployerTexts.searchName(name))
			.param("threshold", DUPLICATE_SIMILARITY)
			.param("except", (except != null) ? except.id() : null)
			.query((rs, n) -> new PossibleDuplicateEmployer(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("city")))
			.list();
	}

	/**
	 * Registers a new employer.
	 * @param details must not be null
	 * @param viewer must not be null
	 * @return the new employer's identifier
	 * @throws RuleViolation when the viewer may not or the details break a rule
	 */
	@Transactional
	public EmployerId register(EmployerDetails details, StaffMember viewer) {
		if (!mayRegister(viewer)) {
			throw new RuleViolation(null, "employer.rule.may-not-register");
		}
		EmployerDetails clean = this.checks.check(details, null);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO employer (id, version, name, search_name, legal_form, sector_code, size_class, street,
				  postal_code, city, district, city_group, chamber, public_naming_consent, created_at)
				VALUES (:id, 0, :name, :searchName, :legalForm, :sector, :size, :street, :postalCode, :city,
				  :district, :cityGroup, :chamber, :consent, now())
				""").paramSource(EmployerRows.parameters(id, clean)).update();
		this.contacts.save(new EmployerId(id), clean.contacts());
		return new EmployerId(id);
	}

	/**
	 * Changes an employer's details, unless someone else changed them since the viewer
	 * read them.
	 * @param id must not be null
	 * @param expectedVersion the version the viewer read
	 * @param details must not be null
	 * @param viewer must not be null
	 * @throws NotFound when there is no such employer
	 * @throws RuleViolation when the viewer may not or the details break a rule
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void change(EmployerId id, int expectedVersion, EmployerDetails details, StaffMember viewer) {
		if (!mayRegister(viewer)) {
			throw new RuleViolation(null, "employer.rule.may-not-register");
		}
		employer(id).orElseThrow(() -> new NotFound("employer.not-found"));
		EmployerDetails clean = this.checks.check(details, id);
		int changed = this.jdbc.sql("""
				UPDATE employer SET version = version + 1, name = :name, search_name = :searchName,
				  legal_form = :legalForm, sector_code = :sector, size_class = :size, street = :street,
				  postal_code = :postalCode, city = :city, district = :district, city_group = :cityGroup,
				  chamber = :chamber, public_naming_consent = :consent
				WHERE id = :id AND version = :version
				""").paramSource(EmployerRows.parameters(id.id(), clean).addValue("version", expectedVersion)).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Employer " + id.id() + " was changed in the meantime");
		}
		this.contacts.replace(id, clean.contacts());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
