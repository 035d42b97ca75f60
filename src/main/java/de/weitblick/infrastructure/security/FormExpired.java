package de.weitblick.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refuses a page request the role may not make, and a form sent with a missing or stale
 * CSRF token (the page was open too long, the session ended, or the person signed out and
 * in again meanwhile). The second is no question of rights: the error page then says that
 * the form expired and leads back to it.
 */
public final class FormExpired implements AccessDeniedHandler {

	/**
	 * Set on the request when a form was refused for its CSRF token; the error page reads
	 * it.
	 */
	public static final String REQUEST_ATTRIBUTE = FormExpired.class.getName();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			request.setAttribute(REQUEST_ATTRIBUTE, Boolean.TRUE);
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	/**
	 * @param request must not be null
	 * @return whether the request was refused because its form expired
	 */
	public static boolean isFormExpired(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(REQUEST_ATTRIBUTE));
	}

}
