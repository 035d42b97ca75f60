package de.weitblick.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.weitblick.shared.Figure;
import de.weitblick.shared.documents.PdfRenderer;
import de.weitblick.reporting.FunderReport.BudgetRow;
import de.weitblick.reporting.FunderReport.ProjectResults;
import de.weitblick.reporting.FunderReport.Row;
import de.weitblick.reporting.FunderReport.Section;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a funder report as an XLSX workbook (fastexcel, streamed) and as a tagged PDF
 * (PDF/UA, from a Thymeleaf template with the font embedded), both in German, the
 * funders' language. A hidden small number is written as its text ("< 3"), never as the
 * number.
 */
@Component
class FunderReportFiles {

	private static final Locale GERMAN = Locale.GERMANY;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	FunderReportFiles(MessageSource messages, ITemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	byte[] xlsx(FunderReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeXlsx(report, out);
		return out.toByteArray();
	}

	void writeXlsx(FunderReport report, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Weitblick", "1.0");
			Worksheet entry = workbook.newWorksheet(text("reporting.sheet.entry"));
			int r = 0;
			entry.value(r, 0, text("reporting.report.heading", report.programmeName()));
			entry.style(r, 0).bold().set();
			entry.value(++r, 0, text("reporting.report.project"));
			entry.value(r, 1,
					(report.projectName() != null) ? report.projectName() : text("reporting.report.all-projects"));
			entry.value(++r, 0, text("reporting.report.period"));
			entry.value(r, 1, report.from().toString() + " – " + report.to().toString());
			entry.value(++r, 0, text("reporting.report.disclosure", report.threshold()));
			r++;
			for (Section section : report.entry()) {
				entry.value(++r, 0, text(section.headingKey()));
				entry.style(r, 0).bold().set();
				for (Row row : section.rows()) {
					entry.value(++r, 0, text(row.labelKey()));
					cell(entry, r, 1, row.cell());
				}
				r++;
			}
			entry.finish();
			Worksheet results = workbook.newWorksheet(text("reporting.sheet.results"));
			r = 0;
			String[] header = { text("reporting.results.project"), text("reporting.results.period"),
					text("reporting.results.figure"), text("reporting.results.people") };
			for (int c = 0; c < header.length; c++) {
				results.value(r, c, header[c]);
				results.style(r, c).bold().set();
			}
			for (ProjectResults project : report.results()) {
				r = resultRow(results, r, project, text("reporting.results.took-part"), project.tookPart());
				r = resultRow(results, r, project, text("reporting.results.leavers"), project.leavers());
				for (Row row : project.outcomes()) {
					r = resultRow(results, r, project, text(row.labelKey()), row.cell());
				}
				for (Row row : project.indicators()) {
					r = resultRow(results, r, project, text(row.labelKey()), row.cell());
				}
			}
			results.finish();
			Worksheet budget = workbook.newWorksheet(text("reporting.sheet.budget"));
			String[] budgetHeader = { text("reporting.budget.notice"), text("reporting.results.project"),
					text("reporting.budget.category"), text("reporting.budget.cost-centre"),
					text("reporting.budget.planned"), text("reporting.budget.actual") };
			for (int c = 0; c < budgetHeader.length; c++) {
				budget.value(0, c, budgetHeader[c]);
				budget.style(0, c).bold().set();
			}
			r = 0;
			for (BudgetRow row : report.budget()) {
				budget.value(++r, 0, row.noticeNumber());
				budget.value(r, 1, row.project());
				budget.value(r, 2, text(row.categoryKey()));
				budget.value(r, 3, row.costCentre());
				budget.value(r, 4, BigDecimal.valueOf(row.plannedCents(), 2));
				budget.value(r, 5, BigDecimal.valueOf(row.actualCents(), 2));
			}
			budget.value(++r, 0, text("reporting.budget.total"));
			budget.value(r, 4, BigDecimal.valueOf(report.plannedCents(), 2));
			budget.value(r, 5, BigDecimal.valueOf(report.actualCents(), 2));
			budget.range(1, 4, r, 5).style().format("#,##0.00").set();
			budget.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The funder report workbook could not be written", ex);
		}
	}

	private int resultRow(Worksheet sheet, int r, ProjectResults project, String label, Figure cell) {
		int row = r + 1;
		sheet.value(row, 0, project.project());
		sheet.value(row, 1, project.period());
		sheet.value(row, 2, label);
		cell(sheet, row, 3, cell);
		return row;
	}

	private static void cell(Worksheet sheet, int r, int c, Figure cell) {
		if (cell.isHidden()) {
			sheet.value(r, c, cell.text());
		}
		else {
			sheet.value(r, c, cell.value());
		}
	}

	byte[] pdf(FunderReport report) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		String html = this.templates.process("reporting/funder-report-pdf", new Context(GERMAN, variables));
		return PdfRenderer.render(html, "The funder report PDF");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, GERMAN);
	}

}
