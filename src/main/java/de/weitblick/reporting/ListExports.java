package de.weitblick.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.reporting.exports.ListTables;
import de.weitblick.reporting.exports.Table;
import de.weitblick.reporting.exports.TableFiles;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of the lists people work with, as CSV or XLSX, with the filters of the page
 * applied. An export runs in the background like a funder report (the same runs, the same
 * progress): the list's own module reads the rows with the rule of who sees what it
 * applies to the page, and the export is written to the audit trail as one entry naming
 * everybody in it. The file is kept for a while ({@code weitblick.exports.keep-for}) and
 * only the person who asked for it can download it.
 */
@Service
public class ListExports {

	private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ReportJobs jobs;

	private final ListTables tables;

	private final AuditTrail audit;

	private final OrganisationManagement organisation;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration keepFor;

	private final int mostRows;

	ListExports(JdbcClient jdbc, ReportJobs jobs, ListTables tables, AuditTrail audit,
			OrganisationManagement organisation, TransactionTemplate transactions, JsonMapper json, Clock clock,
			@Value("${weitblick.exports.keep-for:PT24H}") Duration keepFor,
			@Value("${weitblick.exports.most-rows:200000}") int mostRows) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.tables = tables;
		this.audit = audit;
		this.organisation = organisation;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.keepFor = keepFor;
		this.mostRows = mostRows;
	}

	/**
	 * Starts an export in the background.
	 * @param list must not be null
	 * @param format must not be null
	 * @param filters the page's filters by name; those the list does not take are
	 * ignored; never null
	 * @param viewer who asks, must not be null
	 * @param locale the language of the column headers and values, must not be null
	 * @return the export, to follow its progress
	 * @throws RuleViolation when the viewer may not export the list or a filter cannot be
	 * read; nothing is stored then
	 */
	public UUID start(ExportedList list, ExportFormat format, Map<String, String> filters, StaffMember viewer,
			Locale locale) {
		if (list == null) {
			throw new RuleViolation("list", "reporting.export.rule.list-missing");
		}
		if (format == null) {
			throw new RuleViolation("format", "reporting.export.rule.format-missing");
		}
		if (viewer == null || !list.isOpenTo(viewer.role())) {
			throw new RuleViolation(null, "reporting.export.rule.may-not-export");
		}
		Map<String, String> applied = new LinkedHashMap<>();
		for (String name : list.filters()) {
			String value = filters.get(name);
			if (value != null && !value.isBlank()) {
				if (value.length() > 200) {
					throw new RuleViolation(name, "reporting.export.rule.filter", name);
				}
				applied.put(name, value.strip());
			}
		}
		this.tables.check(list, applied);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO report_run (id, version, kind, list_name, list_filters, file_format, locale, status,
				  requested_by, requested_at)
				VALUES (:id, 0, 'LIST_EXPORT', :list, CAST(:filters AS jsonb), :format, :locale, 'QUEUED', :by, :at)
				""")
			.param("id", id)
			.param("list", list.name())
			.param("filters", this.json.writeValueAsString(applied))
			.param("format", format.name())
			.param("locale", locale.toLanguageTag())
			.param("by", viewer.id())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		this.jobs.start(id, progress -> write(id, progress));
		return id;
	}

	/**
	 * Reads the list, writes the file and stores it with the run, all in one transaction
	 * with the audit entry: an export that fails leaves neither file nor entry.
	 */
	private void write(UUID id, IntConsumer progress) {
		ListExport export = find(id).orElseThrow();
		UUID requester = this.jdbc.sql("SELECT requested_by FROM report_run WHERE id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();
		Locale locale = Locale.forLanguageTag(this.jdbc.sql("SELECT locale FROM report_run WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single());
		StaffMember viewer = this.organisation.staffMember(requester).orElseThrow();
		this.transactions.executeWithoutResult(status -> {
			Table table = this.audit.recordAsOneExport(new Actor(viewer.username(), viewer.role().name()),
					AuditDetail.of("reporting.audit.list-exported", AuditDetail.term(export.list().messageKey()),
							export.format().name()),
					() -> this.tables.table(export.list(), export.filters(), viewer, locale, this.mostRows, progress));
			progress.accept(75);
			byte[] file = TableFiles.write(table, export.format());
			Instant now = Instant.now(this.clock);
			this.jdbc.sql("""
					UPDATE report_run SET status = 'DONE', progress_percent = 100, file = :file, row_count = :rows,
					  finished_at = :at, keep_until = :keep, version = version + 1 WHERE id = :id
					""")
				.param("file", file)
				.param("rows", table.rows().size())
				.param("at", Timestamp.from(now))
				.param("keep", Timestamp.from(now.plus(this.keepFor)))
				.param("id", id)
				.update();
		});
	}

	/**
	 * @return the viewer's exports whose files are still kept or that still run, newest
	 * first; never null
	 */
	public List<ListExport> exports(StaffMember viewer) {
		return this.jdbc.sql(EXPORTS + """
				 AND requested_by = :by AND (keep_until IS NULL OR keep_until > :now)
				ORDER BY requested_at DESC LIMIT 20
				""")
			.param("by", viewer.id())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query((rs, n) -> export(rs))
			.list();
	}

	/**
	 * @return the export, or empty when there is none, it is somebody else's or its file
	 * is no longer kept
	 */
	public Optional<ListExport> export(UUID id, StaffMember viewer) {
		return this.jdbc
			.sql(EXPORTS + " AND id = :id AND requested_by = :by AND (keep_until IS NULL OR keep_until > :now)")
			.param("id", id)
			.param("by", viewer.id())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query((rs, n) -> export(rs))
			.optional();
	}

	/**
	 * @return the file of a finished export of the viewer's while it is kept, or empty
	 */
	public Optional<ListExport.File> file(UUID id, StaffMember viewer) {
		return export(id, viewer).filter(export -> export.status() == ReportRun.Status.DONE)
			.map(export -> new ListExport.File(fileName(export), export.format(),
					this.jdbc.sql("SELECT file FROM report_run WHERE id = :id")
						.param("id", id)
						.query((rs, n) -> rs.getBytes(1))
						.single()));
	}

	/**
	 * Deletes the exports whose time is up, with their files.
	 * @return how many were deleted
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	public int deleteExpired() {
		return this.jdbc.sql("DELETE FROM report_run WHERE kind = 'LIST_EXPORT' AND keep_until <= :now")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private Optional<ListExport> find(UUID id) {
		return this.jdbc.sql(EXPORTS + " AND id = :id").param("id", id).query((rs, n) -> export(rs)).optional();
	}

	private static String fileName(ListExport export) {
		LocalDate day = LocalDate.ofInstant(export.requestedAt(), de.weitblick.shared.Formats.ZONE);
		return export.list().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + day + "."
				+ export.format().extension();
	}

	private static final String EXPORTS = """
			SELECT id, list_name, file_format, CAST(list_filters AS text) AS filters, status, progress_percent,
			       row_count, requested_at, finished_at, keep_until
			FROM report_run WHERE kind = 'LIST_EXPORT'""";

	private ListExport export(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		Timestamp keep = rs.getTimestamp("keep_until");
		String filters = rs.getString("filters");
		return new ListExport(rs.getObject("id", UUID.class), ExportedList.valueOf(rs.getString("list_name")),
				ExportFormat.valueOf(rs.getString("file_format")),
				(filters != null) ? this.json.readValue(filters, FILTERS) : Map.of(),
				ReportRun.Status.valueOf(rs.getString("status")), rs.getInt("progress_percent"),
				(Integer) rs.getObject("row_count"), rs.getTimestamp("requested_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, (keep != null) ? keep.toInstant() : null);
	}

}
