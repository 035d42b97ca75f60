package de.weitblick.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who read or changed which personal data, when and why.
 * Entries are written in the caller's transaction, so a change and its audit entry are
 * stored together or not at all; the database refuses to alter or delete them. The detail
 * of an entry is a message key with arguments ({@link AuditDetail}), shown in the
 * reader's language; the methods taking a free-text detail remain for callers that have
 * none yet, and their text is shown as it is.
 */
@Service
public class AuditTrail {

	/** The subject type of the entries recording searches of the trail itself. */
	public static final String SUBJECT_TYPE = "audit-trail";

	/**
	 * The most entries of a search by user that are sorted in memory to pick a page: a
	 * busy user's year is some tens of thousands.
	 */
	private static final int SORTED_IN_MEMORY_UP_TO = 200_000;

	/**
	 * The ways an entry names the record {@code :subject}, each answered from an index of
	 * its own: the entry of the record, the entry naming a list that names it, and an
	 * older entry naming it in its own array.
	 */
	private static final List<String> NAMES_THE_RECORD = List.of("subject_id = :subject",
			"subject_list IS NOT NULL AND subject_list = ANY (ARRAY(SELECT l.id FROM audit_subject_list l"
					+ " WHERE l.subject_ids @> ARRAY[CAST(:subject AS uuid)]))",
			"subject_ids IS NOT NULL AND subject_ids @> ARRAY[CAST(:subject AS uuid)]");

	/** The day boundaries of a search by period. */
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String COLUMNS = """
			id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, detail, detail_key,
			detail_args, COALESCE(subject_ids, (SELECT l.subject_ids FROM audit_subject_list l
			WHERE l.id = e.subject_list AND l.month = CAST(date_trunc('month', e.occurred_at AT TIME ZONE 'UTC') AS date)))
			AS subject_ids""";

