package de.weitblick.dialogue.idea.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaSettings;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who takes part on the public pages: a signed-in account, or a member of the public
 * whose confirmed address the session holds; and the checks that keep machines out of the
 * public forms.
 */
@Component
class PublicParticipation {

	static final String CONFIRMED_ADDRESS = de.weitblick.dialogue.PublicAddresses.CONFIRMED_ADDRESS;

	static final String SHOWN_NAME = "dialogue.shown-name";

	private final SignedInStaff signedIn;

	private final IdeaSettings settings;

	private final Clock clock;

	PublicParticipation(SignedInStaff signedIn, IdeaSettings settings, Clock clock) {
		this.signedIn = signedIn;
		this.settings = settings;
		this.clock = clock;
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
		if (address instanceof String email) {
			Object name = session.getAttribute(SHOWN_NAME);
			return Optional.of(Contributor.ofPublic(email, (name instanceof String text) ? text : ""));
		}
		return Optional.empty();
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
