package de.weitblick.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail keeps an entry until the end of the year after the one it was written
 * in, then drops its month; a hold for a control procedure keeps the entries of a person
 * or of a user until it ends or is lifted. Driven by clocks set to the days of the runs.
 */
@WeitblickIntegrationTest
class AuditTrailRetentionTests {

	private static final Actor OFFICER = new Actor("datenschutz", "DATA_PROTECTION_OFFICER");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void entriesOfAYearGoAtTheEndOfTheNextYearExceptThoseOfAHeldPersonOrUserUntilTheHoldEnds() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID held = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		String heldUser = "gehalten-" + tag;
		String otherUser = "andere-" + tag;
		this.transactions
			.executeWithoutResult(status -> this.jdbc.sql("SELECT audit_trail_add_months('2024-01-01', 24)")
				.query(Integer.class)
				.single());
		write("2024-03-10T09:00:00Z", trail -> trail.recordAction(new Actor(otherUser, "COUNSELLOR"), AuditAction.READ,
				"participant", held, AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.health-read")));
		write("2024-03-11T09:00:00Z", trail -> trail.recordList(new Actor(otherUser, "COUNSELLOR"), "participant",
				List.of(other, held), AccessPurpose.CASELOAD, AuditDetail.of("participant.audit.listed", 2)));
		write("2024-07-01T09:00:00Z", trail -> trail.recordAction(new Actor(heldUser, "COUNSELLOR"), AuditAction.READ,
				"participant", other, AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.health-read")));
		write("2024-12-31T22:00:00Z", trail -> trail.recordList(new Actor(otherUser, "COUNSELLOR"), "participant",
				List.of(other), AccessPurpose.CASELOAD, AuditDetail.of("participant.audit.listed", 1)));
		write("2025-02-01T09:00:00Z", trail -> trail.recordAction(new Actor(otherUser, "COUNSELLOR"), AuditAction.READ,
				"participant", other, AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.health-read")));
		AuditHolds holds = holdsAsOf("2025-11-20T10:00:00Z");
		AuditHold personHold = this.transactions
			.execute(status -> holds.place(OFFICER, held, null, "Az. 4711", LocalDate.parse("2026-06-30")));
		this.transactions.execute(status -> holds.place(OFFICER, null, heldUser.toUpperCase(), "Az. 4712",
				LocalDate.parse("2026-06-30")));

		AuditRetentionRun lastDayOfNextYear = runAt("2025-12-31T20:00:00Z");
		assertThat(lastDayOfNextYear.cutOff()).isEqualTo(LocalDate.parse("2024-01-01"));
		assertThat(lastDayOfNextYear.partitions()).doesNotContain("audit_event_2024_03");
		assertThat(entriesOf(held)).hasSize(2);
		assertThat(entriesBy(otherUser)).hasSize(4);

		AuditRetentionRun newYear = runAt("2026-01-01T01:00:00Z");
		assertThat(newYear.cutOff()).isEqualTo(LocalDate.parse("2025-01-01"));
		assertThat(newYear.partitions()).contains("audit_event_2024_03", "audit_event_2024_07", "audit_event_2024_12");
		assertThat(newYear.kept()).isGreaterThanOrEqualTo(3);
		assertThat(newYear.removed()).isGreaterThanOrEqualTo(1);
		assertThat(entriesOf(held)).extracting(AuditEntry::occurredAt)
			.containsExactly(Instant.parse("2024-03-11T09:00:00Z"), Instant.parse("2024-03-10T09:00:00Z"));
		assertThat(entriesOf(held).get(0).subjectIds()).containsExactlyInAnyOrder(other, held);
		assertThat(entriesBy(heldUser)).hasSize(1);
		assertThat(entriesBy(otherUser)).extracting(AuditEntry::occurredAt)
			.containsExactly(Instant.parse("2025-02-01T09:00:00Z"), Instant.parse("2024-03-11T09:00:00Z"),
					Instant.parse("2024-03-10T09:00:00Z"));
		assertThat(recordedRuns()).extracting(AuditRetentionRun::ranAt).contains(Instant.parse("2026-01-01T01:00:00Z"));

		AuditHolds later = holdsAsOf("2026-02-01T10:00:00Z");
		this.transactions.execute(status -> later.lift(OFFICER, personHold.id(), personHold.version()));
		runAt("2026-02-02T01:00:00Z");
		assertThat(entriesOf(held)).isEmpty();
		assertThat(entriesBy(heldUser)).hasSize(1);

		AuditRetentionRun afterTheHoldEnded = runAt("2026-07-01T01:00:00Z");
		assertThat(afterTheHoldEnded.partitions()).contains("audit_event_2024_07");
		assertThat(entriesBy(heldUser)).isEmpty();
		assertThat(entriesBy(otherUser)).hasSize(1);
	}

	@Test
	void aWriteForAMonthWithoutAPartitionIsStoredAndMovesIntoItsMonthWhenThatIsCreated() {
		String user = "ohne-monat-" + UUID.randomUUID().toString().substring(0, 8);
		UUID person = UUID.randomUUID();
		write("2019-05-17T12:00:00Z", trail -> trail.recordAction(new Actor(user, "COUNSELLOR"), AuditAction.READ,
				"participant", person, AccessPurpose.CASE_WORK, null));
		assertThat(partitionOf(user)).isEqualTo("audit_event_default");

		this.transactions.executeWithoutResult(status -> this.jdbc.sql("SELECT audit_trail_add_months('2019-05-01', 1)")
			.query(Integer.class)
			.single());
		assertThat(partitionOf(user)).isEqualTo("audit_event_2019_05");
		assertThat(entriesOf(person)).singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo(user));
	}

	@Test
	void aFinishedMonthGetsItsIndexByUserAndTimeOnceAndTheMonthWrittenToDoesNot() {
		String user = "indexiert-" + UUID.randomUUID().toString().substring(0, 8);
		this.transactions.executeWithoutResult(status -> this.jdbc.sql("SELECT audit_trail_add_months('2023-01-01', 3)")
			.query(Integer.class)
			.single());
		write("2023-01-20T09:00:00Z", trail -> trail.recordAction(new Actor(user, "COUNSELLOR"), AuditAction.READ,
				"participant", UUID.randomUUID(), AccessPurpose.CASE_WORK, null));
		write("2023-02-03T09:00:00Z", trail -> trail.recordAction(new Actor(user, "COUNSELLOR"), AuditAction.READ,
				"participant", UUID.randomUUID(), AccessPurpose.CASE_WORK, null));
		AuditTrailRetention inFebruary = new AuditTrailRetention(this.jdbc, new AuditTrailSettings(10, 3),
				Clock.fixed(Instant.parse("2023-02-15T01:00:00Z"), ZoneOffset.UTC));

		int indexed = this.transactions.execute(status -> inFebruary.indexFinishedMonths());

		assertThat(indexed).isPositive();
		assertThat(hasIndexByUserAndTime("audit_event_2023_01")).isTrue();
		assertThat(hasIndexByUserAndTime("audit_event_2023_02")).isFalse();
		int again = this.transactions.execute(status -> inFebruary.indexFinishedMonths());
		assertThat(again).isZero();
		assertThat(entriesBy(user)).extracting(AuditEntry::occurredAt)
			.containsExactly(Instant.parse("2023-02-03T09:00:00Z"), Instant.parse("2023-01-20T09:00:00Z"));
	}

	@Test
	void aSearchByPersonPagesNewestFirstThroughFinishedMonthsWithTheirIndexesAndTheMonthWrittenTo() {
		UUID person = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Actor counsellor = new Actor("seiten-" + person.toString().substring(0, 8), "COUNSELLOR");
		this.transactions.executeWithoutResult(status -> this.jdbc.sql("SELECT audit_trail_add_months('2022-09-01', 4)")
			.query(Integer.class)
			.single());
		write("2022-09-05T09:00:00Z", trail -> trail.recordAction(counsellor, AuditAction.READ, "participant", person,
				AccessPurpose.CASE_WORK, null));
		write("2022-09-06T09:00:00Z", trail -> trail.recordList(counsellor, "participant", List.of(person, other),
				AccessPurpose.CASELOAD, null));
		// An entry as they were written before lists were stored once a month: the people
		// shown in the entry itself.
		this.transactions.executeWithoutResult(status -> this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, purpose, subject_ids)
				VALUES (gen_random_uuid(), '2022-09-20T09:00:00Z', :actor, 'READ', 'participant', 'CASELOAD',
				        ARRAY[CAST(:other AS uuid), CAST(:person AS uuid)])
				""").param("actor", counsellor.username()).param("other", other).param("person", person).update());
		write("2022-10-03T09:00:00Z",
				trail -> trail.recordList(counsellor, "participant", List.of(other), AccessPurpose.CASELOAD, null));
		write("2022-10-04T09:00:00Z", trail -> trail.recordAction(counsellor, AuditAction.READ, "participant", other,
				AccessPurpose.CASE_WORK, null));
		write("2022-10-05T09:00:00Z",
				trail -> trail.recordList(counsellor, "participant", List.of(person), AccessPurpose.CASELOAD, null));
		write("2022-11-07T09:00:00Z", trail -> trail.recordAction(counsellor, AuditAction.UPDATE, "participant", person,
				AccessPurpose.CASE_WORK, null));
		write("2022-12-01T09:00:00Z", trail -> trail.recordList(counsellor, "participant", List.of(other, person),
				AccessPurpose.CASELOAD, null));
		AuditTrailRetention inDecember = new AuditTrailRetention(this.jdbc, new AuditTrailSettings(10, 3),
				Clock.fixed(Instant.parse("2022-12-15T01:00:00Z"), ZoneOffset.UTC));
		this.transactions.execute(status -> inDecember.indexFinishedMonths());
		assertThat(hasIndex("audit_event_2022_11", "_by_record_time")).isTrue();
		assertThat(hasIndex("audit_event_2022_11", "_by_list_time")).isTrue();
		assertThat(hasIndex("audit_event_2022_12", "_by_list_time")).isFalse();

		List<Instant> found = new java.util.ArrayList<>();
		AuditPage page = searchPage(new AuditSearch(null, person, null, null, 0, 2));
		found.addAll(page.entries().stream().map(AuditEntry::occurredAt).toList());
		while (page.hasNext()) {
			assertThat(page.entries()).hasSize(2);
			page = searchPage(new AuditSearch(null, person, null, null, page.page() + 1, 2));
			found.addAll(page.entries().stream().map(AuditEntry::occurredAt).toList());
		}

		assertThat(found).containsExactly(Instant.parse("2022-12-01T09:00:00Z"), Instant.parse("2022-11-07T09:00:00Z"),
				Instant.parse("2022-10-05T09:00:00Z"), Instant.parse("2022-09-20T09:00:00Z"),
				Instant.parse("2022-09-06T09:00:00Z"), Instant.parse("2022-09-05T09:00:00Z"));
		assertThat(
				searchPage(new AuditSearch(null, person, LocalDate.of(2022, 10, 1), LocalDate.of(2022, 11, 30), 0, 50))
					.entries())
			.extracting(AuditEntry::occurredAt)
			.containsExactly(Instant.parse("2022-11-07T09:00:00Z"), Instant.parse("2022-10-05T09:00:00Z"));
		assertThat(searchPage(new AuditSearch(counsellor.username(), person, null, null, 0, 50)).entries()).hasSize(6)
			.allSatisfy(entry -> assertThat(entry.concerns(person)).isTrue());
	}

	@Test
	void theApplicationCannotEmptyAMonthOfTheTrail() {
		write("2026-01-15T12:00:00Z", trail -> trail.recordList(new Actor("fachkraft", "COUNSELLOR"), "participant",
				List.of(UUID.randomUUID(), UUID.randomUUID()), AccessPurpose.CASELOAD, null));
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_event_default").update())
			.hasMessageContaining("cannot be changed or deleted");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_subject_list").update())
			.hasMessageContaining("cannot be changed or deleted");
	}

	private void write(String instant, java.util.function.Consumer<AuditTrail> entry) {
		AuditTrail trail = new AuditTrail(this.jdbc, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), this.json);
		this.transactions.executeWithoutResult(status -> entry.accept(trail));
	}

	private AuditHolds holdsAsOf(String instant) {
		Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
		return new AuditHolds(this.jdbc, new AuditTrail(this.jdbc, clock, this.json), clock);
	}

	private AuditRetentionRun runAt(String instant) {
		AuditTrailRetention retention = new AuditTrailRetention(this.jdbc, new AuditTrailSettings(1, 3),
				Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
		return this.transactions.execute(status -> retention.run());
	}

	private List<AuditEntry> entriesOf(UUID person) {
		return this.transactions
			.execute(status -> new AuditTrail(this.jdbc, Clock.systemUTC(), this.json).search(null, person, 100));
	}

	private AuditPage searchPage(AuditSearch search) {
		return this.transactions
			.execute(status -> new AuditTrail(this.jdbc, Clock.systemUTC(), this.json).search(search));
	}

	private List<AuditEntry> entriesBy(String user) {
		return this.transactions
			.execute(status -> new AuditTrail(this.jdbc, Clock.systemUTC(), this.json).search(user, null, 100));
	}

	private List<AuditRetentionRun> recordedRuns() {
		return new AuditTrailRetention(this.jdbc, new AuditTrailSettings(1, 3), Clock.systemUTC()).overview(100).runs();
	}

	private boolean hasIndexByUserAndTime(String partition) {
		return hasIndex(partition, "_by_user_time");
	}

	private boolean hasIndex(String partition, String suffix) {
		return this.jdbc.sql("SELECT to_regclass(:index) IS NOT NULL")
			.param("index", partition + suffix)
			.query(Boolean.class)
			.single();
	}

	private String partitionOf(String user) {
		return this.jdbc.sql("SELECT tableoid::regclass::text FROM audit_event WHERE actor = :user")
			.param("user", user)
			.query(String.class)
			.single();
	}

}
