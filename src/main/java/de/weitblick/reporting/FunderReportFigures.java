package de.weitblick.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import de.weitblick.shared.SmallNumbers;
import de.weitblick.shared.Figure;
import de.weitblick.funding.BudgetLine;
import de.weitblick.funding.BudgetMonth;
import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgramme;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.Grant;
import de.weitblick.funding.Grants;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.ProjectFigures;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectSummary;
import de.weitblick.reporting.FunderReport.BudgetRow;
import de.weitblick.reporting.FunderReport.ProjectResults;
import de.weitblick.reporting.FunderReport.Row;
import de.weitblick.reporting.FunderReport.Section;
import de.weitblick.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the figures of a funder report. The output indicators at entry are one SQL
 * statement over the people who started in the period in the projects in scope; the
 * outcomes and the ESF Plus result indicators are the project module's figures of each
 * project period that overlaps the period; the budget comes from the grants.
 */
@Component
class FunderReportFigures {

	/**
	 * The ESF Plus output indicators at entry, counted once per person (the first entry
	 * in the period), from the participant's record as it is today. Education is the
	 * highest recorded qualification on the ISCED scale.
	 */
	static final String ENTRY_SQL = """
			WITH scope AS (
			    SELECT DISTINCT g.project_id AS id FROM funding_grant g
			    WHERE g.programme_id = :programme AND g.starts_on <= :to AND g.ends_on >= :from
			      AND (CAST(:project AS uuid) IS NULL OR g.project_id = CAST(:project AS uuid))
			), entry AS (
			    SELECT DISTINCT ON (e.participant_id) e.participant_id, e.started_on
			    FROM enrolment e JOIN scope s ON s.id = e.project_id
			    WHERE e.started_on BETWEEN :from AND :to AND e.status <> 'MERGED'
			    ORDER BY e.participant_id, e.started_on
			), person AS (
			    SELECT pa.gender, extract(year FROM age(en.started_on, pa.birth_date)) AS age,
			           pa.unemployed_since, en.started_on, pa.single_parent,
			           (pa.born_with_german_citizenship = FALSE OR pa.parent_born_without_german_citizenship
			            OR pa.both_parents_immigrated) AS foreign_background,
			           (SELECT max(CASE WHEN q.level IN ('BACHELOR', 'MASTER', 'DOCTORATE', 'ADVANCED_VOCATIONAL') THEN 3
			                            WHEN q.level IN ('UNIVERSITY_OF_APPLIED_SCIENCES_ENTRANCE', 'HIGHER_EDUCATION_ENTRANCE',
			                                             'VOCATIONAL_TRAINING', 'OTHER_VOCATIONAL') THEN 2
			                            ELSE 1 END)
			            FROM participant_qualification q WHERE q.participant_id = pa.id) AS isced
			    FROM entry en JOIN participant pa ON pa.id = en.participant_id
			)
			SELECT count(*) AS total,
			       count(*) FILTER (WHERE gender = 'FEMALE') AS women,
			       count(*) FILTER (WHERE gender = 'MALE') AS men,
			       count(*) FILTER (WHERE gender = 'DIVERSE') AS non_binary,
			       count(*) FILTER (WHERE gender NOT IN ('FEMALE', 'MALE', 'DIVERSE')) AS gender_not_stated,
			       count(*) FILTER (WHERE age < 18) AS age_under_18,
			       count(*) FILTER (WHERE age BETWEEN 18 AND 29) AS age_18_29,
			       count(*) FILTER (WHERE age BETWEEN 30 AND 54) AS age_30_54,
			       count(*) FILTER (WHERE age >= 55) AS age_55_plus,
			       count(*) FILTER (WHERE unemployed_since IS NOT NULL AND unemployed_since <= started_on
			                          AND unemployed_since > started_on - interval '12 months') AS unemployed_short,
			       count(*) FILTER (WHERE unemployed_since IS NOT NULL
			                          AND unemployed_since <= started_on - interval '12 months') AS long_term_unemployed,
			       count(*) FILTER (WHERE unemployed_since IS NULL OR unemployed_since > started_on) AS not_unemployed,
			       count(*) FILTER (WHERE isced IS NULL OR isced = 1) AS isced_0_2,
			       count(*) FILTER (WHERE isced = 2) AS isced_3_4,
			       count(*) FILTER (WHERE isced = 3) AS isced_5_8,
			       count(*) FILTER (WHERE foreign_background) AS foreign_background,
			       count(*) FILTER (WHERE single_parent) AS single_parent
			FROM person
			""";

	private final JdbcClient jdbc;

	private final SmallNumbers smallNumbers;

	private final FundingManagement funding;

	private final Grants grants;

	private final ProjectManagement projects;

	private final ProjectFigures projectFigures;

	FunderReportFigures(JdbcClient jdbc, @Value(SmallNumbers.THRESHOLD) int threshold, FundingManagement funding,
			Grants grants, ProjectManagement projects, ProjectFigures projectFigures) {
		this.jdbc = jdbc;
		this.smallNumbers = new SmallNumbers(threshold);
		this.funding = funding;
		this.grants = grants;
		this.projects = projects;
		this.projectFigures = projectFigures;
	}

