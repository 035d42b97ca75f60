package de.weitblick.workshop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.weitblick.workshop.AllowanceStatement;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints a person's monthly allowance statement as tagged PDF (PDF/UA) from its Thymeleaf
 * template, with the font embedded.
 */
@Component
class StatementPdf {

	private static final String FONT_FAMILY = "Weitblick Sans";

	private final ITemplateEngine templates;

	StatementPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(AllowanceStatement statement, Locale locale) {
		String html = this.templates.process("workshop/statement", new Context(locale, Map.of("statement", statement)));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Weitblick");
			builder.useFont(() -> StatementPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> StatementPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY,
					700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The allowance statement could not be written", ex);
		}
	}

}
