package de.weitblick.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The error page for a request the database failed is rendered without a session:
 * sessions are kept in the database, so reading one there would fail again (security
 * context, flash attributes) and leave the servlet container's bare error page. The
 * person sees the page of somebody not signed in, which says to try again shortly.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailablePage {

	@Bean
	FilterRegistrationBean<Filter> databaseUnavailablePageWithoutSession() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(DatabaseUnavailablePage::filter);
		registration.setDispatcherTypes(DispatcherType.ERROR);
		// Right behind the session filter, which wraps the request again on an error
		// dispatch: every filter and servlet after it sees no session.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

	private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && PageErrorController.databaseUnavailable(http)) {
			chain.doFilter(new WithoutSession(http), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
