package de.weitblick.infrastructure.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The {@code errors} list of a {@code 400}: one {@code {field, message}} per field or
 * parameter that was refused, with the message in the client's language. The field is the
 * path in the JSON body ({@code languages[0].level}), the name of a query or path
 * parameter, or {@code body} when the body as a whole cannot be read.
 */
final class InputErrors {

	/**
	 * The field name for a body that cannot be read at all.
	 */
	static final String BODY = "body";

	private final MessageSource messages;

	InputErrors(MessageSource messages) {
		this.messages = messages;
	}

	List<Map<String, String>> of(Exception exception, Locale locale) {
		return switch (exception) {
			case MethodArgumentNotValidException invalid -> invalid.getBindingResult()
				.getAllErrors()
				.stream()
				.map(error -> error((error instanceof FieldError field) ? field.getField() : error.getObjectName(),
						this.messages.getMessage(error, locale)))
				.toList();
			case HandlerMethodValidationException invalid -> invalid.getParameterValidationResults()
				.stream()
				.flatMap(result -> result.getResolvableErrors()
					.stream()
					.map(error -> error(parameterName(result.getMethodParameter()),
							this.messages.getMessage(error, locale))))
				.toList();
			case MethodArgumentTypeMismatchException mismatch ->
				List.of(error(mismatch.getName(), typeMessage(mismatch, locale)));
			case MissingServletRequestParameterException missing ->
				List.of(error(missing.getParameterName(), message("error.input.missing", locale)));
			case MissingServletRequestPartException missing ->
				List.of(error(missing.getRequestPartName(), message("error.input.missing", locale)));
			case MissingPathVariableException missing ->
				List.of(error(missing.getVariableName(), message("error.input.missing", locale)));
			case HttpMessageNotReadableException unreadable -> List.of(unreadable(unreadable, locale));
			default -> List.of();
		};
	}

	private Map<String, String> unreadable(HttpMessageNotReadableException exception, Locale locale) {
		JacksonException json = cause(exception, JacksonException.class);
		if (json == null || json.getPath().isEmpty()) {
			return error(BODY, message("error.input.body", locale));
		}
		String field = path(json.getPath());
		if (json instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
				&& text.indexOf(InputConfiguration.NUL) >= 0) {
			return error(field, message("error.input.nul", locale));
		}
		if (json instanceof ValueInstantiationException) {
			return error(field, message("error.input.incomplete", locale));
		}
		if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return error(field, expected(mismatch.getTargetType(), locale));
		}
		return error(field, message("error.input.type", locale));
	}

	private String typeMessage(TypeMismatchException mismatch, Locale locale) {
		if (mismatch.getValue() instanceof String text && text.indexOf(InputConfiguration.NUL) >= 0) {
			return message("error.input.nul", locale);
		}
		return (mismatch.getRequiredType() != null) ? expected(mismatch.getRequiredType(), locale)
				: message("error.input.type", locale);
	}

	/**
	 * What a value of the type looks like, in the client's language.
	 */
	String expected(Class<?> type, Locale locale) {
		if (type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return this.messages.getMessage("error.input.enum", new Object[] { values }, locale);
		}
		String key;
		if (type == LocalDate.class) {
			key = "error.input.date";
		}
		else if (type == LocalTime.class) {
			key = "error.input.time";
		}
		else if (Temporal.class.isAssignableFrom(type)) {
			key = "error.input.date-time";
		}
		else if (type == UUID.class || Identifiers.isIdentifier(type)) {
			key = "error.input.identifier";
		}
		else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			key = "error.input.whole-number";
		}
		else if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
			key = "error.input.number";
		}
		else if (type == boolean.class || type == Boolean.class) {
			key = "error.input.boolean";
		}
		else if (type == String.class) {
			key = "error.input.text";
		}
		else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			key = "error.input.list";
		}
		else {
			key = "error.input.object";
		}
		return message(key, locale);
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? BODY : path.toString();
	}

	private static String parameterName(org.springframework.core.MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		return (parameter.getParameterName() != null) ? parameter.getParameterName() : "";
	}

	private static <T extends Throwable> T cause(Throwable throwable, Class<T> type) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable t = throwable; t != null && !seen.contains(t); t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			seen.add(t);
		}
		return null;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static Map<String, String> error(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

}
