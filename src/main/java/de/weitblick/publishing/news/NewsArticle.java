package de.weitblick.publishing.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A news article as the pages and the feed show it (without the image's bytes).
 *
 * @param id never null
 * @param version the version a change must name
 * @param title never null
 * @param lead the teaser, never null
 * @param body never null
 * @param publishOn the publication date, never null
 * @param status never null
 * @param image the image's credit and description, or null without an image
 * @param writtenBy never null
 * @param submittedBy who asked for review, may be null
 * @param publishedBy the second person who published it, may be null
 * @param publishedAt may be null
 * @param changedAt never null
 */
public record NewsArticle(UUID id, int version, String title, String lead, String body, LocalDate publishOn,
		NewsStatus status, ImageCredit image, String writtenBy, String submittedBy, String publishedBy,
		Instant publishedAt, Instant changedAt) {

	/**
	 * @param alt the description for people who do not see the image, never null
	 * @param photographer never null
	 * @param licence never null
	 */
	public record ImageCredit(String alt, String photographer, String licence) {

	}

	/**
	 * @return whether the public sees it on the given day
	 */
	public boolean publicOn(LocalDate day) {
		return this.status == NewsStatus.PUBLISHED && !this.publishOn.isAfter(day);
	}

}
