package de.weitblick.participant.referralimport.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportFinding;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.participant.referralimport.ReferralImportReports;
import de.weitblick.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * An import's report as a CSV file that German Excel opens as it is: UTF-8 with a byte
 * order mark, semicolons, the messages in the reader's language.
 */
@Component
class ReferralImportReportCsv {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final ReferralImportProgress progress;

	private final ReferralImportReports reports;

	private final MessageSource messages;

	ReferralImportReportCsv(ReferralImportProgress progress, ReferralImportReports reports, MessageSource messages) {
		this.progress = progress;
		this.reports = reports;
		this.messages = messages;
	}

	void write(ReferralImportId id, StaffMember viewer, Locale locale, HttpServletResponse response)
			throws IOException {
		ReferralImport referralImport = this.progress.referralImport(id, viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		String fileName = message("participant.import.report.file-name", locale) + "-"
				+ DAY.format(referralImport.uploadedAt().atZone(ZoneId.of("Europe/Berlin"))) + ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer);
		printer.printRecord(message("participant.import.report.row", locale),
				message("participant.import.report.customer-number", locale),
				message("participant.import.report.outcome", locale),
				message("participant.import.report.column", locale),
				message("participant.import.report.message", locale));
		this.reports.export(id, viewer, finding -> print(printer, finding, locale));
		printer.flush();
	}

	private void print(CSVPrinter printer, ReferralImportFinding finding, Locale locale) {
		try {
			printer.printRecord(finding.row(), cell(finding.customerNumber()),
					message(finding.outcome().messageKey(), locale),
					(finding.column() != null) ? message(finding.column().messageKey(), locale) : "",
					cell(this.messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A value as text that a spreadsheet never runs as a formula, even when a row of the
	 * imported file began with "=".
	 */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
