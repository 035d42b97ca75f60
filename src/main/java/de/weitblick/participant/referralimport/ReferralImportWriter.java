package de.weitblick.participant.referralimport;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
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
public class ReferralImportWriter {

	/** Separates a finding's arguments in one text, so that findings unnest as rows. */
	private static final String ARGUMENT_SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final AuditTrail audit;

	private final Clock clock;

	ReferralImportWriter(JdbcClient jdbc, DataSource dataSource, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
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
	 * Stores a chunk and moves the import's position past it: {@link #decide} and
	 * {@link #store} in one transaction.
	 * @param id the import
	 * @param position where the chunk starts, as the runner read it
	 * @param rows the checked rows of the chunk, in file order
	 * @param importer on whose behalf, must not be null
	 * @throws ImportMovedOn when the import is finished or at another position, because
	 * another worker got there first; nothing is stored then
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void write(ReferralImportId id, int position, List<ReferralRowCheck.ReferralRow> rows,
			StaffMember importer) {
		store(id, position, decide(id, rows, importer, List.of()), () -> {
		});
	}

	/**
	 * Decides what becomes of each row of a chunk: registered, or reported as already
	 * imported or as a likely duplicate. Only reads, so the next chunk can be decided
	 * while the last one is still being stored.
	 * @param id the import
	 * @param rows the checked rows of the chunk, in file order
	 * @param importer on whose behalf, must not be null
	 * @param inFlight the rows registered by earlier chunks of this import that may not
	 * be committed yet, so are not visible to the queries; compared with as if they were
	 * @return never null
	 */
	Decision decide(ReferralImportId id, List<ReferralRowCheck.ReferralRow> rows, StaffMember importer,
			Collection<ReferralRowCheck.ReferralRow> inFlight) {
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
		alreadyKnown(id, candidates, importer, inFlight, refused);
		likelyDuplicates(candidates, importer, inFlight, refused);
		List<ReferralRowCheck.ReferralRow> created = candidates.stream()
			.filter(row -> !refused.containsKey(row.number()))
			.toList();
		findings.addAll(refused.values());
		int already = (int) refused.values()
			.stream()
			.filter(f -> f.outcome() == ReferralImportOutcome.ALREADY_IMPORTED)
			.count();
		return new Decision(importer, rows.size(), created, findings, already, refused.size() - already, invalid);
	}

	/**
	 * Stores what was decided for a chunk and moves the import's position past it, in one
	 * transaction. The position is moved last, after the chunk before has committed, so
	 * two chunks can be stored at the same time on two connections and still commit in
	 * file order: the position always says how far the file is wholly stored.
	 * @param id the import
	 * @param position where the chunk starts
	 * @param decision what to store
	 * @param chunkBefore waits until the chunk before this one has committed, or fails if
	 * it did not; then this one must not commit either, because it was decided on the
	 * earlier one's registrations
	 * @throws ImportMovedOn when the import is finished or at another position; nothing
	 * is stored then
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void store(ReferralImportId id, int position, Decision decision, Runnable chunkBefore) {
		// The chunk and the position commit together, so a commit lost in a database
		// crash loses both, and the chunk is imported again: waiting for the disk at
		// every commit would buy nothing here.
		this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		insertParticipants(id, decision.created(), decision.importer());
		chunkBefore.run();
		// A finding may link a case registered by the chunk before, visible only now.
		insertFindings(id, decision.findings());
		// Not FOR UPDATE: that would wait for the chunk behind this one, whose findings
		// hold a key-share lock on the import while it waits for this one to commit.
		Integer current = this.jdbc.sql("""
				SELECT processed_rows FROM referral_import WHERE id = :id AND finished_at IS NULL
				FOR NO KEY UPDATE
				""").param("id", id.id()).query(Integer.class).optional().orElse(null);
		if (current == null || current != position) {
			throw new ImportMovedOn(id);
		}
		this.jdbc.sql("""
				UPDATE referral_import
				SET processed_rows = processed_rows + :read, created_rows = created_rows + :created,
				    already_imported_rows = already_imported_rows + :already,
				    duplicate_rows = duplicate_rows + :duplicates, invalid_rows = invalid_rows + :invalid,
				    failures = 0, progressed_at = :now
				WHERE id = :id
				""")
			.param("id", id.id())
			.param("read", decision.read())
			.param("created", decision.created().size())
			.param("already", decision.alreadyImported())
			.param("duplicates", decision.duplicates())
			.param("invalid", decision.invalid())
			.param("now", now())
			.update();
	}

	/**
	 * Rows whose customer number is on record: imported before, or earlier in this file.
	 */
	private void alreadyKnown(ReferralImportId id, List<ReferralRowCheck.ReferralRow> candidates, StaffMember importer,
			Collection<ReferralRowCheck.ReferralRow> inFlight, Map<Integer, ReferralImportFinding> refused) {
		if (candidates.isEmpty()) {
			return;
		}
		record Known(UUID participantId, UUID unitId, UUID importId, Integer row) {
		}
		Map<String, Known> known = new HashMap<>();
		// Earlier chunks of this import, as the query will find them once they are
		// committed.
		for (ReferralRowCheck.ReferralRow row : inFlight) {
			known.put(row.customerNumber(),
					new Known(row.id(), row.participant().responsibleUnitId(), id.id(), row.number()));
		}
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
	 * Rows of people who seem registered already: the same birth date and a similar name
	 * ({@code similarity()} at least one half, or the same name), in every team, the
	 * check the registration form makes too. Everybody born on the chunk's dates is read
	 * in one query, together with the people earlier chunks of this import are still
	 * storing, and the names are compared here by their {@link NameTrigrams}: the same
	 * answer as {@code pg_trgm}'s, with each name's trigrams formed once instead of once
	 * per pair. Pairs with a name beyond ASCII are compared by the database itself. A
	 * match in the importer's team comes first, then the most similar.
	 * <p>
	 * Then, in file order, the rows repeating the customer number of an earlier row of
	 * the chunk that is registered, and the rows of a person such a row registers, by the
	 * same similar-name rule. A row is compared only with the earlier rows that are
	 * registered, in the order the checks of earlier chunks apply (customer number
	 * first), so a list reports the same rows whatever its chunk size.
	 */
	private void likelyDuplicates(List<ReferralRowCheck.ReferralRow> candidates, StaffMember importer,
			Collection<ReferralRowCheck.ReferralRow> inFlight, Map<Integer, ReferralImportFinding> refused) {
		List<ReferralRowCheck.ReferralRow> open = candidates.stream()
			.filter(row -> !refused.containsKey(row.number()))
			.toList();
		if (open.isEmpty()) {
			return;
		}
		// Keyed by the day's number, as the query gives it: cheaper than a date.
		Map<Integer, List<NamedRow>> chunkByBirth = new HashMap<>();
		for (ReferralRowCheck.ReferralRow row : open) {
			chunkByBirth.computeIfAbsent(day(row.participant().details().birthDate()), date -> new ArrayList<>(2))
				.add(new NamedRow(row.number(), row.searchName(), NameTrigrams.of(row.searchName())));
		}
		NameComparison comparison = new NameComparison();
		for (ReferralRowCheck.ReferralRow row : inFlight) {
			List<NamedRow> born = chunkByBirth.get(day(row.participant().details().birthDate()));
			if (born != null) {
				NamedPerson person = new NamedPerson(row.id(), row.participant().responsibleUnitId());
				comparison.withRegistered(born, row.searchName(), NameTrigrams.of(row.searchName()), () -> person);
			}
		}
		// Most people read are not alike: their ids are taken from the result only for
		// those who are.
		this.jdbc.sql("""
				SELECT birth_date - DATE '1970-01-01', search_name, id, responsible_unit_id FROM participant
				WHERE birth_date = ANY(CAST(:births AS date[]))
				""")
			.param("births",
					chunkByBirth.keySet()
						.stream()
						.map(day -> Date.valueOf(LocalDate.ofEpochDay(day)))
						.toArray(Date[]::new))
			.query(rs -> {
				String name = rs.getString(2);
				comparison.withRegistered(chunkByBirth.get(rs.getInt(1)), name, NameTrigrams.of(name),
						() -> uncheckedPerson(rs));
			});
		for (List<NamedRow> born : chunkByBirth.values()) {
			for (int later = 1; later < born.size(); later++) {
				for (int earlier = 0; earlier < later; earlier++) {
					comparison.withEarlierRow(born.get(later), born.get(earlier));
				}
			}
		}
		comparison.settleInTheDatabase();

		Map<Integer, List<Integer>> earlierAlike = comparison.earlierAlike;
		Map<Integer, ReferralImportFinding> registeredAlike = new HashMap<>();
		Map<Integer, ReferralRowCheck.ReferralRow> byNumber = new HashMap<>();
		open.forEach(row -> byNumber.put(row.number(), row));
		comparison.best(importer.unitId()).forEach((number, person) -> {
			ReferralRowCheck.ReferralRow row = byNumber.get(number);
			ParticipantId own = ownCase(person.id(), person.unitId(), importer);
			registeredAlike.put(number,
					finding(row, ReferralImportOutcome.DUPLICATE, null,
							(own != null) ? "participant.import.finding.likely-registered"
									: "participant.import.finding.likely-registered-other-team",
							own));
		});
		Map<String, Integer> registeringNumbers = new HashMap<>();
		Set<Integer> registering = new HashSet<>();
		for (ReferralRowCheck.ReferralRow row : open) {
			Integer sameNumber = registeringNumbers.get(row.customerNumber());
			if (sameNumber != null) {
				refused.put(row.number(), finding(row, ReferralImportOutcome.DUPLICATE, ReferralColumn.CUSTOMER_NUMBER,
						"participant.import.finding.customer-number-twice", null, sameNumber));
				continue;
			}
			ReferralImportFinding registered = registeredAlike.get(row.number());
			if (registered != null) {
				refused.put(row.number(), registered);
				continue;
			}
			Integer samePerson = earlierAlike.getOrDefault(row.number(), List.of())
				.stream()
				.filter(registering::contains)
				.min(Integer::compare)
				.orElse(null);
			if (samePerson != null) {
				refused.put(row.number(), finding(row, ReferralImportOutcome.DUPLICATE, null,
						"participant.import.finding.person-twice", null, samePerson));
				continue;
			}
			registering.add(row.number());
			registeringNumbers.put(row.customerNumber(), row.number());
		}
	}

	/** A row of the chunk with its name's trigrams, null beyond ASCII. */
	private record NamedRow(int number, String name, int[] trigrams) {
	}

	/** Somebody registered, or being registered by an earlier chunk. */
	private record NamedPerson(UUID id, UUID unitId) {
	}

	private static NamedPerson uncheckedPerson(ResultSet rs) {
		try {
			return new NamedPerson(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read a person born on a day of the chunk", ex);
		}
	}

	private static int day(LocalDate date) {
		return (int) date.toEpochDay();
	}

	/**
	 * The pairs of alike names of one chunk: each row with the people born on its day,
	 * and with the earlier rows of the chunk born on it. A pair the application cannot
	 * compare (a name beyond ASCII) waits for {@link #settleInTheDatabase}.
	 */
	private final class NameComparison {

		private record Match(NamedPerson person, float similarity) {
		}

		private final Map<Integer, List<Match>> registeredAlike = new HashMap<>();

		final Map<Integer, List<Integer>> earlierAlike = new HashMap<>();

		private final List<Runnable> undecided = new ArrayList<>();

		private final List<String> undecidedNames = new ArrayList<>();

		private final List<String> undecidedOthers = new ArrayList<>();

		private final List<Float> undecidedSimilarity = new ArrayList<>();

		/**
		 * @param person read only when the application finds the person alike, or must
		 * leave the comparison to the database; then at once
		 */
		void withRegistered(List<NamedRow> born, String name, int[] trigrams, Supplier<NamedPerson> person) {
			NamedPerson read = null;
			for (NamedRow row : born) {
				Float similarity = similarity(row.name(), row.trigrams(), name, trigrams);
				if (similarity == null || similarity >= 0.5f || name.equals(row.name())) {
					read = (read != null) ? read : person.get();
					NamedPerson alike = read;
					compared(row.name(), name, similarity,
							value -> this.registeredAlike.computeIfAbsent(row.number(), n -> new ArrayList<>(1))
								.add(new Match(alike, value)));
				}
			}
		}

		void withEarlierRow(NamedRow later, NamedRow earlier) {
			compared(later.name(), earlier.name(),
					similarity(later.name(), later.trigrams(), earlier.name(), earlier.trigrams()),
					similarity -> this.earlierAlike.computeIfAbsent(later.number(), n -> new ArrayList<>(1))
						.add(earlier.number()));
		}

		/**
		 * @return null when the database must tell
		 */
		private static Float similarity(String name, int[] trigrams, String other, int[] otherTrigrams) {
			return (trigrams != null && otherTrigrams != null) ? NameTrigrams.similarity(trigrams, otherTrigrams)
					: null;
		}

		private void compared(String name, String other, Float similarity, Consumer<Float> alike) {
			if (similarity != null) {
				if (name.equals(other) || similarity >= 0.5f) {
					alike.accept(similarity);
				}
				return;
			}
			int index = this.undecided.size();
			this.undecidedNames.add(name);
			this.undecidedOthers.add(other);
			this.undecided.add(() -> {
				float decided = this.undecidedSimilarity.get(index);
				if (name.equals(other) || decided >= 0.5f) {
					alike.accept(decided);
				}
			});
		}

		/**
		 * Compares the pairs left, in one query.
		 */
		void settleInTheDatabase() {
			if (this.undecided.isEmpty()) {
				return;
			}
			jdbc.sql("""
					SELECT similarity(a, b) FROM unnest(CAST(:names AS text[]), CAST(:others AS text[]))
					    WITH ORDINALITY AS t(a, b, pair) ORDER BY pair
					""")
				.param("names", this.undecidedNames.toArray(String[]::new))
				.param("others", this.undecidedOthers.toArray(String[]::new))
				.query((rs, n) -> this.undecidedSimilarity.add(rs.getFloat(1)))
				.list();
			this.undecided.forEach(Runnable::run);
		}

		/**
		 * The person registered each row matches best: in the importer's team first, then
		 * the most similar.
		 */
		Map<Integer, NamedPerson> best(UUID importersUnit) {
			Map<Integer, NamedPerson> best = new HashMap<>();
			this.registeredAlike.forEach((number, matches) -> best.put(number,
					matches.stream()
						.max(Comparator.comparing((Match m) -> importersUnit.equals(m.person().unitId()))
							.thenComparing(Match::similarity))
						.orElseThrow()
						.person()));
			return best;
		}

	}

	/**
	 * What becomes of the rows of a chunk.
	 *
	 * @param importer on whose behalf
	 * @param read the rows of the chunk
	 * @param created the rows to register, in file order
	 * @param findings the report of every other row
	 * @param alreadyImported rows whose customer number is on record
	 * @param duplicates rows of likely duplicates
	 * @param invalid rows with wrong values
	 */
	record Decision(StaffMember importer, int read, List<ReferralRowCheck.ReferralRow> created,
			List<ReferralImportFinding> findings, int alreadyImported, int duplicates, int invalid) {

	}

	private void insertParticipants(ReferralImportId id, List<ReferralRowCheck.ReferralRow> rows,
			StaffMember importer) {
		if (rows.isEmpty()) {
			return;
		}
		OffsetDateTime now = now();
		// The columns Participant maps; version 0 as for a newly saved aggregate.
		CopyRows participants = new CopyRows("participant",
				"id, version, family_name, given_names, search_name, birth_date, gender, street, postal_code, city, "
						+ "district_code, phone, email, born_with_german_citizenship, country_of_birth, immigration_year, "
						+ "single_parent, benefit_basis, unemployed_since, referral_source, counsellor_id, "
						+ "responsible_unit_id, status, registered_on, created_at, updated_at");
		CopyRows languages = new CopyRows("participant_language", "participant_id, language_code, level");
		CopyRows citizenships = new CopyRows("participant_citizenship", "participant_id, country_code");
		CopyRows focusGroups = new CopyRows("participant_focus_group",
				"participant_id, focus_group_code, valid_from, valid_until");
		CopyRows referrals = new CopyRows("participant_referral",
				"participant_id, customer_number, referred_on, import_id, row_number, recorded_at");
		CopyRows notes = new CopyRows("case_note",
				"id, participant_id, written_at, author, author_name, visibility, text");
		List<UUID> created = new ArrayList<>(rows.size());
		List<UUID> withNote = new ArrayList<>();
		for (ReferralRowCheck.ReferralRow row : rows) {
			Participant participant = row.participant();
			PersonalDetails details = participant.details();
			UUID participantId = row.id();
			created.add(participantId);
			participants.add(participantId, 0, details.familyName(), details.givenNames(), row.searchName(),
					details.birthDate(), details.gender().name(), details.street(), details.postalCode(),
					details.city(), details.districtCode(), details.phone(), details.email(),
					details.bornWithGermanCitizenship(), details.countryOfBirth(), details.immigrationYear(),
					details.singleParent(), details.benefitBasis().name(), details.unemployedSince(),
					details.referralSource().name(), participant.counsellorId(), participant.responsibleUnitId(),
					participant.status().name(), participant.registeredOn(), now, now);
			for (LanguageSkill skill : participant.languages()) {
				languages.add(participantId, skill.languageCode(), skill.level().name());
			}
			for (Citizenship citizenship : participant.citizenships()) {
				citizenships.add(participantId, citizenship.countryCode());
			}
			for (MembershipPeriod period : row.focusGroups()) {
				focusGroups.add(participantId, period.focusGroup().name(), period.from(), period.until());
			}
			referrals.add(participantId, row.customerNumber(), row.referredOn(), id.id(), row.number(), now);
			if (row.note() != null) {
				notes.add(TimeOrderedIds.next(), participantId, now, importer.username(), importer.displayName(),
						NoteVisibility.TEAM.name(), row.note());
				withNote.add(participantId);
			}
		}
		for (CopyRows table : List.of(participants, languages, citizenships, focusGroups, referrals, notes)) {
			table.copy(this.dataSource);
		}
		Actor actor = new Actor(importer.username(), importer.role().name());
		this.audit.recordActions(actor, AuditAction.CREATE, ParticipantManagement.SUBJECT_TYPE, created,
				AccessPurpose.REGISTRATION, AuditDetail.of("participant.audit.import-created", id.id()));
		this.audit.recordActions(actor, AuditAction.CREATE, CaseJournal.SUBJECT_TYPE, withNote,
				AccessPurpose.REGISTRATION, AuditDetail.of("participant.audit.import-note", id.id()));
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
				Arrays.stream(arguments).map(String::valueOf).toList(), participant);
	}

	private static ParticipantId ownCase(UUID participantId, UUID unitId, StaffMember importer) {
		return (unitId != null && unitId.equals(importer.unitId())) ? new ParticipantId(participantId) : null;
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	/**
	 * Another worker finished the import or moved it on while this one read the chunk.
	 */
	public static final class ImportMovedOn extends RuntimeException {

		ImportMovedOn(ReferralImportId id) {
			super("Referral import " + id.id() + " was moved on by another worker");
		}

	}

}
