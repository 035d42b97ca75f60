package de.weitblick.dialogue.idea;

import java.util.Locale;
import java.util.Map;

/**
 * Prints a document from its Thymeleaf template as an accessible, tagged PDF. The seam
 * where one shared renderer of the application takes over; {@link TaggedPdfPrinter} is
 * the dialogue's own until then.
 */
interface DocumentPrinter {

	/**
	 * @param template the template's name, an XHTML page
	 * @param model the template's variables, never null
	 * @param locale the language of the texts
	 * @return the PDF's bytes, never null
	 */
	byte[] print(String template, Map<String, Object> model, Locale locale);

}
