package de.weitblick.participant.referralimport;

import java.util.List;

import de.weitblick.participant.ParticipantId;

/**
 * One line of an import's report: a row that was not imported, and why.
 *
 * @param row the row as a spreadsheet numbers it, the header being row 1
 * @param customerNumber as written in the row, may be null
 * @param outcome never null
 * @param column the column the finding is about, null for the row as a whole
 * @param messageKey the explanation, never null
 * @param arguments the explanation's arguments, never null
 * @param participant the case the row matched, only when the importing team holds it; may
 * be null
 */
public record ReferralImportFinding(int row, String customerNumber, ReferralImportOutcome outcome,
		ReferralColumn column, String messageKey, List<String> arguments, ParticipantId participant) {

	public ReferralImportFinding {
		arguments = List.copyOf(arguments);
	}

	static ReferralImportFinding invalid(int row, String customerNumber, ReferralColumn column, String messageKey,
			Object... arguments) {
		return new ReferralImportFinding(row, customerNumber, ReferralImportOutcome.INVALID, column, messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList(), null);
	}

}
