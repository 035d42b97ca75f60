package de.weitblick.participant.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.weitblick.participant.casefile.web.Names;
import de.weitblick.shared.documents.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints documents a person takes home (the support plan, the subject-access report) as
 * tagged PDF (PDF/UA), from Thymeleaf templates and the same messages as the pages. The
 * font is embedded, so every letter of a name survives.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	PdfDocuments(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * @param template the Thymeleaf template, must not be null
	 * @param variables what the template shows; country names are added, and dates, times
	 * and numbers are written in the given language ({@code #formats})
	 * @param locale the reader's language, must not be null
	 * @return the PDF, never null
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("names", new Names(locale, this.messages));
		String html = this.templates.process(template, new Context(locale, all));
		return PdfRenderer.render(html, "The PDF " + template);
	}

}
