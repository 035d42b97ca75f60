package de.weitblick.dialogue.idea.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaSettings;
import de.weitblick.dialogue.idea.RememberedAddresses;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.shared.RuleViolation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Who takes part on the public pages: a signed-in account, or a member of the public
 * whose confirmed address the session holds or the browser remembers; and the checks that
 * keep machines out of the public forms.
 */
@Component
class PublicParticipation {

	static final String CONFIRMED_ADDRESS = de.weitblick.dialogue.PublicAddresses.CONFIRMED_ADDRESS;

	static final String SHOWN_NAME = "dialogue.shown-name";

	private final SignedInStaff signedIn;

	private final IdeaSettings settings;

	static final String COOKIE = "weitblick-dialogue-address";

	private final Clock clock;

	private final RememberedAddresses remembered;

	PublicParticipation(SignedInStaff signedIn, IdeaSettings settings, Clock clock, RememberedAddresses remembered) {
		this.signedIn = signedIn;
		this.settings = settings;
		this.clock = clock;
		this.remembered = remembered;
	}

	/**
	 * @return the person taking part, empty for somebody neither signed in nor confirmed
	 */
	Optional<Contributor> contributor(Authentication authentication, HttpSession session) {
		if (authentication != null && authentication.isAuthenticated()) {
			Optional<Contributor> staff = this.signedIn.of(authentication).map(Contributor::staff);
			if (staff.isPresent()) {
				return staff;
			}
		}
		Object address = (session != null) ? session.getAttribute(CONFIRMED_ADDRESS) : null;
		if (address == null) {
			address = recalled(session).orElse(null);
		}
		if (address instanceof String email) {
			Object name = (session != null) ? session.getAttribute(SHOWN_NAME) : null;
			return Optional.of(Contributor.ofPublic(email, (name instanceof String text) ? text : ""));
		}
		return Optional.empty();
	}

	/**
	 * The address the browser's cookie remembers from an earlier confirmation; it is put
	 * into the session, so the cookie is read once per session.
	 */
	private Optional<String> recalled(HttpSession session) {
		if (this.remembered == null
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		HttpServletRequest request = attributes.getRequest();
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		Optional<String> email = (cookie != null) ? this.remembered.recall(cookie.getValue()) : Optional.empty();
		email.ifPresent(found -> {
			HttpSession own = (session != null) ? session : request.getSession();
			own.setAttribute(CONFIRMED_ADDRESS, found);
			if (own.getAttribute(SHOWN_NAME) == null) {
				own.setAttribute(SHOWN_NAME, "");
			}
		});
		return email;
	}

	/**
	 * Lets the browser remember the confirmed address beyond the session.
	 */
	void remember(String email, HttpServletRequest request, HttpServletResponse response) {
		String token = this.remembered.remember(email);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, this.remembered.validity(), request).toString());
	}

	/**
	 * The browser forgets the address, and the token no longer opens anything.
	 */
	void forget(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie != null) {
			this.remembered.forget(cookie.getValue());
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(CONFIRMED_ADDRESS);
			session.removeAttribute(SHOWN_NAME);
		}
	}

	private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

	/**
	 * Refuses a public form that a machine filled: the hidden field filled in, or sent
	 * back quicker than a person can write.
	 */
	void checkHuman(Contributor contributor, String hiddenField, long shownAt) {
		if (!contributor.isPublic()) {
			return;
		}
		if (hiddenField != null && !hiddenField.isEmpty()) {
			throw new RuleViolation(null, "dialogue.rule.spam");
		}
		long elapsed = this.clock.millis() - shownAt;
		if (elapsed < this.settings.minimumFillTime().toMillis()) {
			throw new RuleViolation(null, "dialogue.rule.too-quick");
		}
	}

	long now() {
		return this.clock.millis();
	}

}
