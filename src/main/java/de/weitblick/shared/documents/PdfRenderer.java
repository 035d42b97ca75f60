package de.weitblick.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Writes an HTML document (a Thymeleaf template's output) as tagged PDF (PDF/UA) with the
 * DejaVu Sans font embedded under the family "Weitblick Sans", so every letter of a name
 * survives and screen readers find the structure. The templates name that family in their
 * style sheet.
 */
public final class PdfRenderer {

	/** The font family the PDF templates use. */
	public static final String FONT_FAMILY = "Weitblick Sans";

	private PdfRenderer() {
	}

	/**
	 * @param html a complete XHTML document, must not be null
	 * @param what what the document is, for the message when it cannot be written
	 * @return the PDF, never null
	 * @throws UncheckedIOException when the PDF cannot be written
	 */
	public static byte[] render(String html, String what) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Weitblick");
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
					FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(what + " could not be written", ex);
		}
	}

}
