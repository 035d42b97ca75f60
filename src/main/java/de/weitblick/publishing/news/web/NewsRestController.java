package de.weitblick.publishing.news.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.publishing.news.NewsArticle;
import de.weitblick.publishing.news.NewsDesk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published news as JSON (public).
 */
@RestController
@RequestMapping("/api/v1/news")
@Tag(name = "News", description = "Published news articles (Pressemeldungen) with their image credits")
class NewsRestController {

	private final NewsDesk desk;

	NewsRestController(NewsDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@Operation(operationId = "listNews", summary = "The published news, the newest first (public)")
	List<ArticleResource> listNews() {
		return this.desk.published().stream().map(ArticleResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getNewsArticle", summary = "One published article (public)")
	@ApiResponse(responseCode = "404", description = "No such published article")
	ArticleResource getNewsArticle(@PathVariable UUID id) {
		return ArticleResource.of(this.desk.publicArticle(id));
	}

	record ArticleResource(String id, String title, String lead, String body, LocalDate publishedOn,
			ImageResource image) {

		static ArticleResource of(NewsArticle article) {
			return new ArticleResource(article.id().toString(), article.title(), article.lead(), article.body(),
					article.publishOn(),
					(article.image() != null) ? new ImageResource("/news/articles/" + article.id() + "/image",
							article.image().alt(), article.image().photographer(), article.image().licence()) : null);
		}

	}

	record ImageResource(String href, String alt, String photographer, String licence) {

	}

}
