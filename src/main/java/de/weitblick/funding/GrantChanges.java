package de.weitblick.funding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeSet;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of grants, budget lines and actuals by the head of department. Every change
 * names the version of the grant it was read in, and a stale one is refused. What money
 * was spent is never lost by a correction: a grant or budget line with actuals on record
 * cannot be deleted (its actuals are removed one by one first, which is itself a
 * deliberate correction), and a grant's period cannot be shortened past a month with
 * actuals.
 */
@Service
@Transactional
public class GrantChanges {

	private final JdbcClient jdbc;

	private final Grants grants;

	GrantChanges(JdbcClient jdbc, Grants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
	}

	/**
	 * Changes a grant's programme, project, period, amounts, notice and reporting dates.
	 * A budget line keeps its months within the new period; months the period gains are
	 * added with nothing planned.
	 * @throws RuleViolation when the draft breaks a rule, the new period leaves out a
	 * month with actuals, or the viewer may not change grants
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	public void change(GrantId id, int expectedVersion, GrantDraft draft, StaffMember viewer) {
		Grant grant = changeable(id, viewer);
		this.grants.check(draft);
		YearMonth first = YearMonth.from(draft.startsOn());
		YearMonth last = YearMonth.from(draft.endsOn());
		grant.lines()
			.stream()
			.flatMap(line -> line.months().stream())
			.filter(month -> month.actualCents() != null)
			.filter(month -> month.month().isBefore(first) || month.month().isAfter(last))
			.findFirst()
			.ifPresent(month -> {
				throw new RuleViolation("startsOn", "funding.rule.period-leaves-out-actuals", month.month().toString());
			});
		this.grants.raiseVersion(id, expectedVersion);
		this.jdbc.sql("""
				UPDATE funding_grant SET programme_id = :programme, project_id = :project, starts_on = :startsOn,
				  ends_on = :endsOn, amount_cents = :amount, co_financing_percent = :coFinancing,
				  notice_number = :notice, notice_date = :noticeDate
				WHERE id = :id
				""")
			.param("programme", draft.programmeId().id())
			.param("project", draft.projectId())
			.param("startsOn", draft.startsOn())
			.param("endsOn", draft.endsOn())
			.param("amount", draft.amountCents())
			.param("coFinancing", draft.coFinancingPercent())
			.param("notice", draft.noticeNumber().trim())
			.param("noticeDate", draft.noticeDate())
			.param("id", id.id())
			.update();
		this.jdbc.sql("""
				DELETE FROM funding_budget_month m USING funding_budget_line l
				WHERE l.id = m.budget_line_id AND l.grant_id = :grant AND (m.month < :first OR m.month > :last)
				""").param("grant", id.id()).param("first", first.atDay(1)).param("last", last.atDay(1)).update();
		this.jdbc.sql("""
				INSERT INTO funding_budget_month (budget_line_id, month, planned_cents)
				SELECT l.id, CAST(m AS date), 0 FROM funding_budget_line l,
				  generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS m
				WHERE l.grant_id = :grant
				ON CONFLICT (budget_line_id, month) DO NOTHING
				""").param("grant", id.id()).param("first", first.atDay(1)).param("last", last.atDay(1)).update();
		// a date kept keeps whether its reminder went out
		if (draft.reportingDates().isEmpty()) {
			this.jdbc.sql("DELETE FROM funding_reporting_date WHERE grant_id = :grant")
				.param("grant", id.id())
				.update();
		}
		else {
			this.jdbc.sql("DELETE FROM funding_reporting_date WHERE grant_id = :grant AND due_on NOT IN (:dates)")
				.param("grant", id.id())
				.param("dates", draft.reportingDates())
				.update();
		}
		for (LocalDate due : new TreeSet<>(draft.reportingDates())) {
			this.jdbc.sql("""
					INSERT INTO funding_reporting_date (grant_id, due_on) VALUES (:grant, :due)
					ON CONFLICT DO NOTHING
					""").param("grant", id.id()).param("due", due).update();
		}
	}

	/**
	 * Deletes a grant with its budget lines and reporting dates.
	 * @throws RuleViolation when actuals are recorded for it, or the viewer may not
	 * change grants
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	public void delete(GrantId id, int expectedVersion, StaffMember viewer) {
		Grant grant = changeable(id, viewer);
		if (grant.lines().stream().anyMatch(GrantChanges::hasActuals)) {
			throw new RuleViolation(null, "funding.rule.grant-has-actuals", grant.noticeNumber());
		}
		this.grants.raiseVersion(id, expectedVersion);
		this.jdbc.sql("DELETE FROM funding_grant WHERE id = :id").param("id", id.id()).update();
	}

	/**
	 * Changes a budget line's category and cost centre and, when given, sets the amount
	 * planned for every month of the grant.
	 * @param plannedPerMonthCents the amount per month, or null to keep the plan
	 * @throws RuleViolation when the cost centre is another line's, an amount is below
	 * zero, or the viewer may not change grants
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	public void changeBudgetLine(GrantId id, int expectedVersion, UUID lineId, BudgetCategory category,
			String costCentre, Long plannedPerMonthCents, StaffMember viewer) {
		line(changeable(id, viewer), lineId);
		if (category == null) {
			throw new RuleViolation("category", "funding.rule.category-missing");
		}
		if (costCentre == null || costCentre.isBlank()) {
			throw new RuleViolation("costCentre", "funding.rule.cost-centre-missing");
		}
		if (plannedPerMonthCents != null && plannedPerMonthCents < 0) {
			throw new RuleViolation("plannedPerMonth", "funding.rule.amount-negative");
		}
		String centre = costCentre.trim();
		if (this.jdbc.sql("SELECT count(*) FROM funding_budget_line WHERE cost_centre = :centre AND id <> :line")
			.param("centre", centre)
			.param("line", lineId)
			.query(Integer.class)
			.single() > 0) {
			throw new RuleViolation("costCentre", "funding.rule.cost-centre-taken", centre);
		}
		this.grants.raiseVersion(id, expectedVersion);
		this.jdbc.sql("UPDATE funding_budget_line SET category = :category, cost_centre = :centre WHERE id = :line")
			.param("category", category.name())
			.param("centre", centre)
			.param("line", lineId)
			.update();
		if (plannedPerMonthCents != null) {
			this.jdbc.sql("UPDATE funding_budget_month SET planned_cents = :planned WHERE budget_line_id = :line")
				.param("planned", plannedPerMonthCents)
				.param("line", lineId)
				.update();
		}
	}

	/**
	 * Deletes a budget line with its plan.
	 * @throws RuleViolation when actuals are recorded for it, or the viewer may not
	 * change grants
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	public void deleteBudgetLine(GrantId id, int expectedVersion, UUID lineId, StaffMember viewer) {
		BudgetLine line = line(changeable(id, viewer), lineId);
		if (hasActuals(line)) {
			throw new RuleViolation(null, "funding.rule.line-has-actuals", line.costCentre());
		}
		this.grants.raiseVersion(id, expectedVersion);
		this.jdbc.sql("DELETE FROM funding_budget_line WHERE id = :line").param("line", lineId).update();
	}

	/**
	 * Removes what was recorded as spent by a budget line in a month; the plan stays.
	 * @throws RuleViolation when the viewer may not change grants
	 * @throws OptimisticLockingFailureException when the grant changed since it was read
	 */
	public void deleteActual(GrantId id, int expectedVersion, UUID lineId, YearMonth month, StaffMember viewer) {
		line(changeable(id, viewer), lineId);
		if (month == null) {
			throw new RuleViolation("month", "funding.rule.month-missing");
		}
		this.grants.raiseVersion(id, expectedVersion);
		this.jdbc.sql("""
				UPDATE funding_budget_month SET actual_cents = NULL WHERE budget_line_id = :line AND month = :month
				""").param("line", lineId).param("month", month.atDay(1)).update();
	}

	private Grant changeable(GrantId id, StaffMember viewer) {
		if (!this.grants.mayChange(viewer)) {
			throw new RuleViolation(null, "funding.rule.may-not-change");
		}
		return this.grants.grant(id).orElseThrow(() -> new NotFound("funding.grant.not-found"));
	}

	private static BudgetLine line(Grant grant, UUID lineId) {
		return grant.lines()
			.stream()
			.filter(line -> line.id().equals(lineId))
			.findFirst()
			.orElseThrow(() -> new NotFound("funding.grant.not-found"));
	}

	private static boolean hasActuals(BudgetLine line) {
		return line.months().stream().anyMatch(month -> month.actualCents() != null);
	}

}
