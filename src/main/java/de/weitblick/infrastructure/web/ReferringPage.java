package de.weitblick.infrastructure.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The page of this application a request was sent from, to lead people back to a form.
 * Only an address of this host and below this application's path counts, and never one
 * that a browser would read as another host ({@code //other.example}), so that the way
 * back can never lead elsewhere.
 */
final class ReferringPage {

	private ReferringPage() {
	}

	/**
	 * @param request must not be null
	 * @return the path with its query, relative to the context path; null when the
	 * request names no page of this application
	 */
	static String of(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			String context = request.getContextPath();
			boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			if (!sameHost || path == null || !path.startsWith(context + "/")) {
				return null;
			}
			String page = path.substring(context.length());
			if (page.startsWith("//")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? page + "?" + uri.getRawQuery() : page;
		}
		catch (URISyntaxException malformed) {
			return null;
		}
	}

}
