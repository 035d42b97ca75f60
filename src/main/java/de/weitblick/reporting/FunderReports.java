package de.weitblick.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import de.weitblick.funding.BudgetFigures;
import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-click funder reports for a programme, optionally one project, and a period. A
 * report runs in the background: its progress is stored as it goes, and the XLSX and PDF
 * files are stored together once both are written, so a failed run leaves nothing to
 * download. Only the head of department asks for them.
 */
@Service
public class FunderReports {

	private final JdbcClient jdbc;

	private final FunderReportFigures figures;

	private final FunderReportFiles files;

	private final FundingManagement funding;

	private final BudgetFigures budget;

	private final ReportJobs jobs;

	private final Clock clock;

	FunderReports(JdbcClient jdbc, FunderReportFigures figures, FunderReportFiles files, FundingManagement funding,
			BudgetFigures budget, ReportJobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.files = files;
		this.funding = funding;
		this.budget = budget;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Starts a report in the background.
	 * @param project the project, or null for all the programme's projects
	 * @return the run, to follow its progress
	 * @throws RuleViolation when the viewer may not ask for reports, the period is wrong
	 * or holds no data; nothing is stored then
	 */
	public UUID start(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to, StaffMember viewer) {
		if (viewer == null || viewer.role() != Role.CONTROLLING) {
			throw new RuleViolation(null, "reporting.rule.may-not-report");
		}
		if (programme == null || this.funding.programme(programme).isEmpty()) {
			throw new RuleViolation("programmeId", "reporting.rule.programme-missing");
		}
		if (from == null || to == null || to.isBefore(from)) {
			throw new RuleViolation("to", "reporting.rule.period");
		}
		if (!hasData(programme, project, from, to)) {
			throw new RuleViolation(null, "reporting.rule.no-data");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO report_run (id, version, programme_id, project_id, starts_on, ends_on, status, requested_by,
				  requested_at)
				VALUES (:id, 0, :programme, :project, :from, :to, 'QUEUED', :by, :at)
				""")
			.param("id", id)
			.param("programme", programme.id())
			.param("project", project)
			.param("from", from)
			.param("to", to)
			.param("by", viewer.id())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		this.jobs.start(id, progress -> write(id, progress));
		return id;
	}

	/**
	 * A report has data when the programme granted money for the period to the projects
	 * in scope.
	 */
	private boolean hasData(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to) {
		return !this.budget.fundedProjects(programme, project, from, to).isEmpty();
	}

	/**
	 * Computes the figures of a queued run and stores its files.
	 */
	private void write(UUID id, IntConsumer progress) {
		Request request = this.jdbc
			.sql("SELECT programme_id, project_id, starts_on, ends_on, requested_by FROM report_run WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Request(new FundingProgrammeId(rs.getObject("programme_id", UUID.class)),
					rs.getObject("project_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("requested_by", UUID.class)))
			.single();
		FunderReport report = this.figures.compute(request.programme(), request.project(), request.from(), request.to(),
				progress::accept);
		byte[] xlsx = this.files.xlsx(report);
		progress.accept(85);
		byte[] pdf = this.files.pdf(report);
		this.jdbc.sql("""
				UPDATE report_run SET status = 'DONE', progress_percent = 100, xlsx = :xlsx, pdf = :pdf,
				  finished_at = :at, version = version + 1 WHERE id = :id
				""")
			.param("xlsx", xlsx)
			.param("pdf", pdf)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
	}

	/**
	 * @return the viewer's runs, newest first; never null
	 */
	public List<ReportRun> runs(StaffMember viewer) {
		return this.jdbc.sql(RUNS + " WHERE r.requested_by = :by ORDER BY r.requested_at DESC LIMIT 20")
			.param("by", viewer.id())
			.query((rs, n) -> run(rs))
			.list();
	}

	/**
	 * @return the run, or empty when there is none or it is somebody else's
	 */
	public Optional<ReportRun> run(UUID id, StaffMember viewer) {
		return this.jdbc.sql(RUNS + " WHERE r.id = :id AND r.requested_by = :by")
			.param("id", id)
			.param("by", viewer.id())
			.query((rs, n) -> run(rs))
			.optional();
	}

	/**
	 * @param kind {@code xlsx} or {@code pdf}
	 * @return the file of a finished run of the viewer's, or empty
	 */
	public Optional<byte[]> file(UUID id, String kind, StaffMember viewer) {
		String column = "pdf".equals(kind) ? "pdf" : "xlsx";
		return this.jdbc.sql("SELECT " + column
				+ " FROM report_run WHERE id = :id AND requested_by = :by AND status = 'DONE' AND kind = 'FUNDER_REPORT'")
			.param("id", id)
			.param("by", viewer.id())
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * The figures of a report, computed now without files, as a run computes them.
	 * @param project the project, or null for all the programme's projects
	 * @throws RuleViolation when the viewer may not ask for reports
	 */
	public FunderReport compute(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to,
			StaffMember viewer) {
		if (viewer == null || viewer.role() != Role.CONTROLLING) {
			throw new RuleViolation(null, "reporting.rule.may-not-report");
		}
		return this.figures.compute(programme, project, from, to, percent -> {
		});
	}

	/**
	 * Writes a report's figures as the XLSX workbook of a run, streamed.
	 * @param report must not be null
	 * @param out receives the workbook, must not be null
	 */
	public void writeWorkbook(FunderReport report, java.io.OutputStream out) {
		this.files.writeXlsx(report, out);
	}

	private static final String RUNS = """
			SELECT r.id, r.programme_id, p.name AS programme_name, r.project_id, r.starts_on, r.ends_on, r.status,
			       r.progress_percent, r.requested_at, r.finished_at
			FROM report_run r JOIN funding_programme p ON p.id = r.programme_id AND r.kind = 'FUNDER_REPORT'
			""";

	private static ReportRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ReportRun(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
				rs.getString("programme_name"), rs.getObject("project_id", UUID.class),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				ReportRun.Status.valueOf(rs.getString("status")), rs.getInt("progress_percent"),
				rs.getTimestamp("requested_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	private record Request(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to, UUID requestedBy) {
	}

}
