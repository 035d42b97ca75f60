package de.weitblick.infrastructure.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way back to a form leads only to a page of this application.
 */
class ReferringPageTests {

	@Test
	void aPageOfThisApplicationIsTheWayBackWithItsQuery() {
		assertThat(ReferringPage.of(sentFrom("http://localhost/participants/imports?page=2")))
			.isEqualTo("/participants/imports?page=2");
	}

	@Test
	void anotherHostIsNeverTheWayBack() {
		assertThat(ReferringPage.of(sentFrom("https://other.example/participants"))).isNull();
	}

	@Test
	void anAddressThatBrowsersReadAsAnotherHostIsNeverTheWayBack() {
		assertThat(ReferringPage.of(sentFrom("http://localhost//other.example/participants"))).isNull();
	}

	@Test
	void aMalformedOrMissingReferrerLeavesNoWayBack() {
		assertThat(ReferringPage.of(sentFrom("http://localhost/a b"))).isNull();
		assertThat(ReferringPage.of(new MockHttpServletRequest("POST", "/participants/imports"))).isNull();
	}

	private static MockHttpServletRequest sentFrom(String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/participants/imports");
		request.setServerName("localhost");
		request.addHeader("Referer", referer);
		return request;
	}

}
