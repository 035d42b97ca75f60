package de.weitblick.infrastructure;

import java.net.CookieManager;
import java.util.List;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's session is saved without waiting for the disk, so no page waits for a disk
 * flush only to note that its session was used; ending a session at sign-out still waits
 * for it, as does everything else. Observed where it happens: a probe on the session
 * table notes each write with the commit setting of its transaction.
 */
@WeitblickIntegrationTest
class SessionCommitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void probeTheSessionTable() {
		this.jdbc.sql("CREATE TABLE session_commit_probe (operation text, synchronous_commit text)").update();
		this.jdbc.sql("""
				CREATE FUNCTION session_commit_probe() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    INSERT INTO session_commit_probe VALUES (TG_OP, current_setting('synchronous_commit'));
				    RETURN NULL;
				END $$
				""").update();
		this.jdbc.sql("""
				CREATE TRIGGER session_commit_probe AFTER INSERT OR UPDATE OR DELETE ON spring_session
				FOR EACH ROW EXECUTE FUNCTION session_commit_probe()
				""").update();
	}

	@AfterEach
	void removeTheProbe() {
		this.jdbc.sql("DROP TRIGGER session_commit_probe ON spring_session").update();
		this.jdbc.sql("DROP FUNCTION session_commit_probe()").update();
		this.jdbc.sql("DROP TABLE session_commit_probe").update();
	}

	@Test
	void pagesSaveTheirSessionWithoutWaitingForTheDiskAndSigningOutWaitsForIt() throws Exception {
		CookieManager cookies = new CookieManager();
		WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port, cookies);
		browser.signIn("fachkraft", "weitblick-demo");
		assertThat(browser.get("/participants").statusCode()).isEqualTo(200);
		assertThat(browser.get("/notifications").statusCode()).isEqualTo(200);

		List<String> saves = probed("INSERT", "UPDATE");
		assertThat(saves).isNotEmpty().containsOnly("off");

		browser.signOut();
		assertThat(probed("DELETE")).isNotEmpty().containsOnly("on");
		assertThat(browser.get("/participants").statusCode()).as("signed out, the page asks for signing in")
			.isEqualTo(302);
	}

	private List<String> probed(String... operations) {
		return this.jdbc.sql("SELECT synchronous_commit FROM session_commit_probe WHERE operation IN (:operations)")
			.param("operations", List.of(operations))
			.query(String.class)
			.list();
	}

}
