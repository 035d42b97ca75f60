package de.weitblick.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * An upload larger than the limit ({@code spring.servlet.multipart.*}) is answered here,
 * before anything else reads the request: the container could not read its fields (the
 * CSRF token among them) and would answer with its own English page, or none. The API
 * gets a {@code 413} problem detail naming the {@code file}; a page is shown again with
 * the message at its file field ({@code fileErrorKey}), or the German error page when the
 * browser did not say which page the form was on.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "error.page.413";

	private final MultipartConfigElement multipart;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final String errorPath;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(MultipartConfigElement multipart, MessageSource messages, LocaleResolver locales, JsonMapper json,
			String errorPath) {
		this.multipart = multipart;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (tooLarge(request)) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean tooLarge(HttpServletRequest request) {
		long limit = this.multipart.getMaxRequestSize();
		if (limit > 0 && request.getContentLengthLong() > limit) {
			return true;
		}
		try {
			// Reads the parts now, as the container would for the first field asked for.
			request.getParts();
			return false;
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			return isSizeLimit(ex);
		}
	}

	private static boolean isSizeLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (name.contains("SizeLimit") || name.contains("SizeException") || name.contains("ByteCountLimit")
					|| message.contains("exceed")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Locale locale = this.locales.resolveLocale(request);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			writeProblem(request, response, locale);
			return;
		}
		String formPage = ReferringPage.of(request);
		if (formPage != null) {
			FlashMap flash = new FlashMap();
			flash.put("fileErrorKey", MESSAGE_KEY);
			flash.put("fileErrorArguments", new Object[0]);
			flash.setTargetRequestPath(URI.create(formPage).getPath());
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + formPage);
			return;
		}
		// The error page, read as a plain request: the body is not read again.
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
				new MaxUploadSizeExceededException(this.multipart.getMaxRequestSize()));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		request.getRequestDispatcher(this.errorPath).forward(new WithoutBody(request), response);
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
		// Written by hand because this runs before any message converter.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.getMessage(ErrorMessageKeys.title(status), null, locale));
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(ErrorMessageKeys.detail(status), null, locale));
		problem.put("instance", request.getRequestURI());
		problem.put("errors", List.of(InputErrors.error("file", this.messages.getMessage("error.input.too-large",
				new Object[] { this.multipart.getMaxRequestSize() / (1024 * 1024) }, locale))));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The request as a GET without a body, for the error page.
	 */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return java.util.Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
