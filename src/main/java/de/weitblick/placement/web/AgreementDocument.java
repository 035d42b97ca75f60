package de.weitblick.placement.web;

import java.util.Locale;
import java.util.Map;

import de.weitblick.shared.documents.PdfRenderer;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints the placement agreement as tagged PDF (PDF/UA) from a Thymeleaf template, with
 * the same messages as the pages and the font embedded.
 */
@Component
class AgreementDocument {

	private final ITemplateEngine templates;

	AgreementDocument(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> variables, Locale locale) {
		String html = this.templates.process("placement/agreement-pdf", new Context(locale, variables));
		return PdfRenderer.render(html, "The placement agreement");
	}

}
