package de.weitblick.funding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.RuleViolation.Reason;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the budget lines of grants spent per month (Ist-Ausgaben): entered one month at a
 * time or imported from the city's finance system. Only the head of department records
 * them; a month outside its grant is refused, a line spent beyond its plan is stored with
 * a warning. Every change raises the grant's version.
 */
@Service
@Transactional(readOnly = true)
public class Actuals {

	private final JdbcClient jdbc;

	private final Grants grants;

	Actuals(JdbcClient jdbc, Grants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
	}

	/**
	 * Records what a budget line spent in a month, replacing what was recorded before.
	 * @return warnings the person should read, such as a line spent beyond its plan;
	 * never null
	 * @throws RuleViolation when the month lies outside the grant or the amount is below
	 * zero
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	@Transactional
	public List<Reason> recordActual(GrantId grantId, int expectedVersion, UUID lineId, YearMonth month,
			long actualCents, StaffMember viewer) {
		this.grants.refuseUnlessMayChange(viewer);
		Grant grant = this.grants.grant(grantId).orElseThrow(() -> new NotFound("funding.grant.not-found"));
		BudgetLine line = grant.lines()
			.stream()
			.filter(l -> l.id().equals(lineId))
			.findFirst()
			.orElseThrow(() -> new NotFound("funding.grant.not-found"));
		if (month == null) {
			throw new RuleViolation("month", "funding.rule.month-missing");
		}
		if (!grant.covers(month)) {
			throw new RuleViolation("month", "funding.rule.month-outside-grant", month.toString(),
					grant.startsOn().toString(), grant.endsOn().toString());
		}
		if (actualCents < 0) {
			throw new RuleViolation("amount", "funding.rule.amount-negative");
		}
		this.grants.raiseVersion(grantId, expectedVersion);
		writeActual(line.id(), month, actualCents);
		return overspent(List.of(grantId));
	}

	/**
	 * Imports the actuals of a finance system export ({@link FinanceCsv}): all rows or
	 * none. The amounts of one cost centre and month are added up and replace what was
	 * recorded for that month before, so importing a file twice changes nothing.
	 * @return the rows read and the warnings to read; never null
	 * @throws RuleViolation naming every row that cannot be taken, when the file is not
	 * UTF-8 or misses a column; nothing is stored then
	 */
	@Transactional
	public ActualsImported importActuals(byte[] content, StaffMember viewer) {
		this.grants.refuseUnlessMayChange(viewer);
		List<FinanceCsv.Row> rows = FinanceCsv.read(content);
		Map<String, LineOfGrant> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT l.id, l.cost_centre, g.id AS grant_id, g.starts_on, g.ends_on
				FROM funding_budget_line l JOIN funding_grant g ON g.id = l.grant_id
				WHERE l.cost_centre IN (:centres)
				""")
			.param("centres", rows.stream().map(FinanceCsv.Row::costCentre).distinct().toList())
			.query((rs, n) -> lines.put(rs.getString("cost_centre"),
					new LineOfGrant(rs.getObject("id", UUID.class), new GrantId(rs.getObject("grant_id", UUID.class)),
							YearMonth.from(rs.getObject("starts_on", LocalDate.class)),
							YearMonth.from(rs.getObject("ends_on", LocalDate.class)))))
			.list();
		List<Reason> problems = new ArrayList<>();
		Map<LineMonth, Long> sums = new LinkedHashMap<>();
		for (FinanceCsv.Row row : rows) {
			LineOfGrant line = lines.get(row.costCentre());
			if (line == null) {
				problems.add(new Reason("funding.import.cost-centre-unknown", List.of(row.line(), row.costCentre())));
			}
			else if (row.month().isBefore(line.first()) || row.month().isAfter(line.last())) {
				problems.add(new Reason("funding.import.month-outside-grant",
						List.of(row.line(), row.month().toString(), row.costCentre())));
			}
			else {
				sums.merge(new LineMonth(line, row.month()), row.cents(), Long::sum);
			}
		}
		sums.forEach((key, cents) -> {
			if (cents < 0) {
				problems.add(new Reason("funding.import.month-negative",
						List.of(key.month().toString(), key.line().id().toString())));
			}
		});
		if (!problems.isEmpty()) {
			throw new RuleViolation("file", "funding.import.refused", problems);
		}
		List<GrantId> grants = sums.keySet().stream().map(key -> key.line().grantId()).distinct().toList();
		for (GrantId grant : grants) {
			this.jdbc.sql("UPDATE funding_grant SET version = version + 1 WHERE id = :id")
				.param("id", grant.id())
				.update();
		}
		sums.forEach((key, cents) -> writeActual(key.line().id(), key.month(), cents));
		return new ActualsImported(rows.size(), sums.size(), overspent(grants));
	}

	private List<Reason> overspent(List<GrantId> grants) {
		List<Reason> warnings = new ArrayList<>();
		for (GrantId id : grants) {
			this.grants.grant(id)
				.ifPresent(grant -> grant.lines()
					.stream()
					.filter(BudgetLine::overspent)
					.forEach(line -> warnings.add(new Reason("funding.warning.overspent",
							List.of(line.costCentre(), grant.noticeNumber())))));
		}
		return warnings;
	}

	private void writeActual(UUID line, YearMonth month, long cents) {
		this.jdbc.sql("""
				INSERT INTO funding_budget_month (budget_line_id, month, planned_cents, actual_cents)
				VALUES (:line, :month, 0, :actual)
				ON CONFLICT (budget_line_id, month) DO UPDATE SET actual_cents = EXCLUDED.actual_cents
				""").param("line", line).param("month", month.atDay(1)).param("actual", cents).update();
	}

	private record LineOfGrant(UUID id, GrantId grantId, YearMonth first, YearMonth last) {
	}

	private record LineMonth(LineOfGrant line, YearMonth month) {
	}

}
