package de.weitblick.infrastructure.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * The message keys that name an HTTP status to people. Statuses without their own text
 * fall back to the general client or server error, so a rare status never shows a key.
 */
final class ErrorMessageKeys {

	private static final Set<HttpStatus> NAMED = EnumSet.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
			HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.CONFLICT,
			HttpStatus.UNPROCESSABLE_CONTENT, HttpStatus.CONTENT_TOO_LARGE, HttpStatus.SERVICE_UNAVAILABLE);

	private ErrorMessageKeys() {
	}

	static String title(HttpStatus status) {
		return "error.status." + code(status);
	}

	static String detail(HttpStatus status) {
		return "error.detail." + code(status);
	}

	private static int code(HttpStatus status) {
		if (NAMED.contains(status)) {
			return status.value();
		}
		return status.is4xxClientError() ? 400 : 500;
	}

}
