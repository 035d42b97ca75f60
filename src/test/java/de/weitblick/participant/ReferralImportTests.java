package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportFinding;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportOutcome;
import de.weitblick.participant.referralimport.ReferralImportRunner;
import de.weitblick.participant.referralimport.ReferralImportStatus;
import de.weitblick.participant.referralimport.ReferralImportWriter;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.participant.referralimport.ReferralImportReports;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing a referral list on a real PostgreSQL: rows become case files of the
 * importer's team with focus groups and audit entries, bad rows are reported and not
 * stored, a second import of the same list creates nobody twice, and an import stopped
 * half-way resumes without losing or doubling a row.
 */
@WeitblickIntegrationTest
class ReferralImportTests {

	static final String HEADER = "Kundennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Stadtteil;Leistungsgrundlage;"
			+ "Arbeitslos seit;Sprachen;Staatsangehörigkeit;Fachkraft;Bemerkung";

	@Autowired
	ReferralListUploads uploads;

	@Autowired
	ReferralImportProgress progress;

	@Autowired
	ReferralImportReports reports;

	@Autowired
	ReferralImportRunner runner;

	@Autowired
	ReferralImportWriter writer;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	ParticipantFinder finder;

	@Autowired
	DataSubjectRights dataSubjectRights;

	@Autowired
	FocusGroupManagement focusGroups;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	StaffMember counsellor;

	/**
	 * Each test has its own family name and customer numbers, so tests sharing the
	 * database never meet.
	 */
	String familyName;

	String prefix;

