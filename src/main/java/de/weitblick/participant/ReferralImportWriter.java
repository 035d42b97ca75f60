package de.weitblick.participant;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one chunk of checked rows of a referral list together with the position the
 * import reached, in one transaction: after a stop, a chunk is either wholly stored and
 * passed over on resumption, or not at all and imported again. Every table is written
 * with one statement per chunk (arrays unnested in PostgreSQL), not one per row.
 */
@Component
class ReferralImportWriter {

	/** Separates a finding's arguments in one text, so that findings unnest as rows. */
	private static final String ARGUMENT_SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReferralImportWriter(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks the import as running.
	 */
	@Transactional
	void start(ReferralImportId id) {
		this.jdbc.sql("""
				UPDATE referral_import SET status = 'RUNNING', started_at = COALESCE(started_at, :now)
				WHERE id = :id AND finished_at IS NULL
				""").param("id", id.id()).param("now", now()).update();
	}

	/**
	 * Stores a chunk and moves the import's position past it.
	 * @param id the import
	 * @param position where the chunk starts, as the runner read it
	 * @param rows the checked rows of the chunk, in file order
	 * @param importer on whose behalf, must not be null
	 * @param classifier computes the stored focus-group periods
	 * @throws ImportMovedOn when the import is finished or at another position, because
	 * another worker got there first; nothing is stored then
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void write(ReferralImportId id, int position, List<ReferralRowCheck.ReferralRow> rows, StaffMember importer,
			FocusGroupClassifier classifier) {
		Integer current = this.jdbc
			.sql("SELECT processed_rows FROM referral_import WHERE id = :id AND finished_at IS NULL FOR UPDATE")
			.param("id", id.id())
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (current == null || current != position) {
			throw new ImportMovedOn(id);
		}
		List<ReferralImportFinding> findings = new ArrayList<>();
		List<ReferralRowCheck.ReferralRow> candidates = new ArrayList<>();
		int invalid = 0;
		for (ReferralRowCheck.ReferralRow row : rows) {
			if (row.valid()) {
				candidates.add(row);
			}
			else {
				findings.addAll(row.findings());
				invalid++;
			}
		}
		Map<Integer, ReferralImportFinding> refused = new LinkedHashMap<>();
		alreadyKnown(id, candidates, importer, refused);
		duplicatesInChunk(candidates, refused);
		likelyDuplicates(candidates, importer, refused);
		List<ReferralRowCheck.ReferralRow> created = candidates.stream()
			.filter(row -> !refused.containsKey(row.number()))
			.toList();
		findings.addAll(refused.values());
		insertParticipants(id, created, importer, classifier);
		insertFindings(id, findings);
		int already = (int) refused.values()
			.stream()
			.filter(f -> f.outcome() == ReferralImportOutcome.ALREADY_IMPORTED)
			.count();
		this.jdbc.sql("""
				UPDATE referral_import
				SET processed_rows = processed_rows + :read, created_rows = created_rows + :created,
				    already_imported_rows = already_imported_rows + :already,
				    duplicate_rows = duplicate_rows + :duplicates, invalid_rows = invalid_rows + :invalid,
				    failures = 0, progressed_at = :now
				WHERE id = :id
				""")
			.param("id", id.id())
			.param("read", rows.size())
			.param("created", created.size())
			.param("already", already)
			.param("duplicates", refused.size() - already)
			.param("invalid", invalid)
			.param("now", now())
			.update();
	}

	/**
	 * Rows whose customer number is on record: imported before, or earlier in this file.
	 */
	private void alreadyKnown(ReferralImportId id, List<ReferralRowCheck.ReferralRow> candidates, StaffMember importer,
			Map<Integer, ReferralImportFinding> refused) {
		if (candidates.isEmpty()) {
			return;
		}
		record Known(UUID participantId, UUID unitId, UUID importId, Integer row) {
		}
		Map<String, Known> known = new HashMap<>();
		this.jdbc.sql("""
				SELECT r.customer_number, r.participant_id, p.responsible_unit_id, r.import_id, r.row_number
				FROM participant_referral r JOIN participant p ON p.id = r.participant_id
				WHERE r.customer_number = ANY(CAST(:numbers AS text[]))
				""")
			.param("numbers",
					candidates.stream().map(ReferralRowCheck.ReferralRow::customerNumber).toArray(String[]::new))
			.query((rs, n) -> known.put(rs.getString(1),
					new Known(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
							(Integer) rs.getObject(5))))
			.list();
		for (ReferralRowCheck.ReferralRow row : candidates) {
			Known match = known.get(row.customerNumber());
			if (match == null) {
				continue;
			}
			if (id.id().equals(match.importId()) && match.row() != null) {
				refused.put(row.number(),
						finding(row, ReferralImportOutcome.DUPLICATE, ReferralColumn.CUSTOMER_NUMBER,
								"participant.import.finding.customer-number-twice",
								ownCase(match.participantId(), match.unitId(), importer), match.row()));
			}
			else {
				ParticipantId own = ownCase(match.participantId(), match.unitId(), importer);
				refused.put(row.number(),
						finding(row, ReferralImportOutcome.ALREADY_IMPORTED, ReferralColumn.CUSTOMER_NUMBER,
								(own != null) ? "participant.import.finding.already-imported"
										: "participant.import.finding.already-imported-other-team",
								own));
			}
		}
	}

	/**
	 * Rows repeated within the chunk: the same customer number, or the same person.
	 */
	private static void duplicatesInChunk(List<ReferralRowCheck.ReferralRow> candidates,
			Map<Integer, ReferralImportFinding> refused) {
		Map<String, Integer> byNumber = new HashMap<>();
		Map<String, Integer> byPerson = new HashMap<>();
		for (ReferralRowCheck.ReferralRow row : candidates) {
			if (refused.containsKey(row.number())) {
				continue;
			}
			Integer first = byNumber.putIfAbsent(row.customerNumber(), row.number());
			if (first != null) {
				refused.put(row.number(), finding(row, ReferralImportOutcome.DUPLICATE, ReferralColumn.CUSTOMER_NUMBER,
						"participant.import.finding.customer-number-twice", null, first));
				continue;
			}
			PersonalDetails details = row.participant().details();
			first = byPerson.putIfAbsent(details.birthDate() + " " + Participant.searchName(details), row.number());
			if (first != null) {
				refused.put(row.number(), finding(row, ReferralImportOutcome.DUPLICATE, null,
						"participant.import.finding.person-twice", null, first));
			}
		}
	}

	/**
	 * Rows of people who seem registered already: the same birth date and a similar name,
	 * the check the registration form makes too.
	 */
	private void likelyDuplicates(List<ReferralRowCheck.ReferralRow> candidates, StaffMember importer,
			Map<Integer, ReferralImportFinding> refused) {
		List<ReferralRowCheck.ReferralRow> open = candidates.stream()
			.filter(row -> !refused.containsKey(row.number()))
			.toList();
		if (open.isEmpty()) {
			return;
		}
		Map<Integer, ReferralRowCheck.ReferralRow> byNumber = new HashMap<>();
		open.forEach(row -> byNumber.put(row.number(), row));
		this.jdbc
			.sql("""
					SELECT DISTINCT ON (t.row_number) t.row_number, p.id, p.responsible_unit_id
					FROM unnest(CAST(:rows AS int[]), CAST(:births AS date[]), CAST(:names AS text[]))
					    AS t(row_number, birth_date, search_name)
					JOIN participant p ON p.birth_date = t.birth_date
					 AND (p.search_name = t.search_name OR similarity(p.search_name, t.search_name) >= 0.5)
					ORDER BY t.row_number, (p.responsible_unit_id = :unit) DESC, similarity(p.search_name, t.search_name) DESC
					""")
			.param("rows", open.stream().map(ReferralRowCheck.ReferralRow::number).toArray(Integer[]::new))
			.param("births",
					open.stream()
						.map(row -> Date.valueOf(row.participant().details().birthDate()))
						.toArray(Date[]::new))
			.param("names",
					open.stream()
						.map(row -> Participant.searchName(row.participant().details()))
						.toArray(String[]::new))
			.param("unit", importer.unitId())
			.query((rs, n) -> {
				ReferralRowCheck.ReferralRow row = byNumber.get(rs.getInt(1));
				ParticipantId own = ownCase(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), importer);
				refused.put(row.number(),
						finding(row, ReferralImportOutcome.DUPLICATE, null,
								(own != null) ? "participant.import.finding.likely-registered"
										: "participant.import.finding.likely-registered-other-team",
								own));
				return row;
			})
			.list();
	}

