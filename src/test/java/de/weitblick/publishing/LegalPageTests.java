package de.weitblick.publishing;

import java.util.List;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accessibility statement, the privacy notice and the legal notice: public, linked
 * from every page, edited by administrators with every version kept; and the feedback on
 * barriers that anyone may send.
 */
@WeitblickIntegrationTest
class LegalPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishingManagement publishing;

	@Test
	void theLegalPagesAreOpenWithoutSigningInInGermanAndInEnglish() throws Exception {
		this.mvc.perform(get("/legal/accessibility"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Erklärung zur Barrierefreiheit – Weitblick</title>")))
			.andExpect(content().string(containsString("teilweise vereinbar")))
			.andExpect(content().string(containsString("Durchsetzungsverfahren")))
			.andExpect(content().string(containsString("Schlichtungsstelle")))
			.andExpect(content().string(containsString("Barriere melden")));
		this.mvc.perform(get("/legal/privacy")).andExpect(status().isOk());
		this.mvc.perform(get("/legal/imprint"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"kern-heading-large\">Impressum</h1>")));
		this.mvc.perform(get("/legal/accessibility").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enforcement procedure")))
			.andExpect(content().string(containsString("Report a barrier")));
		this.mvc.perform(get("/legal/nothing-here")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageLinksTheLegalPagesInItsFooter() throws Exception {
		List<MockHttpServletRequestBuilder> pages = List.of(get("/"), get("/sign-in"), get("/legal/imprint"),
				get("/projects").with(user("fachkraft").roles("COUNSELLOR")),
				get("/organisation/units").with(user("jobcenter").roles("PARTNER")),
				get("/admin/legal").with(user("admin").roles("ADMINISTRATOR")));
		for (MockHttpServletRequestBuilder page : pages) {
			this.mvc.perform(page).andExpect(content().string(linksTheLegalPages()));
		}
		// The error pages too, as a browser receives them.
		WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port);
		browser.signIn("fachkraft", "weitblick-demo");
		for (String refused : List.of("/admin/accounts", "/diese-seite-gibt-es-nicht")) {
			assertThat(browser.get(refused, "Accept", "text/html").body()).contains("href=\"/legal/accessibility\"",
					"href=\"/legal/privacy\"", "href=\"/legal/imprint\"");
		}
	}

	private static org.hamcrest.Matcher<String> linksTheLegalPages() {
		return allOf(containsString("href=\"/legal/accessibility\""), containsString("href=\"/legal/privacy\""),
				containsString("href=\"/legal/imprint\""));
	}

	@Test
	void anAdministratorEditsTheImprintAndEveryVersionIsKeptWithWhoSavedIt() throws Exception {
		LegalPage before = this.publishing.page(LegalPageKind.IMPRINT);
		this.mvc.perform(get("/admin/legal/imprint/edit").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Platzhalter")));

		this.mvc
			.perform(save(before.version(), "## Herausgeber\n\nMagistrat der Stadt Kassel\nTelefon: 0561 787-0",
					"## Publisher\n\nMagistrat der Stadt Kassel"))
			.andExpect(redirectedUrl("/legal/imprint"));

		this.mvc.perform(get("/legal/imprint"))
			.andExpect(content().string(containsString("Magistrat der Stadt Kassel<br>Telefon: 0561 787-0")));
		this.mvc.perform(get("/legal/imprint").param("lang", "en"))
			.andExpect(content().string(containsString("<h2 class=\"kern-heading-medium\">Publisher</h2>")));
		List<LegalPage> history = this.publishing.history(LegalPageKind.IMPRINT);
		assertThat(history.get(0).version()).isEqualTo(before.version() + 1);
		assertThat(history.get(0).changedBy()).isEqualTo("admin");
		assertThat(history.get(1).textGerman()).isEqualTo(before.textGerman());
	}

	@Test
	void aTextSavedOverANewerVersionIsRefusedAndNothingIsOverwritten() throws Exception {
		LegalPage read = this.publishing.page(LegalPageKind.PRIVACY);
		this.publishing.change(LegalPageKind.PRIVACY, read.version(), read.textGerman() + "\n\nErgänzung A",
				read.textEnglish(), "admin2");

		this.mvc
			.perform(post("/admin/legal/privacy").with(admin())
				.with(csrf())
				.param("version", String.valueOf(read.version()))
				.param("textGerman", read.textGerman() + "\n\nErgänzung B")
				.param("textEnglish", read.textEnglish()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("admin2 hat inzwischen eine neuere Fassung gespeichert")));

		LegalPage now = this.publishing.page(LegalPageKind.PRIVACY);
		assertThat(now.textGerman()).endsWith("Ergänzung A");
		assertThat(now.version()).isEqualTo(read.version() + 1);
	}

	@Test
	void htmlInATextIsShownAsTypedAndNeverRun() throws Exception {
		LegalPage read = this.publishing.page(LegalPageKind.ACCESSIBILITY);
		this.publishing.change(LegalPageKind.ACCESSIBILITY, read.version(),
				read.textGerman() + "\n\n<script>alert('x')</script> [Klick](javascript:alert(1))", read.textEnglish(),
				"admin");

		this.mvc.perform(get("/legal/accessibility"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))));
	}

	@Test
	void aSignedOutVisitorReportsABarrierAndTheAdministratorSeesIt() throws Exception {
		this.mvc
			.perform(feedback("198.51.100.1").param("message", "Der Kontrast der Fußzeile ist zu schwach.")
				.param("page", "/legal/imprint")
				.param("contactEmail", "leser@example.org"))
			.andExpect(redirectedUrl("/legal/accessibility#feedback"));

		this.mvc.perform(get("/admin/legal").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Der Kontrast der Fußzeile ist zu schwach.")))
			.andExpect(content().string(containsString("mailto:leser@example.org")));
	}

	@Test
	void aReportWithoutDescriptionWithABadAddressTooLongOrWithoutTheFormsTokenIsRefused() throws Exception {
		int before = reports();
		this.mvc.perform(feedback("198.51.100.2").param("message", "  ").param("contactEmail", "keine-adresse"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte beschreiben Sie die Barriere.")))
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")));
		this.mvc.perform(feedback("198.51.100.2").param("message", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("höchstens 4.000 Zeichen")));
		this.mvc.perform(post("/legal/accessibility/feedback").param("message", "Ohne Formular-Token"))
			.andExpect(status().isForbidden());
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void oneAddressMaySendOnlyAFewReportsAWhile() throws Exception {
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(feedback("198.51.100.3").param("message", "Meldung " + i))
				.andExpect(redirectedUrl("/legal/accessibility#feedback"));
		}
		this.mvc.perform(feedback("198.51.100.3").param("message", "Meldung 6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bereits 5 Meldungen eingegangen")));
		this.mvc.perform(feedback("198.51.100.4").param("message", "Von anderswo"))
			.andExpect(redirectedUrl("/legal/accessibility#feedback"));
	}

	@Test
	void onlyAnAdministratorEditsThePagesAndReadsTheReports() throws Exception {
		this.mvc.perform(get("/admin/legal").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/legal/imprint").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("version", "0")
				.param("textGerman", "Übernommen")
				.param("textEnglish", "Taken over"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/legal")).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder save(int version, String german, String english) {
		return post("/admin/legal/imprint").with(admin())
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("textGerman", german)
			.param("textEnglish", english);
	}

	private static MockHttpServletRequestBuilder feedback(String address) {
		return post("/legal/accessibility/feedback").with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private int reports() {
		return this.jdbc.sql("SELECT count(*) FROM accessibility_feedback").query(Integer.class).single();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMINISTRATOR");
	}

}
