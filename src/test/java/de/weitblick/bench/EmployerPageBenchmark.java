package de.weitblick.bench;

import java.util.Locale;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An employer's placements and engagement page and the offer search on a Land-sized data
 * set (by default 50,000 employers, 500,000 offers, 1,000,000 placements), as the
 * employer service: median and 95th percentile of the whole request inside the
 * application (MockMvc, without the network). Prints its figures; asserts only that the
 * pages answered. Run with {@code ./mvnw -Pbenchmark test -Dtest=EmployerPageBenchmark}
 * (see docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class EmployerPageBenchmark {

	private static final int EMPLOYERS = Integer.getInteger("weitblick.bench.employers", 50_000);

	private static final int OFFERS_PER_EMPLOYER = 10;

	private static final int PLACEMENTS_PER_EMPLOYER = 20;

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 30);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 200);

	private static final String[] SEARCHES = { "pflege", "tischler", "elektro", "kauf", "logistik", "erzieh" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void employerPageAndOfferSearchOnALandSizedDataSet() throws Exception {
		long started = System.nanoTime();
		ensureData();
		System.out.printf(Locale.ROOT, "%nData set: %,d employers, %,d offers, %,d placements (%.0f s)%n",
				count("employer"), count("offer"), count("placement"), (System.nanoTime() - started) / 1e9);

		Measurement.Figures page = Measurement.measure(WARM_UP, SAMPLES,
				i -> this.mvc
					.perform(get("/employers/" + employer(i * 7919 % EMPLOYERS) + "/engagement")
						.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
					.andExpect(status().isOk()));
		Measurement.Figures search = Measurement
			.measure(WARM_UP, SAMPLES,
					i -> this.mvc.perform(get("/offers").param("text", SEARCHES[i % SEARCHES.length])
						.param("kind", (i % 2 == 0) ? "INTERNSHIP" : "")
						.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))).andExpect(status().isOk()));
		Measurement.Figures api = Measurement.measure(WARM_UP, SAMPLES,
				i -> this.mvc
					.perform(get("/api/v1/offers").param("text", SEARCHES[i % SEARCHES.length])
						.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
					.andExpect(status().isOk()));
		System.out.printf(Locale.ROOT,
				"Employer page with engagement (5 years) and placements: median %.1f ms, p95 %.1f ms%n", page.p50(),
				page.p95());
		System.out.printf(Locale.ROOT, "Offer search page: median %.1f ms, p95 %.1f ms%n", search.p50(), search.p95());
		System.out.printf(Locale.ROOT, "Offer search API: median %.1f ms, p95 %.1f ms%n", api.p50(), api.p95());
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static UUID employer(int n) {
		return UUID.fromString(String.format(Locale.ROOT, "019b0000-0000-7000-8000-%012d", n));
	}

	private void ensureData() {
		if (this.jdbc.sql("SELECT count(*) FROM employer WHERE id = :id")
			.param("id", employer(EMPLOYERS - 1))
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO employer (id, version, name, search_name, legal_form, sector_code, size_class, city,
					  city_group, chamber, public_naming_consent, created_at)
					SELECT CAST('019b0000-0000-7000-8000-' || lpad(n::text, 12, '0') AS uuid), 0,
					       'Betrieb ' || n, 'betrieb ' || n, 'GmbH', (ARRAY['43.22', '87.10', '47.11', '88.91', '16.23'])[1 + n % 5],
					       (ARRAY['MICRO', 'SMALL', 'MEDIUM', 'LARGE'])[1 + n % 4], 'Ort ' || (n % 400), n % 20 = 0,
					       (ARRAY['CRAFTS', 'INDUSTRY_AND_COMMERCE', 'OTHER'])[1 + n % 3], n % 3 = 0, now()
					FROM generate_series(0, :employers - 1) AS n
					ON CONFLICT (id) DO NOTHING
					""")
			.param("employers", EMPLOYERS)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO offer (id, version, employer_id, kind, title, search_title, field, occupation, trade,
					  competence_area, weeks, starts_on, ends_on, seats, created_at)
					SELECT CAST(md5('offer' || e || '-' || k) AS uuid), 0,
					       CAST('019b0000-0000-7000-8000-' || lpad(e::text, 12, '0') AS uuid),
					       (ARRAY['JOB', 'APPRENTICESHIP', 'INTERNSHIP', 'INTERNSHIP_MODULE', 'TASTER_SLOT'])[1 + k % 5],
					       t.title, lower(t.title), (ARRAY['CARE', 'HOME_ECONOMICS', 'EDUCATION', 'OTHER', 'OTHER'])[1 + (e + k) % 5],
					       t.title, CASE WHEN k % 5 = 4 THEN 'Gewerk' END, CASE WHEN k % 5 = 3 THEN 'Bereich' END,
					       CASE WHEN k % 5 = 3 THEN 8 END,
					       DATE '2019-01-01' + ((e * 13 + k * 97) % 2900),
					       CASE WHEN k % 5 = 0 THEN NULL WHEN k % 5 = 4 THEN DATE '2019-01-01' + ((e * 13 + k * 97) % 2900)
					            ELSE DATE '2019-01-01' + ((e * 13 + k * 97) % 2900) + 90 END,
					       1 + (e + k) % 6, now()
					FROM generate_series(0, :employers - 1) AS e, generate_series(0, :offers - 1) AS k,
					     LATERAL (SELECT (ARRAY['Pflegehilfe', 'Tischlerei', 'Elektroinstallation', 'Kaufleute im Einzelhandel',
					       'Fachkraft Lagerlogistik', 'Erzieherin', 'Hauswirtschaft', 'Malerei', 'Busfahrdienst',
					       'Bäckerei'])[1 + (e + k * 3) % 10] || ' ' || k AS title) AS t
					ON CONFLICT (id) DO NOTHING
					""")
			.param("employers", EMPLOYERS)
			.param("offers", OFFERS_PER_EMPLOYER)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO placement (id, version, participant_id, employer_id, offer_id, offer_kind, field,
					  focus_groups, status, period_starts_on, period_ends_on, proposed_on, agreed_on, started_on,
					  ended_on, end_reason, follow_up_on, still_employed)
					SELECT CAST(md5('placement' || e || '-' || k) AS uuid), 0, CAST(md5('person' || (e * 20 + k)) AS uuid),
					       CAST('019b0000-0000-7000-8000-' || lpad(e::text, 12, '0') AS uuid),
					       CAST(md5('offer' || e || '-' || (k % 10)) AS uuid),
					       (ARRAY['JOB', 'APPRENTICESHIP', 'INTERNSHIP', 'INTERNSHIP_MODULE', 'TASTER_SLOT'])[1 + (k % 10) % 5],
					       (ARRAY['CARE', 'HOME_ECONOMICS', 'EDUCATION', 'OTHER', 'OTHER'])[1 + (e + k % 10) % 5],
					       CAST((ARRAY['{YOUNG_PEOPLE}', '{WOMEN,MIGRATION_HISTORY}', '{LONG_TERM_UNEMPLOYED}', '{}'])[1 + k % 4] AS varchar[]),
					       CASE WHEN k % 4 = 0 THEN 'ENDED' ELSE 'STARTED' END,
					       DATE '2019-01-01' + ((e * 7 + k * 131) % 2900), NULL,
					       DATE '2019-01-01' + ((e * 7 + k * 131) % 2900) - 20, DATE '2019-01-01' + ((e * 7 + k * 131) % 2900) - 10,
					       DATE '2019-01-01' + ((e * 7 + k * 131) % 2900),
					       CASE WHEN k % 4 = 0 THEN DATE '2019-01-01' + ((e * 7 + k * 131) % 2900) + 120 END,
					       CASE WHEN k % 4 = 0 THEN 'COMPLETED' END, NULL, CASE WHEN k % 3 = 0 THEN TRUE END
					FROM generate_series(0, :employers - 1) AS e, generate_series(0, :placements - 1) AS k
					ON CONFLICT (id) DO NOTHING
					""")
			.param("employers", EMPLOYERS)
			.param("placements", PLACEMENTS_PER_EMPLOYER)
			.update();
		this.jdbc.sql("ANALYZE employer").update();
		this.jdbc.sql("ANALYZE offer").update();
		this.jdbc.sql("ANALYZE placement").update();
	}

}
