package de.weitblick.participant.referralimport;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whether people are working in the application at the moment: a page or API call of
 * theirs is being served, or one ended less than
 * {@code weitblick.referral-import.in-use-for} ago. A referral import steps aside for
 * them: it shares the processors, the database and the connection pool with their
 * requests, and on a small machine its chunks would otherwise double the time a page
 * waits for a core. Static files and the operations endpoints do not count: a browser's
 * style sheet or a metrics scraper is nobody waiting for an answer.
 */
@Component
class PeopleAtWork extends OncePerRequestFilter {

	private final AtomicInteger inFlight = new AtomicInteger();

	private final long inUseForNanos;

	private volatile long lastEnded;

	PeopleAtWork(ReferralImportSettings settings) {
		this.inUseForNanos = settings.inUseFor().toNanos();
		// As if the last request had ended just long enough ago: not in use at start.
		this.lastEnded = System.nanoTime() - this.inUseForNanos;
	}

	/**
	 * @return whether a request is being served or ended within the configured time
	 */
	boolean now() {
		return this.inFlight.get() > 0 || System.nanoTime() - this.lastEnded < this.inUseForNanos;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.inFlight.incrementAndGet();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.lastEnded = System.nanoTime();
			this.inFlight.decrementAndGet();
		}
	}

}
