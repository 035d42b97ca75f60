package de.weitblick.publishing.news;

/**
 * Where a news article stands on its way to the public.
 */
public enum NewsStatus {

	/** Being written; only the editors see it. */
	DRAFT,

	/** Waiting for a second person to review and publish it. */
	IN_REVIEW,

	/** Published: public from its publication date on. */
	PUBLISHED;

	public String messageKey() {
		return "news.status." + name();
	}

}
