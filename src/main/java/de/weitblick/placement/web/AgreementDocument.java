package de.weitblick.placement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints the placement agreement as tagged PDF (PDF/UA) from a Thymeleaf template, with
 * the same messages as the pages and the font embedded.
 */
@Component
class AgreementDocument {

	private static final String FONT_FAMILY = "Weitblick Sans";

	private final ITemplateEngine templates;

	AgreementDocument(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> variables, Locale locale) {
		String html = this.templates.process("placement/agreement-pdf", new Context(locale, variables));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Weitblick");
			builder.useFont(() -> AgreementDocument.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY,
					400, FontStyle.NORMAL, true);
			builder.useFont(() -> AgreementDocument.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
					FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The placement agreement could not be written", ex);
		}
	}

}
