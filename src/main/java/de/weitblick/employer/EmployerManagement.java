package de.weitblick.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
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
 * The employer module's facade: registers and describes employers, warns of duplicates,
 * and keeps their offers. Every method that takes a viewer applies the record-level rule:
 * the employer service reaches every employer, an employer account only its own.
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

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	private static final Set<String> LEGAL_FORM_WORDS = Set.of("gmbh", "mbh", "co", "kg", "ag", "ev", "e", "v", "ug",
			"ohg", "gbr", "ek", "k", "haftungsbeschrankt", "ggmbh", "kgaa", "se", "und", "the");

	private static final String EMPLOYER_COLUMNS = """
			e.id, e.version, e.name, e.legal_form, e.sector_code, e.size_class, e.street, e.postal_code, e.city,
			e.district, e.city_group, e.chamber, e.public_naming_consent""";

	private static final String OFFER_COLUMNS = """
			o.id, o.version, o.employer_id, e.name AS employer_name, o.kind, o.title, o.field, o.occupation,
			o.competence_area, o.weeks, o.trade, o.starts_on, o.ends_on, o.seats, o.requirements""";

	private final JdbcClient jdbc;

	private final SectorCodes sectors;

	private final OrganisationManagement organisation;

	private final Clock clock;

	private final AuditTrail audit;

	EmployerManagement(JdbcClient jdbc, SectorCodes sectors, OrganisationManagement organisation, Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.sectors = sectors;
		this.organisation = organisation;
		this.clock = clock;
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
		if (!EmployerAccessPolicy.isEmployerAccount(viewer)) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT employer_id FROM employer_contact WHERE account_id = :account")
			.param("account", viewer.id())
			.query(UUID.class)
			.optional()
			.map(EmployerId::new);
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return whether the viewer may read the employer with its offers and engagement
	 */
	public boolean mayRead(EmployerId id, StaffMember viewer) {
		return EmployerAccessPolicy.mayReadAll(viewer) || employerOf(viewer).filter(id::equals).isPresent();
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
		String normalised = (name != null && !name.isBlank()) ? searchName(name) : null;
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
		requireRead(id, viewer);
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
		return employer(id, viewer).map(employer -> new EmployerView(employer, offers(id, viewer), mayRegister(viewer),
				mayMaintainOffers(id, viewer)));
	}

	private Optional<Employer> employer(EmployerId id) {
		Optional<Employer> employer = this.jdbc.sql("SELECT " + EMPLOYER_COLUMNS + " FROM employer e WHERE e.id = :id")
			.param("id", id.id())
			.query((rs, n) -> {
				EmployerDetails details = details(rs, List.of());
				return new Employer(rs.getObject("id", UUID.class), rs.getInt("version"), details, "");
			})
			.optional();
		return employer
			.map(found -> new Employer(found.id(), found.version(), withContacts(found.details(), contacts(id)),
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
			.sql("SELECT " + OFFER_COLUMNS
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
			.query(EmployerManagement::offer)
			.list();
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
			.param("name", searchName(name))
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
		EmployerDetails clean = check(details, null);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO employer (id, version, name, search_name, legal_form, sector_code, size_class, street,
				  postal_code, city, district, city_group, chamber, public_naming_consent, created_at)
				VALUES (:id, 0, :name, :searchName, :legalForm, :sector, :size, :street, :postalCode, :city,
				  :district, :cityGroup, :chamber, :consent, now())
				""").paramSource(parameters(id, clean)).update();
		saveContacts(new EmployerId(id), clean.contacts());
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
		EmployerDetails clean = check(details, id);
		int changed = this.jdbc.sql("""
				UPDATE employer SET version = version + 1, name = :name, search_name = :searchName,
				  legal_form = :legalForm, sector_code = :sector, size_class = :size, street = :street,
				  postal_code = :postalCode, city = :city, district = :district, city_group = :cityGroup,
				  chamber = :chamber, public_naming_consent = :consent
				WHERE id = :id AND version = :version
				""").paramSource(parameters(id.id(), clean).addValue("version", expectedVersion)).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Employer " + id.id() + " was changed in the meantime");
		}
		this.jdbc.sql("DELETE FROM employer_contact WHERE employer_id = :id").param("id", id.id()).update();
		saveContacts(id, clean.contacts());
	}

	/**
	 * @param id must not be null
	 * @param viewer must not be null
	 * @return the employer's offers, the latest first; never null
	 * @throws AccessDeniedException when the viewer may not read the employer
	 */
	public List<Offer> offers(EmployerId id, StaffMember viewer) {
		requireRead(id, viewer);
		return this.jdbc
			.sql("SELECT " + OFFER_COLUMNS + " FROM offer o JOIN employer e ON e.id = o.employer_id "
					+ "WHERE o.employer_id = :id ORDER BY o.starts_on DESC, o.title")
			.param("id", id.id())
			.query(EmployerManagement::offer)
			.list();
	}

	/**
	 * An offer, for other modules that decided by their own rule that it may be used.
	 * @param id must not be null
	 * @return the offer, or empty when there is none
	 */
	public Optional<Offer> offer(OfferId id) {
		return this.jdbc
			.sql("SELECT " + OFFER_COLUMNS + " FROM offer o JOIN employer e ON e.id = o.employer_id WHERE o.id = :id")
			.param("id", id.id())
			.query(EmployerManagement::offer)
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
		offer.ifPresent(found -> requireRead(new EmployerId(found.employerId()), viewer));
		return offer;
	}

	/**
	 * Searches offers, the earliest start first; an employer account finds only its own
	 * employer's.
	 * @param search must not be null
	 * @param viewer must not be null
	 * @return one page, never null
	 */
	public List<Offer> searchOffers(OfferSearch search, StaffMember viewer) {
		UUID only = null;
		if (!EmployerAccessPolicy.mayReadAll(viewer)) {
			Optional<EmployerId> own = employerOf(viewer);
			if (own.isEmpty()) {
				return List.of();
			}
			only = own.get().id();
		}
		String text = (search.text() != null && !search.text().isBlank()) ? searchName(search.text()) : null;
		int size = Math.clamp(search.size(), 1, 100);
		return this.jdbc.sql("SELECT " + OFFER_COLUMNS + """
				 FROM offer o JOIN employer e ON e.id = o.employer_id
				WHERE (CAST(:only AS uuid) IS NULL OR o.employer_id = CAST(:only AS uuid))
				  AND (CAST(:kind AS text) IS NULL OR o.kind = CAST(:kind AS text))
				  AND (CAST(:field AS text) IS NULL OR o.field = CAST(:field AS text))
				  AND (CAST(:openOn AS date) IS NULL OR o.ends_on IS NULL OR o.ends_on >= CAST(:openOn AS date))
				  AND (CAST(:text AS text) IS NULL OR o.search_title LIKE '%' || CAST(:text AS text) || '%')
				ORDER BY o.starts_on, o.id
				LIMIT :size OFFSET :offset
				""")
			.param("only", only)
			.param("kind", (search.kind() != null) ? search.kind().name() : null)
			.param("field", (search.field() != null) ? search.field().name() : null)
			.param("openOn", search.openOn())
			.param("text", text)
			.param("size", size)
			.param("offset", (long) Math.max(0, search.page()) * size)
			.query(EmployerManagement::offer)
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
		employer(employer).orElseThrow(() -> new NotFound("employer.not-found"));
		OfferDetails clean = check(details);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO offer (id, version, employer_id, kind, title, search_title, field, occupation,
				  competence_area, weeks, trade, starts_on, ends_on, seats, requirements, created_at)
				VALUES (:id, 0, :employer, :kind, :title, :searchTitle, :field, :occupation, :competenceArea, :weeks,
				  :trade, :startsOn, :endsOn, :seats, :requirements, now())
				""").paramSource(offerParameters(id, clean).addValue("employer", employer.id())).update();
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
		OfferDetails clean = check(details);
		int changed = this.jdbc.sql("""
				UPDATE offer SET version = version + 1, kind = :kind, title = :title, search_title = :searchTitle,
				  field = :field, occupation = :occupation, competence_area = :competenceArea, weeks = :weeks,
				  trade = :trade, starts_on = :startsOn, ends_on = :endsOn, seats = :seats,
				  requirements = :requirements
				WHERE id = :id AND version = :version
				""").paramSource(offerParameters(id.id(), clean).addValue("version", expectedVersion)).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Offer " + id.id() + " was changed in the meantime");
		}
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

	private void requireRead(EmployerId id, StaffMember viewer) {
		if (!mayRead(id, viewer)) {
			throw new AccessDeniedException("May not read employer " + id.id());
		}
	}

	private void requireOffers(EmployerId id, StaffMember viewer) {
		if (!mayMaintainOffers(id, viewer)) {
			throw new AccessDeniedException("May not maintain the offers of employer " + id.id());
		}
	}

	private EmployerDetails check(EmployerDetails details, EmployerId except) {
		if (details.name() == null || details.name().isBlank()) {
			throw new RuleViolation("name", "employer.rule.name-required");
		}
		if (details.sizeClass() == null) {
			throw new RuleViolation("sizeClass", "employer.rule.size-required");
		}
		if (details.chamber() == null) {
			throw new RuleViolation("chamber", "employer.rule.chamber-required");
		}
		String sector = (details.sectorCode() != null) ? details.sectorCode().strip().toUpperCase(Locale.ROOT) : "";
		if (this.sectors.title(sector).isEmpty()) {
			throw new RuleViolation("sectorCode", "employer.rule.sector-unknown", sector);
		}
		String postalCode = blankToNull(details.postalCode());
		if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
			throw new RuleViolation("postalCode", "employer.rule.postal-code", postalCode);
		}
		List<EmployerContact> contacts = new ArrayList<>();
		Set<UUID> accounts = new HashSet<>();
		for (EmployerContact contact : details.contacts()) {
			contacts.add(checkContact(contact, contacts.size(), accounts, except));
		}
		return new EmployerDetails(details.name().strip(), blankToNull(details.legalForm()), sector,
				details.sizeClass(), blankToNull(details.street()), postalCode, blankToNull(details.city()),
				blankToNull(details.district()), details.cityGroup(), details.chamber(), details.publicNamingConsent(),
				contacts);
	}

	private EmployerContact checkContact(EmployerContact contact, int index, Set<UUID> accounts, EmployerId except) {
		String field = "contacts[" + index + "]";
		if (contact.name() == null || contact.name().isBlank()) {
			throw new RuleViolation(field + ".name", "employer.rule.contact-name-required");
		}
		String email = blankToNull(contact.email());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolation(field + ".email", "employer.rule.contact-email", email);
		}
		if (contact.accountId() != null) {
			boolean employerAccount = this.organisation.staffMember(contact.accountId())
				.filter(member -> member.role() == Role.EMPLOYER)
				.isPresent();
			if (!employerAccount) {
				throw new RuleViolation(field + ".accountId", "employer.rule.account-not-employer");
			}
			boolean taken = this.jdbc.sql("""
					SELECT count(*) FROM employer_contact WHERE account_id = :account
					  AND (CAST(:except AS uuid) IS NULL OR employer_id <> CAST(:except AS uuid))
					""")
				.param("account", contact.accountId())
				.param("except", (except != null) ? except.id() : null)
				.query(Integer.class)
				.single() > 0;
			if (taken || !accounts.add(contact.accountId())) {
				throw new RuleViolation(field + ".accountId", "employer.rule.account-taken");
			}
		}
		return new EmployerContact(contact.name().strip(), blankToNull(contact.role()), email,
				blankToNull(contact.phone()), contact.accountId());
	}

	private OfferDetails check(OfferDetails details) {
		if (details.kind() == null) {
			throw new RuleViolation("kind", "employer.rule.offer.kind-required");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new RuleViolation("title", "employer.rule.offer.title-required");
		}
		if (details.field() == null) {
			throw new RuleViolation("field", "employer.rule.offer.field-required");
		}
		if (details.startsOn() == null) {
			throw new RuleViolation("startsOn", "employer.rule.offer.starts-on-required");
		}
		if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			throw new RuleViolation("endsOn", "employer.rule.offer.ends-before-start");
		}
		if (details.seats() < 1 || details.seats() > 10_000) {
			throw new RuleViolation("seats", "employer.rule.offer.seats", details.seats());
		}
		if (details.kind() == OfferKind.INTERNSHIP_MODULE) {
			if (blankToNull(details.occupation()) == null) {
				throw new RuleViolation("occupation", "employer.rule.offer.module-occupation");
			}
			if (blankToNull(details.competenceArea()) == null) {
				throw new RuleViolation("competenceArea", "employer.rule.offer.module-competence-area");
			}
			if (details.weeks() == null || details.weeks() < 1 || details.weeks() > 52) {
				throw new RuleViolation("weeks", "employer.rule.offer.module-weeks");
			}
		}
		if (details.kind() == OfferKind.TASTER_SLOT) {
			if (blankToNull(details.trade()) == null) {
				throw new RuleViolation("trade", "employer.rule.offer.slot-trade");
			}
			if (details.endsOn() != null && !details.endsOn().equals(details.startsOn())) {
				throw new RuleViolation("endsOn", "employer.rule.offer.slot-one-day");
			}
		}
		boolean module = details.kind() == OfferKind.INTERNSHIP_MODULE;
		return new OfferDetails(details.kind(), details.title().strip(), details.field(),
				blankToNull(details.occupation()), module ? blankToNull(details.competenceArea()) : null,
				module ? details.weeks() : null,
				(details.kind() == OfferKind.TASTER_SLOT) ? blankToNull(details.trade()) : null, details.startsOn(),
				(details.kind() == OfferKind.TASTER_SLOT) ? details.startsOn() : details.endsOn(), details.seats(),
				blankToNull(details.requirements()));
	}

	private List<EmployerContact> contacts(EmployerId id) {
		return this.jdbc.sql("""
				SELECT name, role, email, phone, account_id FROM employer_contact
				WHERE employer_id = :id ORDER BY position
				""")
			.param("id", id.id())
			.query((rs, n) -> new EmployerContact(rs.getString("name"), rs.getString("role"), rs.getString("email"),
					rs.getString("phone"), rs.getObject("account_id", UUID.class)))
			.list();
	}

	private void saveContacts(EmployerId id, List<EmployerContact> contacts) {
		int position = 0;
		for (EmployerContact contact : contacts) {
			this.jdbc.sql("""
					INSERT INTO employer_contact (id, employer_id, position, name, role, email, phone, account_id)
					VALUES (:id, :employer, :position, :name, :role, :email, :phone, :account)
					""")
				.param("id", TimeOrderedIds.next())
				.param("employer", id.id())
				.param("position", position++)
				.param("name", contact.name())
				.param("role", contact.role())
				.param("email", contact.email())
				.param("phone", contact.phone())
				.param("account", contact.accountId())
				.update();
		}
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(UUID id,
			EmployerDetails details) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", id)
			.addValue("name", details.name())
			.addValue("searchName", searchName(details.name()))
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

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource offerParameters(UUID id,
			OfferDetails details) {
		String searchTitle = searchName(
				String.join(" ", details.title(), (details.occupation() != null) ? details.occupation() : "",
						(details.trade() != null) ? details.trade() : ""));
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", id)
			.addValue("kind", details.kind().name())
			.addValue("title", details.title())
			.addValue("searchTitle", searchTitle)
			.addValue("field", details.field().name())
			.addValue("occupation", details.occupation())
			.addValue("competenceArea", details.competenceArea())
			.addValue("weeks", details.weeks())
			.addValue("trade", details.trade())
			.addValue("startsOn", details.startsOn())
			.addValue("endsOn", details.endsOn())
			.addValue("seats", details.seats())
			.addValue("requirements", details.requirements());
	}

	private static EmployerDetails details(ResultSet rs, List<EmployerContact> contacts) throws SQLException {
		return new EmployerDetails(rs.getString("name"), rs.getString("legal_form"), rs.getString("sector_code"),
				SizeClass.valueOf(rs.getString("size_class")), rs.getString("street"), rs.getString("postal_code"),
				rs.getString("city"), rs.getString("district"), rs.getBoolean("city_group"),
				Chamber.valueOf(rs.getString("chamber")), rs.getBoolean("public_naming_consent"), contacts);
	}

	private static EmployerDetails withContacts(EmployerDetails details, List<EmployerContact> contacts) {
		return new EmployerDetails(details.name(), details.legalForm(), details.sectorCode(), details.sizeClass(),
				details.street(), details.postalCode(), details.city(), details.district(), details.cityGroup(),
				details.chamber(), details.publicNamingConsent(), contacts);
	}

	static Offer offer(ResultSet rs, int row) throws SQLException {
		Integer weeks = rs.getObject("weeks", Integer.class);
		return new Offer(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("employer_id", UUID.class),
				rs.getString("employer_name"),
				new OfferDetails(OfferKind.valueOf(rs.getString("kind")), rs.getString("title"),
						OccupationalField.valueOf(rs.getString("field")), rs.getString("occupation"),
						rs.getString("competence_area"), weeks, rs.getString("trade"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getInt("seats"), rs.getString("requirements")));
	}

	/**
	 * The form of a name that similar names are compared in: lower case, without accents,
	 * punctuation and legal forms.
	 * @param name must not be null
	 * @return never null
	 */
	static String searchName(String name) {
		String plain = Normalizer
			.normalize(name.toLowerCase(Locale.GERMAN)
				.replace("ä", "ae")
				.replace("ö", "oe")
				.replace("ü", "ue")
				.replace("ß", "ss"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", " ");
		List<String> words = new ArrayList<>();
		for (String word : plain.strip().split(" ")) {
			if (!word.isEmpty() && !LEGAL_FORM_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words.isEmpty() ? plain.strip() : String.join(" ", words);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
