package de.weitblick.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.RuleViolation.Reason;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants of the funding programmes to projects, their budget lines and the amounts
 * planned and spent per month. Only the head of department changes them. A grant is one
 * aggregate: every change names the version it was read in and raises it, so a stale
 * write is refused.
 */
@Service
@Transactional(readOnly = true)
public class Grants {

	private final JdbcClient jdbc;

	private final FundingProgrammeRepository programmes;

	private final Clock clock;

	Grants(JdbcClient jdbc, FundingProgrammeRepository programmes, Clock clock) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.clock = clock;
	}

	/**
	 * @return whether the viewer may enter grants, budget lines and actuals
	 */
	public boolean mayChange(StaffMember viewer) {
		return viewer != null && viewer.role() == Role.CONTROLLING;
	}

	/**
	 * @param draft must not be null
	 * @param viewer must not be null
	 * @return the new grant's identifier
	 * @throws RuleViolation when the draft breaks a rule or the viewer may not enter
	 * grants
	 */
	@Transactional
	public GrantId create(GrantDraft draft, StaffMember viewer) {
		refuseUnlessMayChange(viewer);
		check(draft);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO funding_grant (id, version, programme_id, project_id, starts_on, ends_on, amount_cents,
				  co_financing_percent, notice_number, notice_date, created_by, created_at)
				VALUES (:id, 0, :programme, :project, :startsOn, :endsOn, :amount, :coFinancing, :notice, :noticeDate,
				  :by, :at)
				""")
			.param("id", id)
			.param("programme", draft.programmeId().id())
			.param("project", draft.projectId())
			.param("startsOn", draft.startsOn())
			.param("endsOn", draft.endsOn())
			.param("amount", draft.amountCents())
			.param("coFinancing", draft.coFinancingPercent())
			.param("notice", draft.noticeNumber().trim())
			.param("noticeDate", draft.noticeDate())
			.param("by", viewer.username())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		for (LocalDate due : new TreeSet<>(draft.reportingDates())) {
			this.jdbc.sql("INSERT INTO funding_reporting_date (grant_id, due_on) VALUES (:grant, :due)")
				.param("grant", id)
				.param("due", due)
				.update();
		}
		return new GrantId(id);
	}

	/**
	 * Checks the rules every grant keeps, when it is made and when it is changed.
	 * @throws RuleViolation naming the field that breaks one
	 */
	void check(GrantDraft draft) {
		if (draft.programmeId() == null || this.programmes.findById(draft.programmeId().id()).isEmpty()) {
			throw new RuleViolation("programmeId", "funding.rule.programme-missing");
		}
		if (draft.projectId() == null) {
			throw new RuleViolation("projectId", "funding.rule.project-missing");
		}
		if (draft.startsOn() == null || draft.endsOn() == null || draft.endsOn().isBefore(draft.startsOn())) {
			throw new RuleViolation("endsOn", "funding.rule.period");
		}
		if (draft.amountCents() < 0) {
			throw new RuleViolation("amount", "funding.rule.amount-negative");
		}
		if (draft.coFinancingPercent() < 0 || draft.coFinancingPercent() > 100) {
			throw new RuleViolation("coFinancingPercent", "funding.rule.co-financing");
		}
		if (draft.noticeNumber() == null || draft.noticeNumber().isBlank() || draft.noticeDate() == null) {
			throw new RuleViolation("noticeNumber", "funding.rule.notice-missing");
		}
	}

	/**
	 * Adds a budget line with the same amount planned for every month of the grant
	 * period.
	 * @return the new line's identifier
	 * @throws RuleViolation when the cost centre is taken or the amount is below zero
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	@Transactional
	public UUID addBudgetLine(GrantId grantId, int expectedVersion, BudgetCategory category, String costCentre,
			long plannedPerMonthCents, StaffMember viewer) {
		refuseUnlessMayChange(viewer);
		Grant grant = grant(grantId).orElseThrow(() -> new NotFound("funding.grant.not-found"));
		if (category == null) {
			throw new RuleViolation("category", "funding.rule.category-missing");
		}
		if (costCentre == null || costCentre.isBlank()) {
			throw new RuleViolation("costCentre", "funding.rule.cost-centre-missing");
		}
		if (plannedPerMonthCents < 0) {
			throw new RuleViolation("plannedPerMonth", "funding.rule.amount-negative");
		}
		String centre = costCentre.trim();
		if (this.jdbc.sql("SELECT count(*) FROM funding_budget_line WHERE cost_centre = :centre")
			.param("centre", centre)
			.query(Integer.class)
			.single() > 0) {
			throw new RuleViolation("costCentre", "funding.rule.cost-centre-taken", centre);
		}
		raiseVersion(grantId, expectedVersion);
		UUID id = TimeOrderedIds.next();
		this.jdbc
			.sql("INSERT INTO funding_budget_line (id, grant_id, category, cost_centre) "
					+ "VALUES (:id, :grant, :category, :centre)")
			.param("id", id)
			.param("grant", grantId.id())
			.param("category", category.name())
			.param("centre", centre)
			.update();
		this.jdbc.sql("""
				INSERT INTO funding_budget_month (budget_line_id, month, planned_cents)
				SELECT :line, CAST(m AS date), :planned
				FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS m
				""")
			.param("line", id)
			.param("planned", plannedPerMonthCents)
			.param("first", YearMonth.from(grant.startsOn()).atDay(1))
			.param("last", YearMonth.from(grant.endsOn()).atDay(1))
			.update();
		return id;
	}

	/**
	 * @return the grant with its budget lines, or empty when there is none with this
	 * identifier
	 */
	public Optional<Grant> grant(GrantId id) {
		return read("g.id = :id", Map.of("id", id.id())).stream().findFirst();
	}

	/**
	 * @param programme only this programme's grants, or null for all
	 * @param project only this project's grants, or null for all
	 * @return ordered by start, newest first; never null
	 */
	public List<Grant> grants(FundingProgrammeId programme, UUID project) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder("TRUE");
		if (programme != null) {
			where.append(" AND g.programme_id = :programme");
			params.put("programme", programme.id());
		}
		if (project != null) {
			where.append(" AND g.project_id = :project");
			params.put("project", project);
		}
		return read(where.toString(), params);
	}

	/**
	 * The reporting dates no reminder has gone out for, due between the days given.
	 * @return in order of the day due; never null
	 */
	public List<ReportingDateDue> reportingDatesToRemind(LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				SELECT d.grant_id, d.due_on, g.project_id, g.notice_number, p.name AS programme
				FROM funding_reporting_date d JOIN funding_grant g ON g.id = d.grant_id
				JOIN funding_programme p ON p.id = g.programme_id
				WHERE d.reminded_at IS NULL AND d.due_on BETWEEN :from AND :until
				ORDER BY d.due_on
				""")
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> new ReportingDateDue(new GrantId(rs.getObject("grant_id", UUID.class)),
					rs.getObject("due_on", LocalDate.class), rs.getObject("project_id", UUID.class),
					rs.getString("programme"), rs.getString("notice_number")))
			.list();
	}

	/**
	 * Notes that the reminder of a reporting date went out, so it goes out once.
	 */
	@Transactional
	public void reminded(ReportingDateDue due) {
		this.jdbc.sql("UPDATE funding_reporting_date SET reminded_at = :at WHERE grant_id = :grant AND due_on = :due")
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("grant", due.grantId().id())
			.param("due", due.dueOn())
			.update();
	}

	/**
	 * Raises the grant's version when it is still the one read.
	 * @throws OptimisticLockingFailureException when it changed since
	 */
	void raiseVersion(GrantId id, int expectedVersion) {
		int changed = this.jdbc.sql("UPDATE funding_grant SET version = version + 1 WHERE id = :id AND version = :v")
			.param("id", id.id())
			.param("v", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"grant " + id.id() + " changed since version " + expectedVersion);
		}
	}

	void refuseUnlessMayChange(StaffMember viewer) {
		if (!mayChange(viewer)) {
			throw new RuleViolation(null, "funding.rule.may-not-change");
		}
	}

	private List<Grant> read(String where, Map<String, Object> params) {
		record Row(UUID id, int version, UUID programmeId, String programmeName, UUID projectId, LocalDate startsOn,
				LocalDate endsOn, long amount, int coFinancing, String notice, LocalDate noticeDate) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT g.*, p.name AS programme_name FROM funding_grant g
				JOIN funding_programme p ON p.id = g.programme_id
				WHERE """ + " " + where + " ORDER BY g.starts_on DESC, g.notice_number")
			.params(params)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getObject("programme_id", UUID.class), rs.getString("programme_name"),
					rs.getObject("project_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getLong("amount_cents"),
					rs.getInt("co_financing_percent"), rs.getString("notice_number"),
					rs.getObject("notice_date", LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<LocalDate>> dates = new LinkedHashMap<>();
		this.jdbc.sql("SELECT grant_id, due_on FROM funding_reporting_date WHERE grant_id IN (:ids) ORDER BY due_on")
			.param("ids", ids)
			.query((rs, n) -> dates.computeIfAbsent(rs.getObject("grant_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("due_on", LocalDate.class)))
			.list();
		record LineRow(UUID grant, UUID id, BudgetCategory category, String centre) {
		}
		List<LineRow> lineRows = this.jdbc
			.sql("SELECT id, grant_id, category, cost_centre FROM funding_budget_line WHERE grant_id IN (:ids) "
					+ "ORDER BY id")
			.param("ids", ids)
			.query((rs, n) -> new LineRow(rs.getObject("grant_id", UUID.class), rs.getObject("id", UUID.class),
					BudgetCategory.valueOf(rs.getString("category")), rs.getString("cost_centre")))
			.list();
		Map<UUID, List<BudgetMonth>> months = new LinkedHashMap<>();
		if (!lineRows.isEmpty()) {
			this.jdbc.sql("""
					SELECT budget_line_id, month, planned_cents, actual_cents FROM funding_budget_month
					WHERE budget_line_id IN (:lines) ORDER BY month
					""").param("lines", lineRows.stream().map(LineRow::id).toList()).query((rs, n) -> {
				long actual = rs.getLong("actual_cents");
				Long actualOrNull = rs.wasNull() ? null : actual;
				return months.computeIfAbsent(rs.getObject("budget_line_id", UUID.class), k -> new ArrayList<>())
					.add(new BudgetMonth(YearMonth.from(rs.getObject("month", LocalDate.class)),
							rs.getLong("planned_cents"), actualOrNull));
			}).list();
		}
		Map<UUID, List<BudgetLine>> lines = lineRows.stream()
			.collect(
					Collectors.groupingBy(LineRow::grant, LinkedHashMap::new,
							Collectors.mapping(
									l -> new BudgetLine(l.id(), l.category(), l.centre(),
											List.copyOf(months.getOrDefault(l.id(), List.of()))),
									Collectors.toList())));
		return rows.stream()
			.map(r -> new Grant(new GrantId(r.id()), r.version(), new FundingProgrammeId(r.programmeId()),
					r.programmeName(), r.projectId(), r.startsOn(), r.endsOn(), r.amount(), r.coFinancing(), r.notice(),
					r.noticeDate(), List.copyOf(dates.getOrDefault(r.id(), List.of())),
					List.copyOf(lines.getOrDefault(r.id(), List.of()))))
			.toList();
	}

}
