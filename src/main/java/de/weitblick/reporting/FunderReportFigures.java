package de.weitblick.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import de.weitblick.funding.BudgetFigures;
import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgramme;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.project.ReportingFigures;
import de.weitblick.reporting.FunderReport.BudgetRow;
import de.weitblick.reporting.FunderReport.ProjectResults;
import de.weitblick.reporting.FunderReport.Row;
import de.weitblick.reporting.FunderReport.Section;
import de.weitblick.shared.Figure;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.SmallNumbers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes the figures of a funder report from the modules' figures for many projects at
 * once: the projects in scope and the budget from the funding module, the output
 * indicators at entry (as recorded when each person started) and the outcomes and ESF
 * Plus result indicators of every project period that overlaps the period from the
 * project module. A fixed number of statements, whatever the number of projects.
 */
@Component
class FunderReportFigures {

	private final SmallNumbers smallNumbers;

	private final FundingManagement funding;

	private final BudgetFigures budget;

	private final ReportingFigures projects;

	FunderReportFigures(@Value(SmallNumbers.THRESHOLD) int threshold, FundingManagement funding, BudgetFigures budget,
			ReportingFigures projects) {
		this.smallNumbers = new SmallNumbers(threshold);
		this.funding = funding;
		this.budget = budget;
		this.projects = projects;
	}

	/**
	 * @param project the project, or null for all projects the programme funds
	 * @param progress told the share done, 0 to 100
	 */
	FunderReport compute(FundingProgrammeId programmeId, UUID project, LocalDate from, LocalDate to,
			IntConsumer progress) {
		FundingProgramme programme = this.funding.programme(programmeId)
			.orElseThrow(() -> new NotFound("reporting.programme-not-found"));
		List<UUID> funded = this.budget.fundedProjects(programmeId, project, from, to);
		Map<UUID, String> names = this.projects.names(funded);
		List<Section> entry = entry(funded, from, to);
		progress.accept(20);
		List<ProjectResults> results = this.projects.results(funded, from, to)
			.stream()
			.map(period -> new ProjectResults(period.project(), period.period(), period.tookPart(), period.leavers(),
					period.outcomes()
						.stream()
						.map(o -> new Row((o.kind() != null) ? o.kind().messageKey() : "reporting.outcome.not-recorded",
								o.people()))
						.toList(),
					period.indicators().stream().map(i -> new Row(i.indicator().messageKey(), i.people())).toList()))
			.toList();
		progress.accept(60);
		List<BudgetRow> budget = this.budget.lines(programmeId, project, from, to)
			.stream()
			.map(line -> new BudgetRow(line.noticeNumber(),
					names.getOrDefault(line.projectId(), line.projectId().toString()), line.category().messageKey(),
					line.costCentre(), line.plannedCents(), line.actualCents()))
			.toList();
		progress.accept(75);
		return new FunderReport(programme.name(), (project != null) ? names.get(project) : null, from, to,
				this.smallNumbers.threshold(), entry, results, budget);
	}

	List<Section> entry(List<UUID> projects, LocalDate from, LocalDate to) {
		Map<String, Long> row = this.projects.entry(projects, from, to);
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

	private Section exclusive(String heading, long total, Map<String, Long> row, String... columns) {
		List<Long> counts = java.util.Arrays.stream(columns).map(c -> count(row, c)).toList();
		List<Figure> cells = this.smallNumbers.exclusive(counts, total);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			rows.add(new Row("reporting.entry." + columns[i], cells.get(i)));
		}
		rows.add(new Row("reporting.entry.total", cells.get(columns.length)));
		return new Section(heading, rows);
	}

	private static long count(Map<String, Long> row, String column) {
		return row.getOrDefault(column, 0L);
	}

}
