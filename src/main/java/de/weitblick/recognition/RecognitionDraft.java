package de.weitblick.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What opens a recognition case: the person, the foreign qualification, the German
 * reference occupation, the competent body and its notice of partial equivalence with the
 * gaps it names.
 *
 * @param participantId the person, may be null (refused)
 * @param qualification the foreign qualification, may be null (refused)
 * @param country where it was acquired, may be null (refused)
 * @param referenceOccupation the German reference occupation, may be null (refused)
 * @param competentBody the body that decided, may be null (refused)
 * @param noticeOn the day of the notice, may be null (refused)
 * @param gaps the competence areas the notice names as substantial differences; blank
 * lines are left out; at least one
 */
public record RecognitionDraft(UUID participantId, String qualification, String country, String referenceOccupation,
		String competentBody, LocalDate noticeOn, List<String> gaps) {

	public RecognitionDraft {
		gaps = (gaps != null) ? gaps.stream().filter(gap -> gap != null && !gap.isBlank()).map(String::strip).toList()
				: List.of();
	}

}