	@BeforeEach
	void staff() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.familyName = unrelatedName();
		this.prefix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
	}

	@Test
	void aReferralListBecomesCaseFilesOfTheImportersTeamWithFocusGroupsAndAuditEntries() {
		ReferralImportId id = importNow(csv(
				row(1, "Anna", "14.03.1998", "w", "Wesertor", "SGB II", "01.02.2024", "\"ar Muttersprache, de B1\"",
						"SY", "", "\"Termine nur vormittags; Kita ab 8 Uhr\""),
				row(2, "Jonas", "2005-06-05", "m", "14", "", "", "de Muttersprache", "DE", "fachkraft", "")));

		ReferralImport done = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(done.status()).isEqualTo(ReferralImportStatus.COMPLETED);
		assertThat(done.createdRows()).isEqualTo(2);
		assertThat(done.reportedRows()).isZero();

		UUID anna = participantWith(customerNumber(1));
		CaseFile caseFile = this.caseFiles.caseFile(new ParticipantId(anna), this.counsellor, AccessPurpose.CASE_WORK)
			.orElseThrow();
		Participant participant = caseFile.participant();
		assertThat(participant.details().familyName()).isEqualTo(this.familyName);
		assertThat(participant.details().districtCode()).isEqualTo("14");
		assertThat(participant.details().birthDate()).isEqualTo(LocalDate.of(1998, 3, 14));
		assertThat(participant.details().unemployedSince()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(participant.details().singleParent()).isFalse();
		assertThat(participant.version()).isZero();
		assertThat(this.jdbc.sql("SELECT created_at FROM participant WHERE id = :id")
			.param("id", anna)
			.query(OffsetDateTime.class)
			.single()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
		assertThat(participant.details().referralSource()).isEqualTo(ReferralSource.JOBCENTER);
		assertThat(participant.counsellorId()).isEqualTo(this.counsellor.id());
		assertThat(participant.responsibleUnitId()).isEqualTo(this.counsellor.unitId());
		assertThat(participant.languages()).contains(new LanguageSkill("ar", LanguageLevel.NATIVE));
		// Long-term unemployed and with a migration history: the stored periods agree
		// with
		// the rules.
		assertThat(storedFocusGroups(anna)).containsExactlyInAnyOrderElementsOf(
				caseFile.focusGroups().stream().map(membership -> membership.focusGroup().name()).toList());
		assertThat(storedFocusGroups(anna)).contains("LONG_TERM_UNEMPLOYED");
		assertThat(this.audit.search(null, anna, 10)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			assertThat(entry.actor()).isEqualTo("fachkraft");
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.REGISTRATION);
		});
		assertThat(notesOf(anna)).containsExactly("Termine nur vormittags; Kita ab 8 Uhr");
		// The customer number is part of what the person is told on request.
		assertThat(this.dataSubjectRights.subjectAccess(new ParticipantId(anna), this.counsellor)
			.orElseThrow()
			.referrals()).singleElement()
			.satisfies(referral -> assertThat(referral.customerNumber()).isEqualTo(customerNumber(1)));
		// Found in the team's search, as every case file is.
		var found = this.finder.search(new ParticipantSearch(this.familyName, LocalDate.of(1998, 3, 14), null, null,
				null, null, null, false, 0, 20), this.counsellor, AccessPurpose.SEARCH);
		assertThat(found.items()).extracting(item -> item.id().id()).containsExactly(anna);
	}

	@Test
	void badRowsAreReportedWithRowColumnAndReasonAndOnlyGoodRowsAreImported() {
		ReferralImportId id = importNow(csv(row(1, "Gut", "03.01.1990", "w", "Mitte", "SGB II", "", "", "", "", ""),
				row(2, "Datum", "31.02.1988", "w", "Mitte", "SGB II", "", "", "", "", ""),
				row(3, "Stadtteil", "03.01.1990", "m", "Atlantis", "Hartz", "", "", "", "", ""),
				customerNumber(4) + ";;Ohne Nachname;03.01.1990" + ";".repeat(8),
				row(5, "Zukunft", "01.01.2090", "d", "", "", "", "", "", "", "")));

		ReferralImport done = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(done.createdRows()).isEqualTo(1);
		assertThat(done.invalidRows()).isEqualTo(4);
		List<ReferralImportFinding> findings = this.reports.report(id, 0, 100, this.counsellor).findings();
		assertThat(findings).extracting(f -> f.row() + " " + f.column() + " " + f.messageKey())
			.containsExactly("3 BIRTH_DATE participant.import.finding.date-impossible",
					"4 DISTRICT participant.import.finding.district",
					"4 BENEFIT_BASIS participant.import.finding.benefit-basis",
					"5 FAMILY_NAME participant.import.finding.required",
					"6 BIRTH_DATE participant.rule.birth-date-in-future");
		assertThat(findings).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(ReferralImportOutcome.INVALID));
		assertThat(findings.get(0).arguments()).containsExactly("31.02.1988");
		assertThat(countReferrals()).isEqualTo(1);
		// Reading the report is audited like any read of personal data.
		assertThat(this.audit.search("fachkraft", id.id(), 5)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.subjectType()).isEqualTo(ReferralImportReports.SUBJECT_TYPE);
		});
	}

	@Test
	void importingTheSameListTwiceCreatesNobodyTwice() {
		String list = csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", ""),
				row(2, "Max", "04.02.1985", "m", "", "", "", "", "", "", ""));
		importNow(list);

		ReferralImportId second = importNow(list);

		ReferralImport again = this.progress.referralImport(second, this.counsellor).orElseThrow();
		assertThat(again.createdRows()).isZero();
		assertThat(again.alreadyImportedRows()).isEqualTo(2);
		assertThat(this.reports.report(second, 0, 10, this.counsellor).findings()).allSatisfy(finding -> {
			assertThat(finding.outcome()).isEqualTo(ReferralImportOutcome.ALREADY_IMPORTED);
			assertThat(finding.messageKey()).isEqualTo("participant.import.finding.already-imported");
			assertThat(finding.participant()).isNotNull();
		});
		assertThat(countReferrals()).isEqualTo(2);
		assertThat(countParticipantsNamed()).isEqualTo(2);
	}

	@Test
	void anImportStoppedHalfWayResumesWithoutLosingOrDoublingARow() {
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			rows.add(row(i, "Person" + (char) ('A' + i), LocalDate.of(1980, 1, 1).plusDays(i * 37L).toString(), "w", "",
					"", "", "", "", "", ""));
		}
		ReferralImportId id = this.uploads.accept("liste.csv",
				csv(rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8), this.counsellor);

		// The process "dies" after two chunks of ten: what they stored stays, the rest is
		// not begun.
		assertThat(this.runner.run(id, 2, 10)).isFalse();
		ReferralImport stopped = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(stopped.processedRows()).isEqualTo(20);
		assertThat(stopped.interrupted()).isTrue();
		assertThat(countReferrals()).isEqualTo(20);

		// A worker that read the chunk before the stop cannot store it a second time.
		assertThatThrownBy(() -> this.writer.write(id, 10, List.of(), this.counsellor))
			.isInstanceOf(ReferralImportWriter.ImportMovedOn.class);

		// The restarted runner takes it up at row 21.
		this.runner.resumeAtStartUp();
		awaitFinished(id);

		ReferralImport done = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(done.status()).isEqualTo(ReferralImportStatus.COMPLETED);
		assertThat(done.processedRows()).isEqualTo(25);
		assertThat(done.createdRows()).isEqualTo(25);
		assertThat(countReferrals()).isEqualTo(25);
		assertThat(countParticipantsNamed()).isEqualTo(25);
		assertThat(this.jdbc.sql("SELECT content IS NULL FROM referral_import WHERE id = :id")
			.param("id", id.id())
			.query(Boolean.class)
			.single()).as("the file is erased once imported").isTrue();
	}

	@Test
	void aPersonRegisteredBeforeIsReportedAsLikelyDuplicateAndRowsRepeatedInTheFileOnce() {
		ParticipantId registered = registeredWoman("Fatma", LocalDate.of(1987, 5, 6));

		ReferralImportId id = importNow(csv(row(1, "Fatma", "06.05.1987", "w", "", "", "", "", "", "", ""),
				row(2, "Paula", "01.01.1999", "w", "", "", "", "", "", "", ""),
				row(2, "Paula", "01.01.1999", "w", "", "", "", "", "", "", ""),
				row(4, "Paula", "01.01.1999", "w", "", "", "", "", "", "", "")));

		ReferralImport done = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(done.createdRows()).isEqualTo(1);
		assertThat(done.duplicateRows()).isEqualTo(3);
		assertThat(this.reports.report(id, 0, 10, this.counsellor).findings())
			.extracting(f -> f.row() + " " + f.messageKey())
			.containsExactly("2 participant.import.finding.likely-registered",
					"4 participant.import.finding.customer-number-twice", "5 participant.import.finding.person-twice");
		assertThat(this.reports.report(id, 0, 10, this.counsellor).findings().get(0).participant())
			.isEqualTo(registered);
	}

	@Test
	void aPersonWhoseBirthDateWasCorrectedIsReportedUnderTheNewDateOnly() {
		ParticipantId registered = registeredWoman("Fatma", LocalDate.of(1987, 5, 6));
		this.jdbc.sql("UPDATE participant SET birth_date = DATE '1988-07-08' WHERE id = :id")
			.param("id", registered.id())
			.update();

		ReferralImportId underTheOldDate = importNow(
				csv(row(1, "Fatma", "06.05.1987", "w", "", "", "", "", "", "", "")));
		ReferralImportId underTheNewDate = importNow(
				csv(row(2, "Fatma", "08.07.1988", "w", "", "", "", "", "", "", "")));

		assertThat(this.reports.report(underTheOldDate, 0, 10, this.counsellor).findings()).isEmpty();
		assertThat(this.reports.report(underTheNewDate, 0, 10, this.counsellor).findings())
			.extracting(f -> f.row() + " " + f.messageKey() + " " + f.participant())
			.containsExactly("2 participant.import.finding.likely-registered " + registered);
	}

	@Test
	void namesWithLettersBeyondAsciiAreComparedForLikelyDuplicatesToo() {
		// "ı" is kept by the search name's folding, so these names are compared by the
		// database, not by the application's trigrams.
		ParticipantId registered = registeredWoman("Aylın", LocalDate.of(1990, 2, 3));

		ReferralImportId id = importNow(csv(row(1, "Aylın", "03.02.1990", "w", "", "", "", "", "", "", ""),
				row(2, "Işıl", "04.04.1991", "w", "", "", "", "", "", "", ""),
				row(3, "Işıla", "04.04.1991", "w", "", "", "", "", "", "", "")));

		assertThat(this.reports.report(id, 0, 10, this.counsellor).findings())
			.extracting(f -> f.row() + " " + f.messageKey())
			.containsExactly("2 participant.import.finding.likely-registered",
					"4 participant.import.finding.person-twice");
		assertThat(this.reports.report(id, 0, 10, this.counsellor).findings().get(0).participant())
			.isEqualTo(registered);
	}

	@Test
	void aPersonInTwoChunksStoredAtTheSameTimeIsRegisteredOnce() throws Exception {
		// Chunks of two rows: the second chunk repeats the first one's customer number
		// and
		// its person under another number.
		ReferralImportId id = this.uploads.accept("zuweisungen.csv",
				csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", ""),
						row(2, "Maximilian", "04.02.1985", "m", "", "", "", "", "", "", ""),
						row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", ""),
						row(4, "Maximillian", "04.02.1985", "m", "", "", "", "", "", "", ""))
					.getBytes(StandardCharsets.UTF_8),
				this.counsellor);

		// No case file can be written while this transaction holds the table: the second
		// chunk is decided while the first one is still in flight.
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			Future<Boolean> running;
			try {
				try (Statement hold = holder.createStatement()) {
					hold.execute("LOCK TABLE participant IN SHARE MODE");
				}
				running = worker.submit(() -> this.runner.run(id, Integer.MAX_VALUE, 2));
				awaitAWriterWaitingForTheTable();
				assertThat(running).isNotDone();
			}
			finally {
				holder.rollback();
			}
			assertThat(running.get(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			worker.shutdownNow();
		}

		ReferralImport done = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(done.createdRows()).isEqualTo(2);
		assertThat(done.duplicateRows()).isEqualTo(2);
		UUID erika = participantWith(customerNumber(1));
		UUID max = participantWith(customerNumber(2));
		assertThat(this.reports.report(id, 0, 10, this.counsellor).findings())
			.extracting(f -> f.row() + " " + f.messageKey() + " " + f.participant().id())
			.containsExactly("4 participant.import.finding.customer-number-twice " + erika,
					"5 participant.import.finding.likely-registered " + max);
		assertThat(countParticipantsNamed()).isEqualTo(2);
	}

	@Test
	void twoListsOfTheSamePeopleImportedAtTheSameTimeRegisterEachPersonOnceAndReportTheOthersAsLikelyDuplicates()
			throws Exception {
		// The same people under other customer numbers, as two Jobcenter offices might
		// send them.
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			String givenName = "Person" + (char) ('A' + i % 26) + (char) ('a' + i / 26);
			String born = LocalDate.of(1970, 1, 1).plusDays(i * 53L).toString();
			first.add(row(i, givenName, born, "w", "", "", "", "", "", "", ""));
			second.add(row(100 + i, givenName, born, "w", "", "", "", "", "", "", ""));
		}
		ReferralImportId one = this.uploads.accept("amt-nord.csv",
				csv(first.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8), this.counsellor);
		ReferralImportId other = this.uploads.accept("amt-sued.csv",
				csv(second.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8), this.counsellor);

		// Both are decided and ready to store before either can write a case file.
		whileThePeoplesTableIsHeld(2,
				() -> List.of(inBackground(() -> awaitFinished(one)), inBackground(() -> awaitFinished(other))));

		ReferralImport a = this.progress.referralImport(one, this.counsellor).orElseThrow();
		ReferralImport b = this.progress.referralImport(other, this.counsellor).orElseThrow();
		assertThat(countParticipantsNamed()).isEqualTo(40);
		assertThat(a.createdRows() + b.createdRows()).isEqualTo(40);
		assertThat(a.duplicateRows() + b.duplicateRows()).isEqualTo(40);
		ReferralImportId later = (a.createdRows() == 40) ? other : one;
		assertThat(this.reports.report(later, 0, 100, this.counsellor).findings()).hasSize(40).allSatisfy(finding -> {
			assertThat(finding.messageKey()).isEqualTo("participant.import.finding.likely-registered");
			assertThat(finding.participant()).isNotNull();
		});
	}

	@Test
	void aRegistrationRacingAnImportOfThePersonIsRefusedAsAPossibleDuplicate() throws Exception {
		ReferralImportId id = this.uploads.accept("zuweisungen.csv",
				csv(row(1, "Henrike", "09.09.1979", "w", "", "", "", "", "", "", "")).getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		List<Future<?>> racing = new ArrayList<>();

		whileThePeoplesTableIsHeld(2, () -> {
			racing.add(inBackground(() -> awaitFinished(id)));
			awaitWaitingForALock(1);
			racing.add(inBackground(() -> registeredWomanUnlessDuplicate("Henrike", LocalDate.of(1979, 9, 9))));
			return racing;
		});

		assertThat(this.progress.referralImport(id, this.counsellor).orElseThrow().createdRows()).isEqualTo(1);
		assertThat(racing.get(1)).failsWithin(java.time.Duration.ZERO)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOfSatisfying(PossibleDuplicatesFound.class,
					found -> assertThat(found.duplicates()).extracting(PossibleDuplicate::id)
						.containsExactly(new ParticipantId(participantWith(customerNumber(1)))));
		assertThat(countParticipantsNamed()).isEqualTo(1);
	}

	/**
	 * Holds the people's table while the work is started, until so many sessions wait for
	 * a lock (the table, or a birth date another holds), then lets go and waits for the
	 * work to end.
	 */
	private void whileThePeoplesTableIsHeld(int waiting, Callable<List<Future<?>>> work) throws Exception {
		List<Future<?>> started;
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try {
				try (Statement hold = holder.createStatement()) {
					hold.execute("LOCK TABLE participant IN SHARE MODE");
				}
				started = work.call();
				awaitWaitingForALock(waiting);
			}
			finally {
				holder.rollback();
			}
		}
		for (Future<?> each : started) {
			try {
				each.get(120, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// Asserted by the caller.
			}
		}
	}

	private static Future<?> inBackground(Runnable work) {
		return CompletableFuture.runAsync(work, Executors.newVirtualThreadPerTaskExecutor());
	}

	@Test
	void aNoteWithLineBreaksTabsAndBackslashesIsStoredAsWritten() {
		ReferralImportId id = importNow(csv(row(1, "Ida", "02.02.1992", "w", "", "", "", "", "", "",
				"\"Termine: Mo\tDi\nUnterlagen unter \\\\server\\zuweisung\"")));

		assertThat(this.progress.referralImport(id, this.counsellor).orElseThrow().createdRows()).isEqualTo(1);
		assertThat(notesOf(participantWith(customerNumber(1))))
			.containsExactly("Termine: Mo\tDi\nUnterlagen unter \\\\server\\zuweisung");
	}

	@Test
	void aListReportsTheSameLikelyDuplicatesWhateverItsChunkSize() {
		// Two lists alike in every respect that decides a likely duplicate, but not alike
		// each other: the names of the second are those of the first with each letter
		// moved on by 13, its birth dates 20 years later. The given names are moved on
		// too: a family name may share a trigram with a given name ("Erf…" and "Erika"),
		// and moved on alone it would not, which changes who is alike.
		List<String> families = List.of(unrelatedName(), unrelatedName(), unrelatedName());
		List<String> given = List.of("Maximilian", "Maximillian", "Anna", "Anne", "Paula", "Paul", "Erika", "Erik",
				"Sophie", "Sofie");
		java.util.Random random = new java.util.Random(7);
		String first = HEADER + "\r\n";
		String second = HEADER + "\r\n";
		for (int i = 1; i <= 1_200; i++) {
			String family = families.get(random.nextInt(families.size()));
			String givenName = given.get(random.nextInt(given.size()));
			LocalDate born = LocalDate.of(1961, 1, 1).plusDays(random.nextInt(30));
			// Now and then a customer number again, of a row shortly before.
			int number = (i % 37 == 0) ? i - 5 : i;
			first += String.join(";", this.prefix + "A" + number, family, givenName, born.toString(), "w", "", "", "",
					"", "", "", "") + "\r\n";
			second += String.join(";", this.prefix + "B" + number, rotated(family), rotated(givenName),
					born.plusYears(20).toString(), "w", "", "", "", "", "", "", "") + "\r\n";
		}
		ReferralImportId small = this.uploads.accept("klein.csv", first.getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		assertThat(this.runner.run(small, Integer.MAX_VALUE, 500)).isTrue();
		ReferralImportId large = this.uploads.accept("gross.csv", second.getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		assertThat(this.runner.run(large, Integer.MAX_VALUE, 5_000)).isTrue();

		ReferralImport inSmallChunks = this.progress.referralImport(small, this.counsellor).orElseThrow();
		ReferralImport inOneChunk = this.progress.referralImport(large, this.counsellor).orElseThrow();
		assertThat(inSmallChunks.duplicateRows()).isPositive();
		assertThat(inOneChunk.duplicateRows()).isEqualTo(inSmallChunks.duplicateRows());
		assertThat(inOneChunk.createdRows()).isEqualTo(inSmallChunks.createdRows());
		assertThat(duplicateRowsOf(large)).isEqualTo(duplicateRowsOf(small));
	}

	@Test
	void anImportReportsAsLikelyRegisteredExactlyThePeopleTheRegistrationFormWarnsOf() {
		// Short names alike in many ways, some beyond ASCII: pairs on both sides of a
		// similarity of one half. Each birth date has two people registered by a first
		// list and one row of a second list, so the second list's rows meet only the
		// registered people.
		List<String> families = List.of("Meyer", "Maier", "Yılmaz", "Yilmaz", "Schulz", "Schultz", "Becker", "Kaya",
				"Kayra", "Nowak");
		List<String> given = List.of("Anna", "Anne", "Işıl", "Işıla", "Jan", "Jana", "Mehmet", "Sofia");
		java.util.Random random = new java.util.Random(11);
		// Days of eight decades, so that a test database kept between runs seldom has
		// people of an earlier run on them; none so long ago that the person would be
		// older than anybody registered here.
		LocalDate firstDay = LocalDate.of(1910, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(29_000));
		// The first days hold pairs at the bound: a similar name that shares no more than
		// five in eight of the row's trigrams (a short name registered, a longer one
		// in the list), and its like beyond ASCII.
		List<List<String>> fixed = List.of(List.of("Kaya", "Jana", "Nowak", "Anna", "Kaya", "Jana Sofia"),
				List.of("Yılmaz", "Işıl", "Becker", "Jan", "Yılmaz", "Işıl Ayşe"),
				List.of("Schulz", "Anna Sofia", "Meyer", "Jana", "Schulz", "Anna"));
		String registered = HEADER + "\r\n";
		List<PersonalDetails> second = new ArrayList<>();
		for (int day = 0; day < 30; day++) {
			LocalDate born = firstDay.plusDays(day);
			List<String> names = (day < fixed.size()) ? fixed.get(day)
					: IntStream.range(0, 3)
						.boxed()
						.flatMap(i -> java.util.stream.Stream.of(families.get(random.nextInt(families.size())),
								given.get(random.nextInt(given.size()))))
						.toList();
			for (int i = 0; i < 2; i++) {
				registered += String.join(";", this.prefix + "R" + (day * 10 + i), names.get(2 * i),
						names.get(2 * i + 1), born.toString(), "w", "", "", "", "", "", "", "") + "\r\n";
			}
			second.add(new PersonalDetails(names.get(4), names.get(5), born, Gender.FEMALE, null, null, null, null,
					null, null, false, null, null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER));
		}
		importNow(registered);
		// The registration form's rule, asked of the database for each row.
		List<Integer> warnedOf = new ArrayList<>();
		for (int i = 0; i < second.size(); i++) {
			if (!this.participants.possibleDuplicates(second.get(i), null, this.counsellor).isEmpty()) {
				warnedOf.add(i + 2);
			}
		}

		ReferralImportId id = importNow(HEADER + "\r\n" + IntStream.range(0, second.size())
			.mapToObj(i -> String.join(";", this.prefix + "S" + i, second.get(i).familyName(),
					second.get(i).givenNames(), second.get(i).birthDate().toString(), "w", "", "", "", "", "", "", ""))
			.collect(Collectors.joining("\r\n")) + "\r\n");

		assertThat(warnedOf).as("the data set has rows on both sides of the rule")
			.contains(2, 3, 4)
			.hasSizeLessThan(30);
		assertThat(this.reports.report(id, 0, 100, this.counsellor).findings())
			.filteredOn(finding -> finding.messageKey().startsWith("participant.import.finding.likely-registered"))
			.extracting(ReferralImportFinding::row)
			.containsExactlyElementsOf(warnedOf);
	}

	private List<Integer> duplicateRowsOf(ReferralImportId id) {
		return this.jdbc.sql("""
				SELECT row_number FROM referral_import_finding WHERE import_id = :id AND outcome = 'DUPLICATE'
				ORDER BY row_number
				""").param("id", id.id()).query(Integer.class).list();
	}

	private static String rotated(String name) {
		StringBuilder rotated = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			char base = Character.isUpperCase(c) ? 'A' : 'a';
			rotated.append((char) (base + (c - base + 13) % 26));
		}
		return rotated.toString();
	}

	@Test
	void aChunkThatCannotBeStoredTakesTheChunkBehindItBackAndStopsTheImport() {
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			rows.add(row(i, "Person" + (char) ('A' + i), LocalDate.of(1980, 1, 1).plusDays(i * 41L).toString(), "w", "",
					"", "", "", "", "", ""));
		}
		ReferralImportId id = this.uploads.accept("liste.csv",
				csv(rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8), this.counsellor);
		// The database refuses the second chunk's first customer number, every time.
		String trigger = "refuse_" + this.prefix;
		this.jdbc.sql("""
				CREATE FUNCTION %s() RETURNS trigger AS $$
				BEGIN
				    IF NEW.customer_number = '%s' THEN RAISE EXCEPTION 'refused'; END IF;
				    RETURN NEW;
				END $$ LANGUAGE plpgsql
				""".formatted(trigger, customerNumber(3))).update();
		this.jdbc
			.sql("CREATE TRIGGER %s BEFORE INSERT ON participant_referral FOR EACH ROW EXECUTE FUNCTION %s()"
				.formatted(trigger, trigger))
			.update();
		try {
			assertThat(this.runner.run(id, Integer.MAX_VALUE, 2)).isTrue();
		}
		finally {
			this.jdbc.sql("DROP TRIGGER %s ON participant_referral".formatted(trigger)).update();
			this.jdbc.sql("DROP FUNCTION %s()".formatted(trigger)).update();
		}

		// Only the first chunk stays: the third, stored at the same time as the second,
		// was taken back with it.
		ReferralImport stopped = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(stopped.status()).isEqualTo(ReferralImportStatus.FAILED);
		assertThat(stopped.processedRows()).isEqualTo(2);
		assertThat(stopped.createdRows()).isEqualTo(2);
		assertThat(countReferrals()).isEqualTo(2);
		assertThat(countParticipantsNamed()).isEqualTo(2);
	}

	@Test
	void anotherTeamNeitherSeesTheImportNorLearnsWhoHoldsTheCustomerNumber() {
		ReferralImportId id = importNow(csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", "")));
		StaffMember otherTeam = otherTeamCounsellor();

		assertThat(this.progress.referralImport(id, otherTeam)).isEmpty();
		assertThat(this.progress.imports(otherTeam, 100)).noneMatch(i -> i.id().equals(id));
		assertThatThrownBy(() -> this.reports.report(id, 0, 10, otherTeam)).isInstanceOf(NotFound.class);

		ReferralImportId theirs = this.uploads.accept("liste.csv",
				csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", "")).getBytes(StandardCharsets.UTF_8),
				otherTeam);
		awaitFinished(theirs);
		assertThat(this.reports.report(theirs, 0, 10, otherTeam).findings()).singleElement().satisfies(finding -> {
			assertThat(finding.messageKey()).isEqualTo("participant.import.finding.already-imported-other-team");
			assertThat(finding.participant()).isNull();
		});
	}

	@Test
	void onlyACounsellorOfATeamMayImport() {
		StaffMember partner = new StaffMember(UUID.randomUUID(), "jobcenter", "Jobcenter",
				de.weitblick.organisation.Role.PARTNER, null);

		assertThatThrownBy(
				() -> this.uploads.start("liste.csv",
						csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", ""))
							.getBytes(StandardCharsets.UTF_8),
						partner))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("participant.import.rule.may-not-import"));
	}

	@Test
	void theSameFileSentAgainWhileItRunsIsNotQueuedTwice() {
		byte[] list = csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", ""))
			.getBytes(StandardCharsets.UTF_8);

		ReferralImportId first = this.uploads.accept("liste.csv", list, this.counsellor);
		ReferralImportId second = this.uploads.accept("liste (1).csv", list, this.counsellor);

		assertThat(second).isEqualTo(first);
		awaitFinished(first);
	}

	@Test
	void aQueuedImportIsInterruptedOnlyWhenNobodyTookItUpForLongerThanTheCheckForStalledImports() {
		ReferralImportId id = this.uploads.accept("liste.csv",
				csv(row(1, "Erika", "03.01.1990", "w", "", "", "", "", "", "", "")).getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		assertThat(this.progress.referralImport(id, this.counsellor).orElseThrow().interrupted()).isFalse();

		// The instance that queued it stopped before a worker took it up, two minutes
		// ago.
		this.jdbc.sql("UPDATE referral_import SET uploaded_at = uploaded_at - INTERVAL '2 minutes' WHERE id = :id")
			.param("id", id.id())
			.update();

		ReferralImport left = this.progress.referralImport(id, this.counsellor).orElseThrow();
		assertThat(left.status()).isEqualTo(ReferralImportStatus.QUEUED);
		assertThat(left.interrupted()).isTrue();
		awaitFinished(id);
	}

	/**
	 * A woman of this test's family, registered through the form before the import.
	 */
	private ParticipantId registeredWoman(String givenNames, LocalDate birthDate) {
		PersonalDetails details = new PersonalDetails(this.familyName, givenNames, birthDate, Gender.FEMALE, null, null,
				null, null, null, null, false, "TR", null, false, BenefitBasis.SGB_II, null, ReferralSource.SELF);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null,
				false, this.counsellor);
	}

	private ParticipantId registeredWomanUnlessDuplicate(String givenNames, LocalDate birthDate) {
		PersonalDetails details = new PersonalDetails(this.familyName, givenNames, birthDate, Gender.FEMALE, null, null,
				null, null, null, null, false, "TR", null, false, BenefitBasis.SGB_II, null, ReferralSource.SELF);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null,
				false, false, this.counsellor);
	}

	/**
	 * A family name that shares no part with any other test's: names with a common prefix
	 * would be likely duplicates of each other's people with the same birth date.
	 */
	static String unrelatedName() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 11; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	private ReferralImportId importNow(String csv) {
		ReferralImportId id = this.uploads.accept("zuweisungen.csv", csv.getBytes(StandardCharsets.UTF_8),
				this.counsellor);
		awaitFinished(id);
		return id;
	}

	/**
	 * Waits until the import waits for the lock on the people's table, instead of
	 * guessing how long it takes to get there.
	 */
	private void awaitAWriterWaitingForTheTable() throws InterruptedException {
		awaitWaitingForALock(1);
	}

	private void awaitWaitingForALock(int sessions) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'
				""").query(Integer.class).single() < sessions) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The import never came to store a chunk");
			}
			TimeUnit.MILLISECONDS.sleep(10);
		}
	}

	private void awaitFinished(ReferralImportId id) {
		ImportsToTheEnd.awaitFinished(this.runner, id);
	}

	private String csv(String... rows) {
		return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
	}

	private String row(int number, String givenName, String birthDate, String gender, String district,
			String benefitBasis, String unemployedSince, String languages, String citizenship, String counsellor,
			String note) {
		return String.join(";", customerNumber(number), this.familyName, givenName, birthDate, gender, district,
				benefitBasis, unemployedSince, languages, citizenship, counsellor, note);
	}

	private String customerNumber(int number) {
		return this.prefix + "X" + number;
	}

	private UUID participantWith(String customerNumber) {
		return this.jdbc.sql("SELECT participant_id FROM participant_referral WHERE customer_number = :number")
			.param("number", customerNumber)
			.query(UUID.class)
			.single();
	}

	private int countReferrals() {
		return this.jdbc.sql("SELECT count(*) FROM participant_referral WHERE customer_number LIKE :prefix")
			.param("prefix", this.prefix + "X%")
			.query(Integer.class)
			.single();
	}

	private int countParticipantsNamed() {
		return this.jdbc.sql("SELECT count(*) FROM participant WHERE family_name = :name")
			.param("name", this.familyName)
			.query(Integer.class)
			.single();
	}

	private List<String> storedFocusGroups(UUID participant) {
		return this.jdbc
			.sql("""
					SELECT focus_group_code FROM participant_focus_group
					WHERE participant_id = :id AND valid_from <= CURRENT_DATE AND (valid_until IS NULL OR valid_until > CURRENT_DATE)
					""")
			.param("id", participant)
			.query(String.class)
			.list();
	}

	private List<String> notesOf(UUID participant) {
		return this.jdbc.sql("SELECT text FROM case_note WHERE participant_id = :id")
			.param("id", participant)
			.query(String.class)
			.list();
	}

	private StaffMember otherTeamCounsellor() {
		return OtherTeam.counsellor(this.jdbc, this.organisation);
	}

}
