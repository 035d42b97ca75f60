package de.weitblick.privacy;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the audit trail costs on disk: the bytes its tables and indexes grow by per
 * caseload page view, over many views of a counsellor's caseload.
 */
@WeitblickIntegrationTest
class AuditTrailVolumeTests {

	/** Views before the measurement, so that the indexes have compacted repeated keys. */
	private static final int WARM_UP = Integer.getInteger("weitblick.audit.volume.warm-up", 200);

	/**
	 * Views measured. The trail grows by whole 8 KB pages, and whether another test's
	 * entries left an index page nearly full decides when the next one comes: over 400
	 * views two pages more or less moved the figure by 41 bytes, over 1,200 they move it
	 * by 14.
	 */
	private static final int VIEWS = Integer.getInteger("weitblick.audit.volume.views", 1200);

	/**
	 * Bytes per caseload page view with one entry per view that named every person shown
	 * in an array of its own (measured with this test before lists were shared: 1,126).
	 */
	private static final long BYTES_PER_VIEW_BEFORE = 1_126;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseloadPageViewWritesAQuarterOfTheBytesOrLess() throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			view();
		}
		long entries = entries();
		long before = trailBytes();
		for (int i = 0; i < VIEWS; i++) {
			view();
		}
		long perView = (trailBytes() - before) / VIEWS;
		assertThat(entries() - entries).as("entries written").isEqualTo(VIEWS);

		System.out.printf("Audit trail: %d bytes per caseload page view over %d views%n", perView, VIEWS);
		assertThat(perView).isLessThanOrEqualTo(BYTES_PER_VIEW_BEFORE / 4);
	}

	private void view() throws Exception {
		this.mvc.perform(get("/participants").with(user("fachkraft").roles("COUNSELLOR"))).andExpect(status().isOk());
	}

	private long entries() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'fachkraft'").query(Long.class).single();
	}

	/**
	 * The main fork of the trail's tables and indexes, without the free-space and
	 * visibility maps that vacuum adds now and then.
	 */
	private long trailBytes() {
		return this.jdbc
			.sql("""
					SELECT COALESCE(sum(pg_relation_size(c.oid, 'main')), 0) FROM pg_class c
					WHERE c.relkind IN ('r', 'i') AND (c.relname LIKE 'audit\\_event%' OR c.relname LIKE 'audit\\_subject\\_list%')
					""")
			.query(Long.class)
			.single();
	}

}
