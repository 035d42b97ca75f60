package de.weitblick.participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The likely-duplicate check of a referral import compares names in the application: it
 * must come to exactly what the registration form's {@code similarity()} in PostgreSQL
 * says, or an import would register people the form would have warned about.
 */
@WeitblickIntegrationTest
class NameTrigramsTests {

	private static final String[] NAMES = { "mueller anna", "muller anna", "mueller anne", "schmidt lena",
			"schmitt lena", "meyer max", "meier max", "maier maximilian", "al masri omar", "almasri omar", "nguyen",
			"a", "ab", "a b c", "aaa aaa", "aaaa", "x1 y2", "1990", "mueller mueller anna", "anna mueller",
			"kowalski piotr", "kovalenko olena", "petrenko olena", "o", "hoffmann sabine", "hofmann sabine",
			"hoffman sabina", "de la cruz maria", "delacruz maria" };

	@Autowired
	JdbcClient jdbc;

	@Test
	void namesAreAsSimilarAsTheDatabaseSaysForEveryPair() {
		List<String> names = new ArrayList<>(List.of(NAMES));
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			names.add(randomName(random));
		}
		List<String> left = new ArrayList<>();
		List<String> right = new ArrayList<>();
		for (String a : names) {
			for (String b : names) {
				left.add(a);
				right.add(b);
			}
		}
		List<Float> database = this.jdbc
			.sql("""
					SELECT similarity(a, b) FROM unnest(CAST(:a AS text[]), CAST(:b AS text[])) WITH ORDINALITY AS t(a, b, n)
					ORDER BY n
					""")
			.param("a", left.toArray(String[]::new))
			.param("b", right.toArray(String[]::new))
			.query(Float.class)
			.list();

		Map<String, NameTrigrams> trigrams = new HashMap<>();
		for (String name : names) {
			trigrams.put(name, NameTrigrams.of(name));
		}
		// The database cuts the names of other letters than a–z.
		this.jdbc.sql("SELECT n, show_trgm(n) FROM unnest(CAST(:names AS text[])) AS t(n)")
			.param("names", names.stream().filter(name -> trigrams.get(name) == null).toArray(String[]::new))
			.query((rs, n) -> trigrams.put(rs.getString(1),
					NameTrigrams.shownByTheDatabase((String[]) rs.getArray(2).getArray())))
			.list();
		for (int i = 0; i < left.size(); i++) {
			NameTrigrams a = trigrams.get(left.get(i));
			NameTrigrams b = trigrams.get(right.get(i));
			String pair = left.get(i) + " / " + right.get(i);
			assertThat(a.similarity(b)).as(pair).isEqualTo(database.get(i));
			assertThat(a.similarTo(b)).as(pair).isEqualTo(database.get(i) >= 0.5f);
		}
	}

	@Test
	void aNameWithALetterOutsideAToZIsCutByTheDatabase() {
		assertThat(NameTrigrams.of("yilmaz ayse")).isNotNull();
		assertThat(NameTrigrams.of("yılmaz ayse")).isNull();
		assertThat(NameTrigrams.of("ivanov иван")).isNull();
	}

	/** Names from a few letters, so that many pairs share trigrams. */
	private static String randomName(Random random) {
		StringBuilder name = new StringBuilder();
		int words = 1 + random.nextInt(3);
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				name.append(' ');
			}
			int length = 1 + random.nextInt(8);
			for (int c = 0; c < length; c++) {
				name.append("aeimnorst1".charAt(random.nextInt(10)));
			}
		}
		return name.toString();
	}

}
