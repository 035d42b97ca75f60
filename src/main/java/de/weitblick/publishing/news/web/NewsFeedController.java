package de.weitblick.publishing.news.web;

import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.weitblick.publishing.news.NewsArticle;
import de.weitblick.publishing.news.NewsDesk;
import de.weitblick.shared.Formats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published news as an Atom feed (RFC 4287) for feed readers and the city's portal.
 */
@RestController
class NewsFeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final MediaType ATOM_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final NewsDesk desk;

	private final MessageSource messages;

	private final String baseUrl;

	NewsFeedController(NewsDesk desk, MessageSource messages,
			@Value("${weitblick.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.desk = desk;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/news/feed.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		List<NewsArticle> articles = this.desk.published();
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml:lang", "de");
		element(xml, "title", this.messages.getMessage("news.feed.title", null, java.util.Locale.GERMAN));
		element(xml, "id", this.baseUrl + "/news");
		link(xml, "self", this.baseUrl + "/news/feed.atom");
		link(xml, "alternate", this.baseUrl + "/news");
		element(xml, "updated", articles.isEmpty() ? timestamp(null) : timestamp(articles.get(0)));
		for (NewsArticle article : articles) {
			String url = this.baseUrl + "/news/articles/" + article.id();
			xml.writeStartElement("entry");
			element(xml, "title", article.title());
			element(xml, "id", "urn:uuid:" + article.id());
			link(xml, "alternate", url);
			element(xml, "updated", timestamp(article));
			element(xml, "published", timestamp(article));
			xml.writeStartElement("author");
			element(xml, "name", this.messages.getMessage("news.feed.author", null, java.util.Locale.GERMAN));
			xml.writeEndElement();
			element(xml, "summary", article.lead());
			if (article.image() != null) {
				element(xml, "rights",
						this.messages.getMessage("news.image.credit",
								new Object[] { article.image().photographer(), article.image().licence() },
								java.util.Locale.GERMAN));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM_TYPE).body(text.toString());
	}

	private static String timestamp(NewsArticle article) {
		ZonedDateTime moment = (article == null) ? ZonedDateTime.of(2019, 1, 1, 0, 0, 0, 0, Formats.ZONE)
				: (article.publishedAt() != null
						&& !article.publishedAt().atZone(Formats.ZONE).toLocalDate().isBefore(article.publishOn()))
								? article.publishedAt().atZone(Formats.ZONE)
								: article.publishOn().atTime(LocalTime.of(9, 0)).atZone(Formats.ZONE);
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
