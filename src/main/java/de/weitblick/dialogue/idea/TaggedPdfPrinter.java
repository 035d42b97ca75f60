package de.weitblick.dialogue.idea;

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
 * Prints with openhtmltopdf as PDF/UA: tagged structure, the document's language and
 * title, and the application's font embedded in its regular and bold weights.
 */
@Component
class TaggedPdfPrinter implements DocumentPrinter {

	/** The family the templates name, and the font files of its weights. */
	private static final String FAMILY = "Weitblick Sans";

	private static final Map<Integer, String> WEIGHTS = Map.of(400, "/fonts/DejaVuSans.ttf", 700,
			"/fonts/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	TaggedPdfPrinter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public byte[] print(String template, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(template, new Context(locale, model));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Weitblick");
			WEIGHTS.forEach((weight, file) -> builder.useFont(() -> TaggedPdfPrinter.class.getResourceAsStream(file),
					FAMILY, weight, FontStyle.NORMAL, true));
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document " + template + " could not be printed", ex);
		}
	}

}
