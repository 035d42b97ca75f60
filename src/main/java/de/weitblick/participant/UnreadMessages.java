package de.weitblick.participant;

import java.util.Collection;
import java.util.Map;

import de.weitblick.organisation.StaffMember;

public interface UnreadMessages {

	/**
	 * Messages the people themselves wrote on these case files that the reader has not
	 * read yet, counted per case file. Set-based (one query for all case files, no loop
	 * per person). Does not write to the audit trail: the caller shows the counts beside
	 * the people and records that read once, for everybody shown.
	 * @param caseFiles never null, at most a caseload (a few hundred)
	 * @param reader the member of staff who reads (the counsellor), never null
	 * @return only the case files with at least one unread message, with their count (>
	 * 0); never null
	 */
	Map<ParticipantId, Integer> unreadFromParticipants(Collection<ParticipantId> caseFiles, StaffMember reader);

}
