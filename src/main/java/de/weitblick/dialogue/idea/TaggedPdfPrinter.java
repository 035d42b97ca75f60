package de.weitblick.dialogue.idea;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.weitblick.shared.documents.PdfRenderer;

import org.springframework.stereotype.Component;

/**
 * Prints through the one renderer of tagged PDF ({@link PdfRenderer}): the document's
 * language and title come from the template.
 */
@Component
class TaggedPdfPrinter implements DocumentPrinter {

	private final ITemplateEngine templates;

	TaggedPdfPrinter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public byte[] print(String template, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(template, new Context(locale, model));
		return PdfRenderer.render(html, "The document " + template);
	}

}
