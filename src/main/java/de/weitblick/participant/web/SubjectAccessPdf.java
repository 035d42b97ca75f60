package de.weitblick.participant.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.weitblick.participant.SubjectAccessReport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints the subject-access report as a tagged PDF (PDF/UA) in plain language, from the
 * same Thymeleaf messages as the pages. The font is embedded, so every letter of a name
 * survives.
 */
@Component
class SubjectAccessPdf {

	private static final String FONT_FAMILY = "Weitblick Sans";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	SubjectAccessPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	byte[] render(SubjectAccessReport report, Locale locale) {
		Context context = new Context(locale, Map.of("report", report, "names",
				new ParticipantController.Names(locale, this.messages), "zone", ZoneId.of("Europe/Berlin")));
		String html = this.templates.process("participant/subject-access-pdf", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Weitblick");
			builder.useFont(() -> SubjectAccessPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> SubjectAccessPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY,
					700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The subject-access PDF could not be written", ex);
		}
	}

}
