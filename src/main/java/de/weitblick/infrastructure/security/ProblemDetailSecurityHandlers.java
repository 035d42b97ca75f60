package de.weitblick.infrastructure.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import de.weitblick.infrastructure.database.DatabaseUnavailable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers API clients that are not signed in, or not allowed, with an RFC 9457 problem
 * detail instead of a sign-in page; when their credentials could not be checked because
 * the database failed, with {@code 503}.
 */
class ProblemDetailSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** When to ask again after the database failed. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemDetailSecurityHandlers(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (DatabaseUnavailable.causedThis(authException)) {
			// The credentials could not be checked: not a refusal, and no reason to ask
			// for others.
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.detail.503");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Weitblick\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "error.api.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			// A request with the session's cookie but without its CSRF token: no question
			// of rights, so do not say the role lacks them.
			write(request, response, HttpStatus.FORBIDDEN, "error.form-expired.title", "error.api.csrf");
		}
		else {
			write(request, response, HttpStatus.FORBIDDEN, "error.api.forbidden");
		}
	}

	/**
	 * Refuses a request of a signed-in account whose standing does not allow it, such as
	 * a disabled one.
	 * @param key the message key of the problem's detail
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		write(request, response, status, key);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		write(request, response, status, "error.status." + status.value(), key);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String key) throws IOException {
		// The filter chain runs before the DispatcherServlet has set the locale, so ask
		// the resolver.
		Locale locale = this.locales.resolveLocale(request);
		// Written by hand because this runs in the filter chain, before any message
		// converter.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.getMessage(titleKey, null, locale));
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(key, null, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