	/** The lists read so far by an export running in this thread, if any. */
	private static final ThreadLocal<Map<ListRead, Set<UUID>>> EXPORTING = new ThreadLocal<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Records one action on one record, with its detail as text.
	 * @param actor must not be null
	 * @param action must not be null
	 * @param subjectType must not be null
	 * @param subjectId may be null
	 * @param purpose must not be null
	 * @param detail may be null; must never contain the personal data itself
	 * @see #recordAction(Actor, AuditAction, String, UUID, AccessPurpose, AuditDetail)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, AuditAction action, String subjectType, UUID subjectId, AccessPurpose purpose,
			String detail) {
		insertEach(actor, action, subjectType, singleton(subjectId), purpose, detail, null);
	}

	/**
	 * Records one action on one record.
	 * @param actor must not be null
	 * @param action must not be null
	 * @param subjectType must not be null
	 * @param subjectId may be null
	 * @param purpose must not be null
	 * @param detail may be null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAction(Actor actor, AuditAction action, String subjectType, UUID subjectId, AccessPurpose purpose,
			AuditDetail detail) {
		insertEach(actor, action, subjectType, singleton(subjectId), purpose, null, detail);
	}

	/**
	 * Records a refused attempt to read a record, with its reason as text. It is written
	 * in a transaction of its own, so that it stays when the refusal ends the caller's
	 * transaction.
	 * @param actor must not be null
	 * @param subjectType must not be null
	 * @param subjectId the record asked for, may be null when none was named
	 * @param purpose must not be null
	 * @param detail why it was refused, never personal data; may be null
	 * @see #recordRefusal(Actor, String, UUID, AccessPurpose, AuditDetail)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefused(Actor actor, String subjectType, UUID subjectId, AccessPurpose purpose, String detail) {
		insertEach(actor, AuditAction.ACCESS_REFUSED, subjectType, singleton(subjectId), purpose, detail, null);
	}

	/**
	 * Records a refused attempt to read a record, in a transaction of its own, so that it
	 * stays when the refusal ends the caller's transaction.
	 * @param actor must not be null
	 * @param subjectType must not be null
	 * @param subjectId the record asked for, may be null when none was named
	 * @param purpose must not be null
	 * @param detail why it was refused; may be null
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(Actor actor, String subjectType, UUID subjectId, AccessPurpose purpose,
			AuditDetail detail) {
		insertEach(actor, AuditAction.ACCESS_REFUSED, subjectType, singleton(subjectId), purpose, null, detail);
	}

	/**
	 * Records that a list showed these records, as one entry naming them all, with its
	 * detail as text; nothing is recorded when the list is empty.
	 * @see #recordList(Actor, String, Collection, AccessPurpose, AuditDetail)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReads(Actor actor, String subjectType, Collection<UUID> subjectIds, AccessPurpose purpose,
			String detail) {
		insertList(actor, subjectType, subjectIds, purpose, detail, null);
	}

	/**
	 * Records that a list showed these records, as one entry naming them all: a search of
	 * the trail for any one of them finds it. Nothing is recorded when the list is empty.
	 * @param subjectIds never null
	 * @param detail may be null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordList(Actor actor, String subjectType, Collection<UUID> subjectIds, AccessPurpose purpose,
			AuditDetail detail) {
		insertList(actor, subjectType, subjectIds, purpose, null, detail);
	}

	/**
	 * Records the same action on many records, one entry each, in one statement, as an
	 * import that creates thousands of records at once needs it; the detail as text.
	 * @param subjectIds never null; nothing is recorded when empty
	 * @see #recordActions(Actor, AuditAction, String, Collection, AccessPurpose,
	 * AuditDetail)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEach(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, String detail) {
		if (!subjectIds.isEmpty()) {
			insertEach(actor, action, subjectType, subjectIds, purpose, detail, null);
		}
	}

	/**
	 * Records the same action on many records, one entry each, in one statement.
	 * @param subjectIds never null; nothing is recorded when empty
	 * @param detail may be null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordActions(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, AuditDetail detail) {
		if (!subjectIds.isEmpty()) {
			insertEach(actor, action, subjectType, subjectIds, purpose, null, detail);
		}
	}

	private static Collection<UUID> singleton(UUID subjectId) {
		return java.util.Collections.singletonList(subjectId);
	}

	private void insertEach(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, String detail, AuditDetail structured) {
		Instant now = this.clock.instant();
		UUID[] ids = new UUID[subjectIds.size()];
		UUID[] subjects = subjectIds.toArray(UUID[]::new);
		for (int i = 0; i < ids.length; i++) {
			ids[i] = TimeOrderedIds.next();
		}
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose,
				                         detail, detail_key, detail_args)
				SELECT id, :occurredAt, :actor, :role, :action, :subjectType, subject_id, :purpose, :detail, :detailKey,
				       CAST(:detailArgs AS jsonb)
				FROM unnest(CAST(:ids AS uuid[]), CAST(:subjects AS uuid[])) AS t(id, subject_id)
				""")
			.param("occurredAt", now.atOffset(ZoneOffset.UTC))
			.param("actor", actor.username())
			.param("role", actor.role())
			.param("action", action.name())
			.param("subjectType", subjectType)
			.param("purpose", purpose.name())
			.param("detail", detail)
			.param("detailKey", (structured != null) ? structured.key() : null)
			.param("detailArgs", (structured != null) ? arguments(structured) : null)
			.param("ids", ids)
			.param("subjects", subjects)
			.update();
	}

	/**
	 * Runs the reads of lists that make up one export, and records them as one entry per
	 * kind of record and purpose with the action {@link AuditAction#EXPORT}, naming
	 * everybody the lists showed, instead of one entry per list read. Nothing is recorded
	 * when the lists showed nobody; when the read fails, nothing of it is recorded.
	 * @param actor who exports, must not be null
	 * @param detail what was exported, must not be null
	 * @param read the reads, in this thread; must not be null
	 * @return what the read returns
	 */
	@Transactional
	public <T> T recordAsOneExport(Actor actor, AuditDetail detail, Supplier<T> read) {
		if (EXPORTING.get() != null) {
			throw new IllegalStateException("An export is already being recorded in this thread");
		}
		Map<ListRead, Set<UUID>> shown = new LinkedHashMap<>();
		EXPORTING.set(shown);
		T result;
		try {
			result = read.get();
		}
		finally {
			EXPORTING.remove();
		}
		shown.forEach((list, ids) -> insert(actor, AuditAction.EXPORT, list.subjectType(), ids, list.purpose(), null,
				detail));
		return result;
	}

	private void insertList(Actor actor, String subjectType, Collection<UUID> subjectIds, AccessPurpose purpose,
			String detail, AuditDetail structured) {
		Map<ListRead, Set<UUID>> exporting = EXPORTING.get();
		if (exporting != null) {
			exporting.computeIfAbsent(new ListRead(subjectType, purpose), key -> new LinkedHashSet<>())
				.addAll(subjectIds);
			return;
		}
		insert(actor, AuditAction.READ, subjectType, subjectIds, purpose, detail, structured);
	}

	private void insert(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, String detail, AuditDetail structured) {
		if (subjectIds.isEmpty()) {
			return;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		LocalDate month = now.toLocalDate().withDayOfMonth(1);
		UUID[] subjects = subjectIds.stream().distinct().sorted().toArray(UUID[]::new);
		// The people shown are stored once a month per distinct list: the same page
		// viewed again names the list it stored before.
		this.jdbc
			.sql("""
					WITH list AS (
						INSERT INTO audit_subject_list (month, id, subject_ids)
						VALUES (:month, :list, CAST(:subjects AS uuid[]))
						ON CONFLICT DO NOTHING
					)
					INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_list, purpose,
					                         detail, detail_key, detail_args)
					VALUES (:id, :occurredAt, :actor, :role, :action, :subjectType, :list, :purpose,
					        :detail, :detailKey, CAST(:detailArgs AS jsonb))
					""")
			.param("id", TimeOrderedIds.next())
			.param("action", action.name())
			.param("occurredAt", now)
			.param("month", month)
			.param("list", listId(month, subjects))
			.param("actor", actor.username())
			.param("role", actor.role())
			.param("subjectType", subjectType)
			.param("subjects", subjects)
			.param("purpose", purpose.name())
			.param("detail", detail)
			.param("detailKey", (structured != null) ? structured.key() : null)
			.param("detailArgs", (structured != null) ? arguments(structured) : null)
			.update();
	}

	/**
	 * The identifier of a list of people within a month: the same people in the same
	 * month give the same identifier.
	 */
	private static UUID listId(LocalDate month, UUID[] sortedSubjects) {
		ByteBuffer bytes = ByteBuffer.allocate(10 + 16 * sortedSubjects.length);
		bytes.put(month.toString().getBytes(StandardCharsets.US_ASCII));
		for (UUID subject : sortedSubjects) {
			bytes.putLong(subject.getMostSignificantBits()).putLong(subject.getLeastSignificantBits());
		}
		return UUID.nameUUIDFromBytes(bytes.array());
	}

	private String arguments(AuditDetail detail) {
		List<Object> stored = new ArrayList<>();
		for (Object argument : detail.arguments()) {
			stored.add(switch (argument) {
				case LocalDate day -> Map.of("date", day.toString());
				case AuditDetail.Term term -> Map.of("key", term.key());
				default -> argument;
			});
		}
		return this.json.writeValueAsString(stored);
	}

	/**
	 * Searches the trail on someone's behalf and records the search in it: the trail
	 * shows who read whose data, so looking into it is itself a read to account for. The
	 * entry names the record searched for, if any, and the other criteria in its detail.
	 * @param searcher who searches, must not be null
	 * @param search must not be null
	 * @return the page found before the search was recorded; never null
	 */
	@Transactional
	public AuditPage searchAs(Actor searcher, AuditSearch search) {
		AuditPage found = search(search);
		recordAction(searcher, AuditAction.READ, SUBJECT_TYPE, search.subjectId(), AccessPurpose.DATA_PROTECTION_REVIEW,
				criteria("privacy.detail.trail-search", search, search.page() + 1));
		return found;
	}

	/**
	 * Hands every entry a search finds to the consumer, the newest first, and records it
	 * as an export of the trail, with how many entries left.
	 * @param searcher who exports, must not be null
	 * @param search must not be null; its page and size are ignored
	 * @param each must not be null
	 * @return how many entries were handed over
	 */
	@Transactional
	public long exportAs(Actor searcher, AuditSearch search, Consumer<AuditEntry> each) {
		long[] count = { 0 };
		Where where = where(search, true);
		try (Stream<AuditEntry> entries = where
			.bind(this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event e WHERE " + where.condition()
					+ " ORDER BY occurred_at DESC, id DESC"))
			.withFetchSize(500)
			.query(this::entry)
			.stream()) {
			entries.forEach(entry -> {
				count[0]++;
				each.accept(entry);
			});
		}
		recordAction(searcher, AuditAction.EXPORT, SUBJECT_TYPE, search.subjectId(),
				AccessPurpose.DATA_PROTECTION_REVIEW, criteria("privacy.detail.trail-export", search, count[0]));
		return count[0];
	}

	private static AuditDetail criteria(String key, AuditSearch search, long number) {
		return AuditDetail.of(key, (search.actor() != null) ? shortened(search.actor()) : "–",
				(search.from() != null) ? search.from() : "–", (search.to() != null) ? search.to() : "–", number);
	}

	private static String shortened(String text) {
		return text.substring(0, Math.min(text.length(), 100));
	}

	/**
	 * Searches the trail on someone's behalf, the newest first, and records the search in
	 * it.
	 * @param searcher who searches, must not be null
	 * @param actor the beginning of a user name, or null for everyone
	 * @param subjectId one record, or null for all
	 * @param limit at most this many entries, at least 1
	 * @return the entries found before the search was recorded; never null
	 */
	@Transactional
	public List<AuditEntry> searchAs(Actor searcher, String actor, UUID subjectId, int limit) {
		return searchAs(searcher, new AuditSearch(actor, subjectId, null, null, 0, limit)).entries();
	}

	/**
	 * Searches the trail, the newest first, without recording the search.
	 * @param actor the beginning of a user name, or null for everyone
	 * @param subjectId one record (alone or in a list), or null for all
	 * @param limit at most this many entries, at least 1
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(String actor, UUID subjectId, int limit) {
		return search(new AuditSearch(actor, subjectId, null, null, 0, limit)).entries();
	}

	/**
	 * One page of the trail, the newest first, without recording the search.
	 * @param search must not be null
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public AuditPage search(AuditSearch search) {
		Where where = where(search, true);
		String page = "ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";
		Where besides = where(search, false);
		String found = found(search, besides);
		String statement = fewFound(search, besides, found)
				// The page is picked from the times and ids of the entries found, as
				// the indexes of each finished month by user, by record and by list
				// hold them with their time, and only the page's entries are read in
				// full. Left to itself the planner walks the whole trail newest first
				// instead, testing each entry: it cannot tell from its statistics how
				// few entries one user's name or one person matches.
				? "WITH found AS MATERIALIZED (" + found + ") SELECT " + COLUMNS
						+ " FROM audit_event e JOIN (SELECT occurred_at AS page_time, id AS page_id FROM found " + page
						+ ") AS chosen ON e.occurred_at = chosen.page_time AND e.id = chosen.page_id"
						+ " ORDER BY e.occurred_at DESC, e.id DESC"
				: "SELECT " + COLUMNS + " FROM audit_event e WHERE " + where.condition() + " " + page;
		List<AuditEntry> entries = where.bind(this.jdbc.sql(statement))
			.param("limit", search.size() + 1)
			.param("offset", (long) search.page() * search.size())
			.query(this::entry)
			.list();
		boolean hasNext = entries.size() > search.size();
		return new AuditPage(hasNext ? entries.subList(0, search.size()) : entries, search.page(), search.size(),
				hasNext);
	}

	/**
	 * The times and ids of the entries a search finds; for a record, one part for each
	 * way an entry names it.
	 */
	private static String found(AuditSearch search, Where besides) {
		String select = "SELECT occurred_at, id FROM audit_event WHERE ";
		if (search.subjectId() == null) {
			return select + besides.condition();
		}
		return NAMES_THE_RECORD.stream()
			.map(names -> select + names + " AND " + besides.condition())
			.collect(Collectors.joining(" UNION "));
	}

	/**
	 * Whether the search is for a user's or a record's entries and finds few enough of
	 * them to be sorted in memory; a name's beginning that many users share is searched
	 * newest first through the trail instead.
	 */
	private boolean fewFound(AuditSearch search, Where besides, String found) {
		if ((search.actor() == null || search.actor().isBlank()) && search.subjectId() == null) {
			return false;
		}
		long count = besides.bind(this.jdbc.sql("SELECT count(*) FROM (" + found + " LIMIT :cap) AS found"))
			.param("cap", SORTED_IN_MEMORY_UP_TO + 1)
			.query(Long.class)
			.single();
		return count <= SORTED_IN_MEMORY_UP_TO;
	}

	/**
	 * The conditions of a search.
	 * @param withRecord whether the conditions include the record's; when not, the record
	 * is still bound as the parameter {@code subject}
	 */
	private static Where where(AuditSearch search, boolean withRecord) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		conditions.add("TRUE");
		if (search.actor() != null && !search.actor().isBlank()) {
			// The beginning of a user name, as a range of the index on lower(actor).
			String first = search.actor().strip().toLowerCase(Locale.ROOT);
			int last = first.codePointBefore(first.length());
			conditions.add("lower(actor) ~>=~ :actorFrom AND lower(actor) ~<~ :actorUntil");
			params.put("actorFrom", first);
			params.put("actorUntil",
					first.substring(0, first.length() - Character.charCount(last)) + Character.toString(last + 1));
		}
		if (search.subjectId() != null && withRecord) {
			conditions.add("((" + String.join(") OR (", NAMES_THE_RECORD) + "))");
		}
		if (search.subjectId() != null) {
			params.put("subject", search.subjectId());
		}
		if (search.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", search.from().atStartOfDay(BERLIN).toOffsetDateTime());
		}
		if (search.to() != null) {
			conditions.add("occurred_at < :until");
			params.put("until", search.to().plusDays(1).atStartOfDay(BERLIN).toOffsetDateTime());
		}
		return new Where(String.join(" AND ", conditions), params);
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		String key = rs.getString("detail_key");
		Array subjects = rs.getArray("subject_ids");
		return new AuditEntry(rs.getObject("id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), AccessPurpose.valueOf(rs.getString("purpose")),
				rs.getString("detail"),
				(key != null) ? new AuditDetail(key, arguments(rs.getString("detail_args"))) : null,
				(subjects != null) ? Arrays.asList((UUID[]) subjects.getArray()) : List.of());
	}

	private List<Object> arguments(String stored) {
		List<Object> arguments = new ArrayList<>();
		if (stored == null) {
			return arguments;
		}
		for (JsonNode node : this.json.readTree(stored)) {
			if (node.isObject() && node.has("date")) {
				arguments.add(LocalDate.parse(node.get("date").asString()));
			}
			else if (node.isObject() && node.has("key")) {
				arguments.add(AuditDetail.term(node.get("key").asString()));
			}
			else if (node.isNumber()) {
				arguments.add(node.longValue());
			}
			else {
				arguments.add(node.asString());
			}
		}
		return arguments;
	}

	private record Where(String condition, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			this.params.forEach(statement::param);
			return statement;
		}

	}

	private record ListRead(String subjectType, AccessPurpose purpose) {
	}

}
