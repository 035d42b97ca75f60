package de.weitblick.bench;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.IdeaFilter;
import de.weitblick.dialogue.idea.IdeaSearch;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea list with its filters and the similar-idea suggestion on an edition with
 * 10,000 ideas and 200,000 comments: median and 95th percentile through the facade the
 * pages and the API call. Prints its figures; asserts only that the lists answered. Run
 * with {@code ./mvnw -Pbenchmark test -Dtest=IdeaListBenchmark} (see docs/benchmarks.md).
 * The data set is generated at the start and removed at the end.
 */
@WeitblickIntegrationTest
class IdeaListBenchmark {

	private static final UUID EDITION = UUID.fromString("019a0000-0000-7000-8000-00000000b001");

	private static final int IDEAS = Integer.getInteger("weitblick.bench.ideas", 10_000);

	private static final int COMMENTS = Integer.getInteger("weitblick.bench.comments", 200_000);

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 30);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 300);

	/** Words of the generated ideas, so that the full-text search finds some of them. */
	private static final List<String> WORDS = List.of("Ausbildung", "Langzeitarbeitslose", "Qualifizierung", "Pflege",
			"Kinderbetreuung", "Sprachkurs", "Beratung", "Stadtteil", "Jugendliche", "Geflüchtete", "Mentoring",
			"Teilzeit", "Handwerk", "Digitalisierung", "Gesundheit", "Alleinerziehende", "Betrieb", "Praktikum",
			"Schule", "Nachbarschaft");

	@Autowired
	IdeaSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ideaListAndSimilaritySuggestionOnALargeEdition() throws Exception {
		long started = System.nanoTime();
		ensureData();
		System.out.printf(Locale.ROOT, "%nData set: %,d ideas, %,d comments in the benchmark edition (%.0f s)%n",
				count("SELECT count(*) FROM dialogue_idea WHERE edition_id = :e"),
				count("SELECT count(*) FROM dialogue_comment c JOIN dialogue_idea i ON i.id = c.idea_id WHERE i.edition_id = :e"),
				(System.nanoTime() - started) / 1e9);
		try {
			measure();
		}
		finally {
			// The ideas of the benchmark would crowd the demo edition's lists in the
			// tests.
			removeData();
		}
	}

	private void measure() throws Exception {
		IdeaStatus[] statuses = IdeaStatus.values();
		FocusGroupCode[] groups = FocusGroupCode.values();

		Measurement.Figures all = Measurement.measure(WARM_UP, SAMPLES,
				i -> assertThat(this.search.ideas(new IdeaFilter(EDITION, null, null, null), false, 200)).hasSize(200));
		Measurement.Figures filtered = Measurement.measure(WARM_UP, SAMPLES,
				i -> this.search.ideas(
						new IdeaFilter(EDITION, statuses[i % statuses.length], groups[i % groups.length], null), false,
						200));
		Measurement.Figures words = Measurement.measure(WARM_UP, SAMPLES, i -> this.search
			.ideas(new IdeaFilter(EDITION, null, groups[i % groups.length], WORDS.get(i % WORDS.size())), false, 200));
		Measurement.Figures similar = Measurement.measure(WARM_UP, SAMPLES,
				i -> this.search.similar(WORDS.get(i % WORDS.size()) + " für " + WORDS.get((i * 7 + 3) % WORDS.size())
						+ " im " + WORDS.get((i * 3 + 1) % WORDS.size())));

		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("list of an edition, newest 200", all);
		Measurement.print("list by status and focus group", filtered);
		Measurement.print("list by focus group and keyword", words);
		Measurement.print("similar ideas while typing", similar);
	}

	private void ensureData() {
		this.jdbc.sql("""
				INSERT INTO dialogue_edition (id, version, number, title, held_on, format)
				VALUES (:e, 0, 900, 'Benchmark-Ausgabe', DATE '2030-06-01', 'DIGITAL') ON CONFLICT (id) DO NOTHING
				""").param("e", EDITION).update();
		if (count("SELECT count(*) FROM dialogue_idea WHERE edition_id = :e") >= IDEAS) {
			return;
		}
		String[] words = WORDS.toArray(String[]::new);
		this.jdbc
			.sql("""
					INSERT INTO dialogue_idea (id, version, edition_id, title, problem, approach, focus_groups, status,
					    status_since, submitted_at, author_name)
					SELECT md5('idea' || n)::uuid, 0, :e,
					       'Idee ' || n || ': ' || (:w)[1 + n % 20] || ' und ' || (:w)[1 + (n / 20) % 20],
					       'Problem der ' || (:w)[1 + (n * 7) % 20] || ' im Bereich ' || (:w)[1 + (n * 3) % 20] || ' ' || repeat('Text ', 40),
					       'Ansatz mit ' || (:w)[1 + (n * 11) % 20] || ' und ' || (:w)[1 + (n * 13) % 20] || ' ' || repeat('Wort ', 40),
					       (ARRAY['YOUNG_PEOPLE','MIGRATION_HISTORY','WOMEN','LONG_TERM_UNEMPLOYED','SGB_XII'])[1 + n % 5]
					         || CASE WHEN n % 3 = 0 THEN ',WOMEN' ELSE '' END,
					       (ARRAY['SUBMITTED','PRESENTED','IN_DEVELOPMENT','DOCUMENTED','UNDER_REVIEW','APPROVED','REJECTED','BEING_IMPLEMENTED','IMPLEMENTED','WITHDRAWN'])[1 + n % 10],
					       now() - n * interval '1 hour', now() - n * interval '1 hour', 'Benchmark'
					FROM generate_series(1, :ideas) AS n
					ON CONFLICT (id) DO NOTHING
					""")
			.param("e", EDITION)
			.param("w", words)
			.param("ideas", IDEAS)
			.update();
		this.jdbc.sql("""
				INSERT INTO dialogue_comment (id, idea_id, author_name, text, written_at)
				SELECT md5('comment' || n)::uuid, md5('idea' || (1 + n % :ideas))::uuid, 'Benchmark',
				       'Kommentar ' || n, now() - n * interval '1 minute'
				FROM generate_series(1, :comments) AS n
				ON CONFLICT (id) DO NOTHING
				""").param("ideas", IDEAS).param("comments", COMMENTS).update();
		this.jdbc.sql("ANALYZE dialogue_idea").update();
		this.jdbc.sql("ANALYZE dialogue_comment").update();
	}

	private void removeData() {
		this.jdbc
			.sql("DELETE FROM dialogue_comment c USING dialogue_idea i WHERE i.id = c.idea_id AND i.edition_id = :e")
			.param("e", EDITION)
			.update();
		this.jdbc.sql("DELETE FROM dialogue_idea WHERE edition_id = :e").param("e", EDITION).update();
		this.jdbc.sql("DELETE FROM dialogue_edition WHERE id = :e").param("e", EDITION).update();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param("e", EDITION).query(Integer.class).single();
	}

}
