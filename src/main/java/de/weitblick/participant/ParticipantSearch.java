package de.weitblick.participant;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * What a counsellor looks for in the list of participants. Every criterion may be null.
 *
 * @param name part of a name, typos allowed
 * @param birthDate exact date of birth
 * @param focusGroup members of this focus group today
 * @param counsellorId cases of this counsellor
 * @param status cases in this state
 * @param districtCode people living in this district
 * @param sort never null
 * @param descending reverse order
 * @param page zero-based
 * @param size rows per page, 1 to 100
 */
public record ParticipantSearch(String name, LocalDate birthDate, FocusGroupCode focusGroup, UUID counsellorId,
		ParticipantStatus status, String districtCode, SortOrder sort, boolean descending, int page, int size) {

	/** Rows per page unless someone asks for another number. */
	public static final int DEFAULT_SIZE = 20;

	/** More rows per page make a page slow and a screen unreadable. */
	public static final int MAXIMUM_SIZE = 100;

	public ParticipantSearch {
		// Best match by default: a name typed into a list that was ordered by default is
		// then
		// found first, and a list without a name is ordered by name all the same.
		sort = (sort != null) ? sort : SortOrder.RELEVANCE;
		page = Math.max(0, page);
		size = (size < 1) ? DEFAULT_SIZE : Math.min(size, MAXIMUM_SIZE);
		name = (name != null && !name.isBlank()) ? name.strip() : null;
	}

	/**
	 * How the list is ordered.
	 */
	public enum SortOrder {

		/**
		 * Best match of the name first: a name that begins with the words searched for,
		 * then the closest, the name breaking ties; by name without a name.
		 */
		RELEVANCE,

		/** Family name, then given names. */
		NAME,

		/** Date of birth. */
		BIRTH_DATE,

		/** Day of registration. */
		REGISTERED_ON

	}

}
