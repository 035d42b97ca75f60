package de.weitblick.participant.plan.own;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import de.weitblick.participant.plan.SupportPlan;

/**
 * The version of a support plan the person agrees to: a fingerprint of what the plan says
 * (the goals with the counsellor's view, the steps with who does what by when). What the
 * person adds (the own words, a step done) and where goals and steps stand do not change
 * it, so the person's own work never makes the own agreement out of date; a goal or step
 * added, changed or removed by the team does.
 */
final class PlanVersion {

	private static final char SEPARATOR = '\u001f';

	private PlanVersion() {
	}

	/**
	 * @param plan must not be null
	 * @return 16 hexadecimal digits, the same for the same content; never null
	 */
	static String of(SupportPlan plan) {
		StringBuilder content = new StringBuilder();
		for (SupportPlan.Goal goal : plan.goals()) {
			append(content, "goal", goal.id(), goal.title(), goal.counsellorView());
			for (SupportPlan.Step step : goal.steps()) {
				append(content, "step", step.id(), step.description(), step.responsible(), step.dueOn());
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
		}
	}

	private static void append(StringBuilder content, Object... parts) {
		for (Object part : parts) {
			content.append((part != null) ? part.toString() : "").append(SEPARATOR);
		}
		content.append('\n');
	}

}
