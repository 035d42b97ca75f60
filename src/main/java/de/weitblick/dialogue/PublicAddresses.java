package de.weitblick.dialogue;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import de.weitblick.dialogue.idea.AddressConfirmations;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Service;

/**
 * Members of the public who take part with a confirmed e-mail address, for the public
 * pages of other modules: they ask for a link, and opening it keeps the confirmed address
 * in their session, for the dialogue's pages and for every other public page.
 */
@Service
public class PublicAddresses {

	/** The session attribute that holds the confirmed address. */
	public static final String CONFIRMED_ADDRESS = "dialogue.confirmed-address";

	private final AddressConfirmations confirmations;

	PublicAddresses(AddressConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	/**
	 * Sends a confirmation link to the address; opening it leads back to the given page.
	 * @param address must not be null
	 * @param returnTo a public page of this site (starting with {@code /public/})
	 * @throws RuleViolation for an address that is none, or one that asked too often
	 * today
	 */
	public void requestConfirmation(String address, String returnTo) {
		this.confirmations.request(address, returnTo);
	}

	/**
	 * @param session may be null
	 * @return the address the session's person confirmed, empty when none
	 */
	public Optional<String> confirmedAddress(HttpSession session) {
		Object address = (session != null) ? session.getAttribute(CONFIRMED_ADDRESS) : null;
		return (address instanceof String email) ? Optional.of(email) : Optional.empty();
	}

}
