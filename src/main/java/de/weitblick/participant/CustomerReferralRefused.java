package de.weitblick.participant;

import java.util.List;

/**
 * A referral by customer number whose person cannot be registered as sent: the values
 * that break the rules of the referral list's columns, each with the field of
 * {@link CustomerReferral} it concerns. Nothing is stored.
 */
public final class CustomerReferralRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	CustomerReferralRefused(List<FieldProblem> problems) {
		super("The person of a referral by customer number cannot be registered: " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return in the order of the fields, never empty
	 */
	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * @param field the field of {@link CustomerReferral}, null for the person as a whole
	 * @param messageKey the explanation, never null
	 * @param arguments its arguments, never null
	 */
	public record FieldProblem(String field, String messageKey, List<String> arguments) {

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
