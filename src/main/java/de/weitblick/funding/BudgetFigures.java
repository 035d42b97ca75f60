package de.weitblick.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module's figures for reports over many grants at once: which projects a
 * programme funds in a period, and the budget planned and spent within it. Each is one
 * set-based statement, whatever the number of grants.
 */
@Service
@Transactional(readOnly = true)
public class BudgetFigures {

	private final JdbcClient jdbc;

	BudgetFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param programme the programme, or null for all
	 * @param project only this project, or null for all
	 * @return the projects with a grant of the programme overlapping the dates
	 */
	public List<UUID> fundedProjects(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT DISTINCT g.project_id FROM funding_grant g
				WHERE (CAST(:programme AS uuid) IS NULL OR g.programme_id = CAST(:programme AS uuid))
				  AND g.starts_on <= :to AND g.ends_on >= :from
				  AND (CAST(:project AS uuid) IS NULL OR g.project_id = CAST(:project AS uuid))
				""")
			.param("programme", (programme != null) ? programme.id() : null)
			.param("project", project)
			.param("from", from)
			.param("to", to)
			.query(UUID.class)
			.list();
	}

	/**
	 * The budget lines of the programme's grants overlapping the dates, with what was
	 * planned and spent in the months of the dates.
	 * @param project only this project, or null for all
	 * @return by grant (newest start first, then notice number) and line
	 */
	public List<LineFigures> lines(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT g.notice_number, g.project_id, l.category, l.cost_centre,
				       coalesce(sum(m.planned_cents), 0) AS planned, coalesce(sum(m.actual_cents), 0) AS actual
				FROM funding_grant g JOIN funding_budget_line l ON l.grant_id = g.id
				LEFT JOIN funding_budget_month m ON m.budget_line_id = l.id
				     AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
				WHERE g.programme_id = :programme AND g.starts_on <= :to AND g.ends_on >= :from
				  AND (CAST(:project AS uuid) IS NULL OR g.project_id = CAST(:project AS uuid))
				GROUP BY g.id, l.id
				ORDER BY g.starts_on DESC, g.notice_number, g.id, l.id
				""")
			.param("programme", programme.id())
			.param("project", project)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new LineFigures(rs.getString("notice_number"), rs.getObject("project_id", UUID.class),
					BudgetCategory.valueOf(rs.getString("category")), rs.getString("cost_centre"),
					rs.getLong("planned"), rs.getLong("actual")))
			.list();
	}

	/**
	 * Per programme, what its grants overlapping the dates granted, and what they planned
	 * and spent in the months of the dates.
	 * @param programme only this programme, or null for all
	 * @param project only this project's grants, or null for all
	 * @return by programme name
	 */
	public List<ProgrammeBudget> perProgramme(FundingProgrammeId programme, UUID project, LocalDate from,
			LocalDate to) {
		return this.jdbc.sql("""
				WITH granted AS (
				    SELECT g.* FROM funding_grant g
				    WHERE g.starts_on <= :to AND g.ends_on >= :from
				      AND (CAST(:programme AS uuid) IS NULL OR g.programme_id = CAST(:programme AS uuid))
				      AND (CAST(:project AS uuid) IS NULL OR g.project_id = CAST(:project AS uuid))
				), months AS (
				    SELECT g2.programme_id, sum(m.planned_cents) AS planned, sum(m.actual_cents) AS actual
				    FROM funding_budget_month m JOIN funding_budget_line l ON l.id = m.budget_line_id
				    JOIN funding_grant g2 ON g2.id = l.grant_id
				    WHERE m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
				      AND (CAST(:project AS uuid) IS NULL OR g2.project_id = CAST(:project AS uuid))
				    GROUP BY g2.programme_id
				)
				SELECT p.name, sum(g.amount_cents) AS granted, coalesce(max(m.planned), 0) AS planned,
				       coalesce(max(m.actual), 0) AS actual
				FROM funding_programme p JOIN granted g ON g.programme_id = p.id
				LEFT JOIN months m ON m.programme_id = p.id
				GROUP BY p.id, p.name ORDER BY p.name
				""")
			.param("programme", (programme != null) ? programme.id() : null)
			.param("project", project)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ProgrammeBudget(rs.getString("name"), rs.getLong("granted"), rs.getLong("planned"),
					rs.getLong("actual")))
			.list();
	}

	/**
	 * What was spent on each project by each programme in the months of the dates.
	 * @param projects the projects, or null for all
	 * @param programme only this programme, or null for all
	 * @return by programme name, only where something was spent
	 */
	public List<Spent> spent(List<UUID> projects, FundingProgrammeId programme, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT g.project_id, pr.name AS programme, sum(m.actual_cents) AS actual
				FROM funding_grant g JOIN funding_programme pr ON pr.id = g.programme_id
				JOIN funding_budget_line l ON l.grant_id = g.id
				JOIN funding_budget_month m ON m.budget_line_id = l.id
				WHERE (:all OR g.project_id = ANY(CAST(:projects AS uuid[]))) AND m.actual_cents IS NOT NULL
				  AND (CAST(:programme AS uuid) IS NULL OR g.programme_id = CAST(:programme AS uuid))
				  AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
				GROUP BY g.project_id, pr.id, pr.name
				ORDER BY pr.name
				""")
			.param("all", projects == null)
			.param("projects", (projects != null) ? projects.toArray(UUID[]::new) : new UUID[0])
			.param("programme", (programme != null) ? programme.id() : null)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Spent(rs.getObject("project_id", UUID.class), rs.getString("programme"),
					rs.getLong("actual")))
			.list();
	}

	/**
	 * @param programme the programme's name
	 * @param grantedCents granted by grants overlapping the dates
	 * @param plannedCents planned in the months of the dates
	 * @param actualCents spent in the months of the dates
	 */
	public record ProgrammeBudget(String programme, long grantedCents, long plannedCents, long actualCents) {
	}

	/**
	 * @param projectId the project spent on
	 * @param programme the paying programme's name
	 * @param actualCents spent in the months of the dates
	 */
	public record Spent(UUID projectId, String programme, long actualCents) {
	}

	/**
	 * @param noticeNumber the grant notice's number
	 * @param projectId the funded project
	 * @param category never null
	 * @param costCentre never null
	 * @param plannedCents planned in the months of the dates
	 * @param actualCents spent in the months of the dates
	 */
	public record LineFigures(String noticeNumber, UUID projectId, BudgetCategory category, String costCentre,
			long plannedCents, long actualCents) {
	}

}
