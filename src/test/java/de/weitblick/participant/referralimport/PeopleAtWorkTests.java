package de.weitblick.participant.referralimport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral import steps aside while people work: the application counts as in use while
 * a page is being served and for a while after, but not for static files.
 */
class PeopleAtWorkTests {

	@Test
	void theApplicationIsInUseWhileAPageIsServedAndForAWhileAfter() throws Exception {
		PeopleAtWork people = new PeopleAtWork(settings(Duration.ofMinutes(1)));
		assertThat(people.now()).as("nobody has asked for anything yet").isFalse();

		AtomicBoolean duringTheRequest = new AtomicBoolean();
		people.doFilter(new MockHttpServletRequest("GET", "/participants"), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) {
						duringTheRequest.set(people.now());
					}

				}));

		assertThat(duringTheRequest).isTrue();
		assertThat(people.now()).as("a moment after the page").isTrue();
	}

	@Test
	void theApplicationIsNoLongerInUseOnceTheTimeHasPassed() throws Exception {
		PeopleAtWork people = new PeopleAtWork(settings(Duration.ZERO));
		people.doFilter(new MockHttpServletRequest("GET", "/participants"), new MockHttpServletResponse(),
				new MockFilterChain());

		assertThat(people.now()).isFalse();
	}

	@Test
	void styleSheetsAndTheOperationsEndpointsAreNobodyWaiting() throws Exception {
		PeopleAtWork people = new PeopleAtWork(settings(Duration.ofMinutes(1)));
		for (String path : new String[] { "/assets/css/weitblick.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/actuator/prometheus" }) {
			people.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(),
					new MockFilterChain());
		}

		assertThat(people.now()).isFalse();
	}

	private static ReferralImportSettings settings(Duration inUseFor) {
		return new ReferralImportSettings(5000, 2, DataSize.ofMegabytes(50), 2, "[0-9A-Z]{6,20}", Duration.ofMinutes(1),
				Duration.ofDays(90), 0.5, 1000, 2, inUseFor);
	}

}
