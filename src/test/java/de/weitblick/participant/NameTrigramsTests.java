package de.weitblick.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.participant.referralimport.NameTrigrams;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application tells alike names apart exactly as {@code pg_trgm} in the database
 * does, so a referral import reports the same likely duplicates as the registration form,
 * whichever of the two compares.
 */
@WeitblickIntegrationTest
class NameTrigramsTests {

	private static final List<String> NAMES = List.of("mueller anna", "muller anna", "mueller hanna", "meier anna",
			"mayer anne", "schmidt jan", "schmitt jan", "a", "ab", "a b", "aaaa", "aaa aaa", "abab abab", "x1 2y",
			"nguyen van an", "van nguyen an", "o brien sean", "obrien sean", "  leading  and   spaced  ", "Gross Peter",
			"gross peter", "kowalski-nowak ewa", "kowalski nowak ewa", "al haddad omar", "haddad omar", "weber",
			"webber", "yilmaz ayse", "yilmas ayse", "petrenko olena", "petrenco olena", "schneider lukas",
			"schneieder lukas", "hofmann", "hoffmann", "1234", "", " ", "--");

	@Autowired
	JdbcClient jdbc;

	@Test
	void formsTheTrigramsOfANameAsTheDatabaseShowsThem() {
		for (String name : NAMES) {
			List<String> database = this.jdbc.sql("SELECT unnest(show_trgm(:name))")
				.param("name", name)
				.query(String.class)
				.list();
			assertThat(text(NameTrigrams.of(name))).as(name).containsExactlyInAnyOrderElementsOf(database);
		}
	}

	@Test
	void findsTheSameNamesAlikeAsTheDatabase() {
		List<String> names = new ArrayList<>(NAMES);
		// Names one or two letters apart, as typing errors and spellings make them.
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			StringBuilder name = new StringBuilder(NAMES.get(random.nextInt(NAMES.size())));
			for (int change = 0; change <= random.nextInt(2) && !name.isEmpty(); change++) {
				name.setCharAt(random.nextInt(name.length()), (char) ('a' + random.nextInt(26)));
			}
			names.add(name.toString());
		}
		List<String> firsts = new ArrayList<>();
		List<String> seconds = new ArrayList<>();
		for (String first : names) {
			for (String second : names) {
				firsts.add(first);
				seconds.add(second);
			}
		}
		List<Float> database = this.jdbc.sql("""
				SELECT similarity(a, b) FROM unnest(CAST(:firsts AS text[]), CAST(:seconds AS text[]))
				    WITH ORDINALITY AS t(a, b, pair) ORDER BY pair
				""")
			.param("firsts", firsts.toArray(String[]::new))
			.param("seconds", seconds.toArray(String[]::new))
			.query(Float.class)
			.list();
		int alike = 0;
		for (int i = 0; i < firsts.size(); i++) {
			int[] a = NameTrigrams.of(firsts.get(i));
			int[] b = NameTrigrams.of(seconds.get(i));
			String pair = firsts.get(i) + " / " + seconds.get(i);
			assertThat(NameTrigrams.similarity(a, b)).as(pair).isEqualTo(database.get(i));
			alike += (NameTrigrams.similarity(a, b) >= 0.5f) ? 1 : 0;
		}
		// Not only the pairs of a name with itself.
		assertThat(alike).isGreaterThan(names.size() * 2);
	}

	@Test
	void leavesANameBeyondAsciiToTheDatabase() {
		assertThat(NameTrigrams.of("yılmaz ayşe")).isNull();
		assertThat(NameTrigrams.of("петренко олена")).isNull();
		assertThat(NameTrigrams.of("yilmaz ayse")).isNotNull();
	}

	private static List<String> text(int[] trigrams) {
		List<String> text = new ArrayList<>();
		for (int trigram : trigrams) {
			text.add(new String(
					new char[] { (char) (trigram >> 16), (char) ((trigram >> 8) & 0xFF), (char) (trigram & 0xFF) }));
		}
		return text;
	}

}
