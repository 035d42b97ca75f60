package de.weitblick.participant;

import java.util.List;

/**
 * A person a partner organisation would register seems to be on record already: someone
 * with the same date of birth and a similar name, the check the registration form and the
 * referral import make. Nothing is stored; the partner may confirm that it is another
 * person.
 */
public final class LikelyRegistered extends RuntimeException {

	private final List<PossibleMatch> matches;

	LikelyRegistered(List<PossibleMatch> matches) {
		super("A person with the same birth date and a similar name is on record");
		this.matches = List.copyOf(matches);
	}

	/**
	 * @return never empty
	 */
	public List<PossibleMatch> matches() {
		return this.matches;
	}

	/**
	 * What a partner may learn of a person who may be the one it refers: the customer
	 * number the office has for that person (from an earlier referral by the same
	 * partner), never a name.
	 *
	 * @param customerNumber null when the person did not come through a referral
	 */
	public record PossibleMatch(String customerNumber) {
	}

}