	private void insertParticipants(ReferralImportId id, List<ReferralRowCheck.ReferralRow> rows, StaffMember importer,
			FocusGroupClassifier classifier) {
		if (rows.isEmpty()) {
			return;
		}
		OffsetDateTime now = now();
		int size = rows.size();
		UUID[] ids = new UUID[size];
		String[] familyNames = new String[size];
		String[] givenNames = new String[size];
		String[] searchNames = new String[size];
		Date[] birthDates = new Date[size];
		String[] genders = new String[size];
		String[] streets = new String[size];
		String[] postalCodes = new String[size];
		String[] cities = new String[size];
		String[] districts = new String[size];
		String[] phones = new String[size];
		String[] emails = new String[size];
		Boolean[] bornGerman = new Boolean[size];
		String[] countriesOfBirth = new String[size];
		Integer[] immigrationYears = new Integer[size];
		String[] benefits = new String[size];
		Date[] unemployedSince = new Date[size];
		String[] referralSources = new String[size];
		UUID[] counsellors = new UUID[size];
		UUID[] units = new UUID[size];
		Date[] registeredOn = new Date[size];
		String[] customerNumbers = new String[size];
		Date[] referredOn = new Date[size];
		Integer[] rowNumbers = new Integer[size];
		List<UUID> languageOwners = new ArrayList<>();
		List<String> languageCodes = new ArrayList<>();
		List<String> languageLevels = new ArrayList<>();
		List<UUID> citizenshipOwners = new ArrayList<>();
		List<String> citizenshipCodes = new ArrayList<>();
		List<UUID> periodOwners = new ArrayList<>();
		List<String> periodCodes = new ArrayList<>();
		List<Date> periodFroms = new ArrayList<>();
		List<Date> periodUntils = new ArrayList<>();
		List<UUID> noteIds = new ArrayList<>();
		List<UUID> noteOwners = new ArrayList<>();
		List<String> noteTexts = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			ReferralRowCheck.ReferralRow row = rows.get(i);
			Participant participant = row.participant();
			PersonalDetails details = participant.details();
			ids[i] = row.id();
			familyNames[i] = details.familyName();
			givenNames[i] = details.givenNames();
			searchNames[i] = Participant.searchName(details);
			birthDates[i] = Date.valueOf(details.birthDate());
			genders[i] = details.gender().name();
			streets[i] = details.street();
			postalCodes[i] = details.postalCode();
			cities[i] = details.city();
			districts[i] = details.districtCode();
			phones[i] = details.phone();
			emails[i] = details.email();
			bornGerman[i] = details.bornWithGermanCitizenship();
			countriesOfBirth[i] = details.countryOfBirth();
			immigrationYears[i] = details.immigrationYear();
			benefits[i] = details.benefitBasis().name();
			unemployedSince[i] = date(details.unemployedSince());
			referralSources[i] = details.referralSource().name();
			counsellors[i] = participant.counsellorId();
			units[i] = participant.responsibleUnitId();
			registeredOn[i] = Date.valueOf(participant.registeredOn());
			customerNumbers[i] = row.customerNumber();
			referredOn[i] = date(row.referredOn());
			rowNumbers[i] = row.number();
			for (LanguageSkill skill : participant.languages()) {
				languageOwners.add(ids[i]);
				languageCodes.add(skill.languageCode());
				languageLevels.add(skill.level().name());
			}
			for (Citizenship citizenship : participant.citizenships()) {
				citizenshipOwners.add(ids[i]);
				citizenshipCodes.add(citizenship.countryCode());
			}
			for (MembershipPeriod period : classifier.membershipPeriods(participant.facts(), details.birthDate())) {
				periodOwners.add(ids[i]);
				periodCodes.add(period.focusGroup().name());
				periodFroms.add(Date.valueOf(period.from()));
				periodUntils.add(date(period.until()));
			}
			if (row.note() != null) {
				noteIds.add(TimeOrderedIds.next());
				noteOwners.add(ids[i]);
				noteTexts.add(row.note());
			}
		}
		// The same columns Participant maps; version 0 as for a newly saved aggregate.
		this.jdbc.sql("""
				INSERT INTO participant (id, version, family_name, given_names, search_name, birth_date, gender, street,
				    postal_code, city, district_code, phone, email, born_with_german_citizenship, country_of_birth,
				    immigration_year, single_parent, benefit_basis, unemployed_since, referral_source, counsellor_id,
				    responsible_unit_id, status, registered_on, created_at, updated_at)
				SELECT id, 0, family_name, given_names, search_name, birth_date, gender, street, postal_code, city,
				    district_code, phone, email, born_german, country_of_birth, immigration_year, FALSE, benefit_basis,
				    unemployed_since, referral_source, counsellor_id, responsible_unit_id, 'ACTIVE', registered_on,
				    :now, :now
				FROM unnest(CAST(:ids AS uuid[]), CAST(:familyNames AS text[]), CAST(:givenNames AS text[]),
				    CAST(:searchNames AS text[]), CAST(:birthDates AS date[]), CAST(:genders AS text[]),
				    CAST(:streets AS text[]), CAST(:postalCodes AS text[]), CAST(:cities AS text[]),
				    CAST(:districts AS text[]), CAST(:phones AS text[]), CAST(:emails AS text[]),
				    CAST(:bornGerman AS boolean[]), CAST(:countriesOfBirth AS text[]), CAST(:immigrationYears AS int[]),
				    CAST(:benefits AS text[]), CAST(:unemployedSince AS date[]), CAST(:referralSources AS text[]),
				    CAST(:counsellors AS uuid[]), CAST(:units AS uuid[]), CAST(:registeredOn AS date[]))
				    AS t(id, family_name, given_names, search_name, birth_date, gender, street, postal_code, city,
				         district_code, phone, email, born_german, country_of_birth, immigration_year, benefit_basis,
				         unemployed_since, referral_source, counsellor_id, responsible_unit_id, registered_on)
				""")
			.param("now", now)
			.param("ids", ids)
			.param("familyNames", familyNames)
			.param("givenNames", givenNames)
			.param("searchNames", searchNames)
			.param("birthDates", birthDates)
			.param("genders", genders)
			.param("streets", streets)
			.param("postalCodes", postalCodes)
			.param("cities", cities)
			.param("districts", districts)
			.param("phones", phones)
			.param("emails", emails)
			.param("bornGerman", bornGerman)
			.param("countriesOfBirth", countriesOfBirth)
			.param("immigrationYears", immigrationYears)
			.param("benefits", benefits)
			.param("unemployedSince", unemployedSince)
			.param("referralSources", referralSources)
			.param("counsellors", counsellors)
			.param("units", units)
			.param("registeredOn", registeredOn)
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_language (participant_id, language_code, level)
				SELECT * FROM unnest(CAST(:owners AS uuid[]), CAST(:codes AS text[]), CAST(:levels AS text[]))
				""")
			.param("owners", languageOwners.toArray(UUID[]::new))
			.param("codes", languageCodes.toArray(String[]::new))
			.param("levels", languageLevels.toArray(String[]::new))
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_citizenship (participant_id, country_code)
				SELECT * FROM unnest(CAST(:owners AS uuid[]), CAST(:codes AS text[]))
				""")
			.param("owners", citizenshipOwners.toArray(UUID[]::new))
			.param("codes", citizenshipCodes.toArray(String[]::new))
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_focus_group (participant_id, focus_group_code, valid_from, valid_until)
				SELECT * FROM unnest(CAST(:owners AS uuid[]), CAST(:codes AS text[]), CAST(:froms AS date[]),
				    CAST(:untils AS date[]))
				""")
			.param("owners", periodOwners.toArray(UUID[]::new))
			.param("codes", periodCodes.toArray(String[]::new))
			.param("froms", periodFroms.toArray(Date[]::new))
			.param("untils", periodUntils.toArray(Date[]::new))
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_referral (participant_id, customer_number, referred_on, import_id, row_number,
				    recorded_at)
				SELECT participant_id, customer_number, referred_on, :importId, row_number, :now
				FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS text[]), CAST(:referredOn AS date[]),
				    CAST(:rows AS int[])) AS t(participant_id, customer_number, referred_on, row_number)
				""")
			.param("importId", id.id())
			.param("now", now)
			.param("ids", ids)
			.param("numbers", customerNumbers)
			.param("referredOn", referredOn)
			.param("rows", rowNumbers)
			.update();
		Actor actor = new Actor(importer.username(), importer.role().name());
		this.audit.recordEach(actor, AuditAction.CREATE, ParticipantManagement.SUBJECT_TYPE, List.of(ids),
				AccessPurpose.REGISTRATION, "referral import " + id.id());
		if (!noteIds.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO case_note (id, participant_id, written_at, author, author_name, visibility, text)
					SELECT id, participant_id, :now, :author, :authorName, 'TEAM', text
					FROM unnest(CAST(:ids AS uuid[]), CAST(:owners AS uuid[]), CAST(:texts AS text[]))
					    AS t(id, participant_id, text)
					""")
				.param("now", now)
				.param("author", importer.username())
				.param("authorName", importer.displayName())
				.param("ids", noteIds.toArray(UUID[]::new))
				.param("owners", noteOwners.toArray(UUID[]::new))
				.param("texts", noteTexts.toArray(String[]::new))
				.update();
			this.audit.recordEach(actor, AuditAction.CREATE, CaseJournal.SUBJECT_TYPE, noteOwners,
					AccessPurpose.REGISTRATION, "note from referral import " + id.id());
		}
	}

	private void insertFindings(ReferralImportId id, List<ReferralImportFinding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		int size = findings.size();
		Integer[] rows = new Integer[size];
		Integer[] positions = new Integer[size];
		String[] customerNumbers = new String[size];
		String[] outcomes = new String[size];
		String[] columns = new String[size];
		String[] keys = new String[size];
		String[] arguments = new String[size];
		UUID[] participants = new UUID[size];
		Map<Integer, Integer> perRow = new HashMap<>();
		for (int i = 0; i < size; i++) {
			ReferralImportFinding finding = findings.get(i);
			rows[i] = finding.row();
			positions[i] = perRow.merge(finding.row(), 1, Integer::sum);
			customerNumbers[i] = finding.customerNumber();
			outcomes[i] = finding.outcome().name();
			columns[i] = (finding.column() != null) ? finding.column().name() : null;
			keys[i] = finding.messageKey();
			arguments[i] = finding.arguments().isEmpty() ? null : String.join(ARGUMENT_SEPARATOR, finding.arguments());
			participants[i] = (finding.participant() != null) ? finding.participant().id() : null;
		}
		this.jdbc.sql("""
				INSERT INTO referral_import_finding (import_id, row_number, position, customer_number, outcome,
				    column_code, message_key, arguments, participant_id)
				SELECT :importId, row_number, position, customer_number, outcome, column_code, message_key,
				    COALESCE(string_to_array(arguments, chr(31)), '{}'), participant_id
				FROM unnest(CAST(:rows AS int[]), CAST(:positions AS int[]), CAST(:customerNumbers AS text[]),
				    CAST(:outcomes AS text[]), CAST(:columns AS text[]), CAST(:keys AS text[]),
				    CAST(:arguments AS text[]), CAST(:participants AS uuid[]))
				    AS t(row_number, position, customer_number, outcome, column_code, message_key, arguments,
				         participant_id)
				""")
			.param("importId", id.id())
			.param("rows", rows)
			.param("positions", positions)
			.param("customerNumbers", customerNumbers)
			.param("outcomes", outcomes)
			.param("columns", columns)
			.param("keys", keys)
			.param("arguments", arguments)
			.param("participants", participants)
			.update();
	}

	/**
	 * Counts a failed attempt at the chunk under way.
	 * @return how many attempts in a row have failed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int recordFailure(ReferralImportId id) {
		return this.jdbc.sql("""
				UPDATE referral_import SET failures = failures + 1, progressed_at = :now WHERE id = :id
				RETURNING failures
				""").param("id", id.id()).param("now", now()).query(Integer.class).optional().orElse(0);
	}

	/**
	 * Ends the import; the file itself is erased, the report stays.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(ReferralImportId id, ReferralImportStatus status) {
		this.jdbc.sql("""
				UPDATE referral_import SET status = :status, finished_at = :now, progressed_at = :now, content = NULL
				WHERE id = :id AND finished_at IS NULL
				""").param("id", id.id()).param("status", status.name()).param("now", now()).update();
	}

	private static ReferralImportFinding finding(ReferralRowCheck.ReferralRow row, ReferralImportOutcome outcome,
			ReferralColumn column, String messageKey, ParticipantId participant, Object... arguments) {
		return new ReferralImportFinding(row.number(), row.customerNumber(), outcome, column, messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList(), participant);
	}

	private static ParticipantId ownCase(UUID participantId, UUID unitId, StaffMember importer) {
		return (unitId != null && unitId.equals(importer.unitId())) ? new ParticipantId(participantId) : null;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	/**
	 * Another worker finished the import or moved it on while this one read the chunk.
	 */
	static final class ImportMovedOn extends RuntimeException {

		ImportMovedOn(ReferralImportId id) {
			super("Referral import " + id.id() + " was moved on by another worker");
		}

	}

}
