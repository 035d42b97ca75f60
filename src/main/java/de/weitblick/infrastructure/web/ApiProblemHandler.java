package de.weitblick.infrastructure.web;

import java.util.Locale;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what goes wrong behind the API into RFC 9457 problem details with a message in
 * the client's language. Pages are left to the error page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	/** When to ask again after the database failed. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final MessageSource messages;

	private final InputErrors inputErrors;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		this.inputErrors = new InputErrors(messages);
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound exception) {
		return problem(HttpStatus.NOT_FOUND, exception.messageKey());
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation violation) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, this.messages
			.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(message(ErrorMessageKeys.title(HttpStatus.UNPROCESSABLE_CONTENT)));
		if (violation.field() != null) {
			problem.setProperty("field", violation.field());
		}
		if (!violation.reasons().isEmpty()) {
			problem.setProperty("reasons",
					violation.reasons()
						.stream()
						.map(reason -> this.messages.getMessage(reason.messageKey(), reason.argumentArray(),
								LocaleContextHolder.getLocale()))
						.toList());
		}
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleWrite(OptimisticLockingFailureException exception) {
		return problem(HttpStatus.CONFLICT, "error.detail.409");
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.detail.503"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.api.invalid-parameter");
		problem.setProperty("parameter", exception.getName());
		problem.setProperty("errors", this.inputErrors.of(exception, LocaleContextHolder.getLocale()));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring passes no body for its own exceptions and builds it later from the
		// exception.
		Object problemBody = (body == null && ex instanceof ErrorResponse errorResponse) ? errorResponse.getBody()
				: body;
		if (problemBody instanceof ProblemDetail problem) {
			// Spring's own problem details carry English titles: give them the client's
			// language.
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			if (status != null) {
				problem.setTitle(message(ErrorMessageKeys.title(status)));
				problem.setDetail(message(ErrorMessageKeys.detail(status)));
			}
			// Every refused input names its fields, as the API description promises.
			if (statusCode.value() == HttpStatus.BAD_REQUEST.value()) {
				problem.setProperty("errors", this.inputErrors.of(ex, LocaleContextHolder.getLocale()));
			}
		}
		return super.handleExceptionInternal(ex, problemBody, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(detailKey));
		problem.setTitle(message(ErrorMessageKeys.title(status)));
		return problem;
	}

	private String message(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, locale);
	}

}
