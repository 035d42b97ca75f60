package de.weitblick.workshop.web;

import java.util.Locale;
import java.util.Map;

import de.weitblick.shared.documents.PdfRenderer;
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

	private final ITemplateEngine templates;

	StatementPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(AllowanceStatement statement, Locale locale) {
		String html = this.templates.process("workshop/statement", new Context(locale, Map.of("statement", statement)));
		return PdfRenderer.render(html, "The allowance statement");
	}

}
