package de.weitblick.infrastructure.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.weitblick.infrastructure.database.DatabaseUnavailable;

import de.weitblick.infrastructure.security.FormExpired;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error that no controller answered ends here: people get a German page, API
 * clients a problem detail. Neither ever shows a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PageErrorController implements ErrorController {

	private final MessageSource messages;

	PageErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		if (FormExpired.isFormExpired(request)) {
			Map<String, Object> model = new HashMap<>(Map.of("status", status.value(), "titleKey",
					"error.form-expired.title", "messageKey", "error.form-expired.page"));
			model.put("backPath", ReferringPage.of(request));
			return new ModelAndView("error/page", model, status);
		}
		String messageKey = switch (status) {
			case NOT_FOUND -> "error.page.404";
			case FORBIDDEN -> "error.page.403";
			case CONTENT_TOO_LARGE -> "error.page.413";
			case SERVICE_UNAVAILABLE -> "error.page.503";
			default -> status.is5xxServerError() ? "error.page.500" : "error.page.400";
		};
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblemHandler.RETRY_AFTER_SECONDS);
		}
		return new ModelAndView("error/page",
				Map.of("status", status.value(), "titleKey", ErrorMessageKeys.title(status), "messageKey", messageKey),
				status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		Locale locale = RequestContextUtils.getLocale(request);
		boolean formExpired = FormExpired.isFormExpired(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages
			.getMessage(formExpired ? "error.api.csrf" : ErrorMessageKeys.detail(status), null, locale));
		problem.setTitle(this.messages
			.getMessage(formExpired ? "error.form-expired.title" : ErrorMessageKeys.title(status), null, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, ApiProblemHandler.RETRY_AFTER_SECONDS);
		}
		return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (databaseUnavailable(request)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * Whether the database failed, so the request was not the problem: answered as
	 * temporarily unavailable, not as an internal error.
	 */
	static boolean databaseUnavailable(HttpServletRequest request) {
		return DatabaseUnavailable.causedThis((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
	}

}
