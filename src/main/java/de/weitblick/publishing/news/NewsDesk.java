package de.weitblick.publishing.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.publishing.news.NewsArticle.ImageCredit;
import de.weitblick.publishing.news.NewsDraft.NewImage;
import de.weitblick.shared.Formats;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news desk: editors write articles as drafts, ask for review, and a second person
 * publishes them; the public reads what is published and due. An image is only kept with
 * its description and its media credit (photographer and licence), which every page that
 * shows the image names.
 */
@Service
@Transactional(readOnly = true)
public class NewsDesk {

	static final int TITLE_LENGTH = 200;

	static final int LEAD_LENGTH = 1000;

	static final int BODY_LENGTH = 20_000;

	static final int CREDIT_LENGTH = 200;

	static final int ALT_LENGTH = 300;

	static final int IMAGE_BYTES = 5 * 1024 * 1024;

	static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private static final String COLUMNS = """
			id, version, title, lead, body, publish_on, status, image_alt, image_photographer, image_licence,
			image IS NOT NULL AS has_image, written_by, submitted_by, published_by, published_at, changed_at
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	NewsDesk(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * @return the articles the public sees today, the newest first; never null
	 */
	public List<NewsArticle> published() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM news_article WHERE status = 'PUBLISHED' AND publish_on <= :today"
					+ " ORDER BY publish_on DESC, published_at DESC")
			.param("today", today())
			.query(NewsDesk::article)
			.list();
	}

	/**
	 * @return every article with drafts and those in review, the newest first; never null
	 */
	public List<NewsArticle> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM news_article ORDER BY publish_on DESC, changed_at DESC")
			.query(NewsDesk::article)
			.list();
	}

	/**
	 * @return the article, or empty when there is none
	 */
	public Optional<NewsArticle> article(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM news_article WHERE id = :id")
			.param("id", id)
			.query(NewsDesk::article)
			.optional();
	}

	/**
	 * @return the article if the public sees it today
	 * @throws NotFound otherwise
	 */
	public NewsArticle publicArticle(UUID id) {
		return article(id).filter(article -> article.publicOn(today()))
			.orElseThrow(() -> new NotFound("news.not-found"));
	}

	/**
	 * @param onlyPublic whether only an image of a public article is returned
	 * @return the image's type and bytes
	 * @throws NotFound when there is none (for the public: or it is not published)
	 */
	public Image image(UUID id, boolean onlyPublic) {
		if (onlyPublic) {
			publicArticle(id);
		}
		return this.jdbc.sql("SELECT image_type, image FROM news_article WHERE id = :id AND image IS NOT NULL")
			.param("id", id)
			.query((rs, n) -> new Image(rs.getString("image_type"), rs.getBytes("image")))
			.optional()
			.orElseThrow(() -> new NotFound("news.not-found"));
	}

	/**
	 * An image as it is sent back.
	 */
	public record Image(String contentType, byte[] bytes) {

	}

	/**
	 * Writes a new draft.
	 * @throws RuleViolation when a text is missing or too long, or an image lacks its
	 * credit or is no image
	 */
	@Transactional
	public UUID write(NewsDraft draft, String by) {
		checkText(draft);
		UUID id = TimeOrderedIds.next();
		this.jdbc
			.sql("""
					INSERT INTO news_article (id, version, title, lead, body, publish_on, status, written_by, changed_by, changed_at)
					VALUES (:id, 0, :title, :lead, :body, :publishOn, 'DRAFT', :by, :by, :at)
					""")
			.param("id", id)
			.param("title", draft.title().strip())
			.param("lead", draft.lead().strip())
			.param("body", draft.body().strip())
			.param("publishOn", draft.publishOn())
			.param("by", by)
			.param("at", now())
			.update();
		image(id, draft, false);
		return id;
	}

	/**
	 * Changes a draft or an article in review; an article in review goes back to draft,
	 * so what is published is always what the second person read.
	 * @throws RuleViolation when the article is published or the draft breaks a rule
	 * @throws OptimisticLockingFailureException when someone changed it meanwhile
	 */
	@Transactional
	public void revise(UUID id, int expectedVersion, NewsDraft draft, String by) {
		NewsArticle article = current(id, expectedVersion);
		if (article.status() == NewsStatus.PUBLISHED) {
			throw new RuleViolation(null, "news.rule.published-unchanged");
		}
		checkText(draft);
		this.jdbc.sql("""
				UPDATE news_article SET title = :title, lead = :lead, body = :body, publish_on = :publishOn,
				       status = 'DRAFT', submitted_by = NULL, changed_by = :by, changed_at = :at, version = version + 1
				WHERE id = :id
				""")
			.param("title", draft.title().strip())
			.param("lead", draft.lead().strip())
			.param("body", draft.body().strip())
			.param("publishOn", draft.publishOn())
			.param("by", by)
			.param("at", now())
			.param("id", id)
			.update();
		image(id, draft, article.image() != null);
	}

	/**
	 * Asks for review by a second person.
	 * @throws RuleViolation when the article is not a draft
	 */
	@Transactional
	public void submit(UUID id, int expectedVersion, String by) {
		NewsArticle article = current(id, expectedVersion);
		if (article.status() != NewsStatus.DRAFT) {
			throw new RuleViolation(null, "news.rule.only-drafts-submitted");
		}
		move(id, "status = 'IN_REVIEW', submitted_by = :by", by);
	}

	/**
	 * Publishes an article in review: only a person other than who wrote it and who asked
	 * for review.
	 * @throws RuleViolation when it is not in review or the reviewer is its author
	 */
	@Transactional
	public void publish(UUID id, int expectedVersion, String by) {
		NewsArticle article = current(id, expectedVersion);
		if (article.status() != NewsStatus.IN_REVIEW) {
			throw new RuleViolation(null, "news.rule.only-reviewed-published");
		}
		if (by.equals(article.submittedBy()) || by.equals(article.writtenBy())) {
			throw new RuleViolation(null, "news.rule.second-person");
		}
		move(id, "status = 'PUBLISHED', published_by = :by, published_at = :at", by);
	}

	/**
	 * Sends an article in review back to its author as a draft.
	 * @throws RuleViolation when it is not in review
	 */
	@Transactional
	public void returnToDraft(UUID id, int expectedVersion, String by) {
		NewsArticle article = current(id, expectedVersion);
		if (article.status() != NewsStatus.IN_REVIEW) {
			throw new RuleViolation(null, "news.rule.only-reviewed-returned");
		}
		move(id, "status = 'DRAFT', submitted_by = NULL", by);
	}

	private void move(UUID id, String assignments, String by) {
		this.jdbc
			.sql("UPDATE news_article SET " + assignments
					+ ", changed_by = :by, changed_at = :at, version = version + 1 WHERE id = :id")
			.param("by", by)
			.param("at", now())
			.param("id", id)
			.update();
	}

	private NewsArticle current(UUID id, int expectedVersion) {
		NewsArticle article = article(id).orElseThrow(() -> new NotFound("news.not-found"));
		if (article.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("news article " + id + " was changed in the meantime");
		}
		return article;
	}

	private static void checkText(NewsDraft draft) {
		required("title", draft.title(), TITLE_LENGTH);
		required("lead", draft.lead(), LEAD_LENGTH);
		required("body", draft.body(), BODY_LENGTH);
		if (draft.publishOn() == null) {
			throw new RuleViolation("publishOn", "news.rule.publish-on-required");
		}
		NewImage image = draft.image();
		if (image != null && image.bytes() != null && image.bytes().length > 0) {
			if (image.bytes().length > IMAGE_BYTES) {
				throw new RuleViolation("image", "news.rule.image-too-large");
			}
			if (image.contentType() == null || !IMAGE_TYPES.contains(image.contentType())
					|| !looksLikeAnImage(image.bytes())) {
				throw new RuleViolation("image", "news.rule.image-type");
			}
			credit(image);
		}
	}

	private static void credit(NewImage image) {
		required("imageAlt", image.alt(), ALT_LENGTH);
		required("imagePhotographer", image.photographer(), CREDIT_LENGTH);
		required("imageLicence", image.licence(), CREDIT_LENGTH);
	}

	/**
	 * The file must start as a JPEG, PNG or WebP does, whatever the browser said it was.
	 */
	private static boolean looksLikeAnImage(byte[] bytes) {
		if (bytes.length < 12) {
			return false;
		}
		boolean jpeg = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
		boolean png = (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
		boolean webp = bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W'
				&& bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
		return jpeg || png || webp;
	}

	private void image(UUID id, NewsDraft draft, boolean hasImage) {
		NewImage image = draft.image();
		if (image != null && image.bytes() != null && image.bytes().length > 0) {
			this.jdbc.sql("""
					UPDATE news_article SET image = :bytes, image_type = :type, image_alt = :alt,
					       image_photographer = :photographer, image_licence = :licence WHERE id = :id
					""")
				.param("bytes", image.bytes())
				.param("type", image.contentType())
				.param("alt", image.alt().strip())
				.param("photographer", image.photographer().strip())
				.param("licence", image.licence().strip())
				.param("id", id)
				.update();
		}
		else if (draft.removeImage()) {
			this.jdbc.sql("""
					UPDATE news_article SET image = NULL, image_type = NULL, image_alt = NULL,
					       image_photographer = NULL, image_licence = NULL WHERE id = :id
					""").param("id", id).update();
		}
		else if (hasImage && image != null) {
			credit(image);
			this.jdbc.sql("""
					UPDATE news_article SET image_alt = :alt, image_photographer = :photographer,
					       image_licence = :licence WHERE id = :id
					""")
				.param("alt", image.alt().strip())
				.param("photographer", image.photographer().strip())
				.param("licence", image.licence().strip())
				.param("id", id)
				.update();
		}
	}

	private static void required(String field, String text, int length) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, "news.rule.required");
		}
		if (text.strip().length() > length) {
			throw new RuleViolation(field, "news.rule.too-long", length);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Formats.ZONE));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static NewsArticle article(ResultSet rs, int row) throws SQLException {
		ImageCredit image = rs.getBoolean("has_image") ? new ImageCredit(rs.getString("image_alt"),
				rs.getString("image_photographer"), rs.getString("image_licence")) : null;
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new NewsArticle(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title"),
				rs.getString("lead"), rs.getString("body"), rs.getObject("publish_on", LocalDate.class),
				NewsStatus.valueOf(rs.getString("status")), image, rs.getString("written_by"),
				rs.getString("submitted_by"), rs.getString("published_by"),
				(publishedAt != null) ? publishedAt.toInstant() : null, rs.getTimestamp("changed_at").toInstant());
	}

}
