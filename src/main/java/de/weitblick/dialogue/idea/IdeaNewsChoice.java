package de.weitblick.dialogue.idea;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.idea.IdeaRecords.timestamp;

/**
 * Each person's choice between the news of their ideas at every step and a daily digest,
 * for the authors, co-authors and supporters who are told of an idea's steps.
 */
@Service
@Transactional(readOnly = true)
public class IdeaNewsChoice {

	private final JdbcClient jdbc;

	private final Clock clock;

	IdeaNewsChoice(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether the person takes the news of their ideas once a day; false until
	 * they chose
	 */
	public boolean dailyDigest(Contributor person) {
		return this.jdbc.sql("SELECT daily_digest FROM dialogue_news_choice WHERE recipient = :key")
			.param("key", person.supporterKey())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Sets whether the person takes the news of their ideas once a day instead of at
	 * every step.
	 */
	@Transactional
	public void choose(Contributor person, boolean dailyDigest) {
		this.jdbc.sql("""
				INSERT INTO dialogue_news_choice (recipient, daily_digest, chosen_at) VALUES (:key, :digest, :now)
				ON CONFLICT (recipient) DO UPDATE SET daily_digest = :digest, chosen_at = :now
				""")
			.param("key", person.supporterKey())
			.param("digest", dailyDigest)
			.param("now", timestamp(this.clock.instant()))
			.update();
	}

}
