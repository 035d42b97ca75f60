package de.weitblick.infrastructure.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.weitblick.organisation.SignedInStaff;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account's standing on every request, after sign-in: a disabled
 * account's session or token is no longer accepted, and an account with an initial
 * password may do nothing but change it. Both are read from the database, so an
 * administrator's change applies with the next request, also to sessions already open.
 */
class AccountStandingFilter extends OncePerRequestFilter {

	/** Where a person changes the own password. */
	static final String CHANGE_PASSWORD = "/account/password";

	/** What an account with an initial password may still open. */
	private static final Set<String> OPEN_PREFIXES = Set.of(CHANGE_PASSWORD, "/sign-out", "/assets/", "/webjars/",
			"/error", "/favicon.ico");

	private final SignedInStaff signedIn;

	private final ProblemDetailSecurityHandlers problems;

	private final boolean api;

	/**
	 * @param api true to answer with problem details, false to redirect and sign out as
	 * pages do
	 */
	AccountStandingFilter(SignedInStaff signedIn, ProblemDetailSecurityHandlers problems, boolean api) {
		this.signedIn = signedIn;
		this.problems = problems;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		if (this.signedIn.isDisabled(authentication)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			if (this.api) {
				this.problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "error.api.account-disabled");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/sign-in?error");
			}
			return;
		}
		if (this.signedIn.mustChangePassword(authentication) && !isOpen(request)) {
			if (this.api) {
				this.problems.refuse(request, response, HttpStatus.FORBIDDEN, "error.api.password-change-required");
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isOpen(HttpServletRequest request) {
		if (this.api) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
