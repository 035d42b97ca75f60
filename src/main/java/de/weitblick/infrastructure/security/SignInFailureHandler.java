package de.weitblick.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.weitblick.infrastructure.database.DatabaseUnavailable;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form. Every failure gets the same answer: wrong user
 * name, wrong password, a locked or a disabled account; otherwise the lock after repeated
 * failures would tell a guesser which user names exist.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (DatabaseUnavailable.causedThis(exception)) {
			// Not a failed sign-in: the page says the service is temporarily unavailable.
			response.setHeader("Retry-After", ProblemDetailSecurityHandlers.RETRY_AFTER_SECONDS);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/sign-in?error");
	}

}
