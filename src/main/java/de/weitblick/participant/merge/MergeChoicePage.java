package de.weitblick.participant.merge;

import java.util.List;

import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.PossibleDuplicate;

/**
 * The page on which a counsellor chooses the record to merge into a case file.
 *
 * @param participant the record that will remain, never null
 * @param duplicates the people that look like the same person, never null
 * @param name the name searched for, or null
 * @param found the records found by that name, without the case file itself; null when no
 * name was searched for
 */
public record MergeChoicePage(Participant participant, List<PossibleDuplicate> duplicates, String name,
		List<ParticipantListItem> found) {

	public MergeChoicePage {
		duplicates = List.copyOf(duplicates);
		found = (found != null) ? List.copyOf(found) : null;
	}

}