	/**
	 * @param project the project, or null for all projects the programme funds
	 * @param progress told the share done, 0 to 100
	 */
	FunderReport compute(FundingProgrammeId programmeId, UUID project, LocalDate from, LocalDate to, StaffMember viewer,
			IntConsumer progress) {
		FundingProgramme programme = this.funding.programme(programmeId)
			.orElseThrow(() -> new NotFound("reporting.programme-not-found"));
		List<Grant> granted = this.grants.grants(programmeId, project)
			.stream()
			.filter(g -> !g.startsOn().isAfter(to) && !g.endsOn().isBefore(from))
			.toList();
		java.util.Set<UUID> funded = new java.util.HashSet<>();
		granted.forEach(g -> funded.add(g.projectId()));
		// The projects the programme granted money to in the period, by name.
		List<ProjectSummary> inScope = this.projects.projects()
			.stream()
			.filter(p -> funded.contains(p.id().id()))
			.toList();
		Map<UUID, String> names = new java.util.HashMap<>();
		inScope.forEach(p -> names.put(p.id().id(), p.name()));
		List<Section> entry = entry(programmeId, project, from, to);
		progress.accept(20);
		List<ProjectResults> results = new ArrayList<>();
		int done = 0;
		for (ProjectSummary summary : inScope) {
			for (PlacePeriod period : this.projects.places(summary.id())) {
				if (period.startsOn().isAfter(to) || period.endsOn().isBefore(from)) {
					continue;
				}
				ProjectFigures.Figures figures = this.projectFigures.of(summary.id(), period.id(), viewer);
				results.add(
						new ProjectResults(summary.name(), period.label(), figures.tookPart(), figures.leavers(),
								figures.outcomes()
									.stream()
									.map(o -> new Row((o.kind() != null) ? o.kind().messageKey()
											: "reporting.outcome.not-recorded", o.people()))
									.toList(),
								figures.indicators()
									.stream()
									.map(i -> new Row(i.indicator().messageKey(), i.people()))
									.toList()));
			}
			done++;
			progress.accept(20 + 50 * done / Math.max(1, inScope.size()));
		}
		List<BudgetRow> budget = new ArrayList<>();
		for (Grant grant : granted) {
			for (BudgetLine line : grant.lines()) {
				long planned = 0;
				long actual = 0;
				for (BudgetMonth month : line.months()) {
					if (!month.month().isBefore(YearMonth.from(from)) && !month.month().isAfter(YearMonth.from(to))) {
						planned += month.plannedCents();
						actual += (month.actualCents() != null) ? month.actualCents() : 0;
					}
				}
				budget.add(new BudgetRow(grant.noticeNumber(),
						names.getOrDefault(grant.projectId(), grant.projectId().toString()),
						line.category().messageKey(), line.costCentre(), planned, actual));
			}
		}
		progress.accept(75);
		return new FunderReport(programme.name(), (project != null) ? names.get(project) : null, from, to,
				this.smallNumbers.threshold(), entry, results, budget);
	}

	List<Section> entry(FundingProgrammeId programme, UUID project, LocalDate from, LocalDate to) {
		Map<String, Object> row = this.jdbc.sql(ENTRY_SQL)
			.param("programme", programme.id())
			.param("project", project)
			.param("from", from)
			.param("to", to)
			.query()
			.singleRow();
		long total = count(row, "total");
		List<Section> sections = new ArrayList<>();
		sections
			.add(exclusive("reporting.entry.gender", total, row, "women", "men", "non_binary", "gender_not_stated"));
		sections
			.add(exclusive("reporting.entry.age", total, row, "age_under_18", "age_18_29", "age_30_54", "age_55_plus"));
		sections.add(exclusive("reporting.entry.labour-market", total, row, "unemployed_short", "long_term_unemployed",
				"not_unemployed"));
		sections.add(exclusive("reporting.entry.education", total, row, "isced_0_2", "isced_3_4", "isced_5_8"));
		// A person may be disadvantaged in several ways, so these do not add up.
		sections.add(new Section("reporting.entry.disadvantage",
				List.of(new Row("reporting.entry.foreign_background",
						this.smallNumbers.of(count(row, "foreign_background"))),
						new Row("reporting.entry.single_parent", this.smallNumbers.of(count(row, "single_parent"))))));
		return sections;
	}

	private Section exclusive(String heading, long total, Map<String, Object> row, String... columns) {
		List<Long> counts = java.util.Arrays.stream(columns).map(c -> count(row, c)).toList();
		List<Figure> cells = this.smallNumbers.exclusive(counts, total);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			rows.add(new Row("reporting.entry." + columns[i], cells.get(i)));
		}
		rows.add(new Row("reporting.entry.total", cells.get(columns.length)));
		return new Section(heading, rows);
	}

	private static long count(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

}
