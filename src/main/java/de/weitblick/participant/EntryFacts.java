package de.weitblick.participant;

import java.util.UUID;

/**
 * What the ESF Plus common output indicators need of a person on the day the person
 * entered a project (Eintritt), derived from the case file as it was that day.
 *
 * @param key the key the facts were asked for under (an enrolment), never null
 * @param gender the recorded gender's name, never null
 * @param ageAtEntry full years on the day
 * @param labourMarket the labour-market status on the day, never null
 * @param education the highest recorded qualification on the ISCED scale, never null
 * @param foreignBackground whether the person or a parent was born without German
 * citizenship or both parents immigrated
 * @param singleParent whether the person brings up children alone
 * @param districtCode the city district lived in, or null
 */
public record EntryFacts(UUID key, String gender, int ageAtEntry, LabourMarket labourMarket, Education education,
		boolean foreignBackground, boolean singleParent, String districtCode) {

	/** Labour-market status at entry. */
	public enum LabourMarket {

		/** Unemployed for less than twelve months. */
		UNEMPLOYED,

		/** Unemployed for twelve months or longer. */
		LONG_TERM_UNEMPLOYED,

		/** Not unemployed (employed or inactive). */
		NOT_UNEMPLOYED

	}

	/** The highest level of education on the ISCED scale, in three bands. */
	public enum Education {

		/** Primary or lower secondary education, or none recorded. */
		ISCED_0_2,

		/** Upper secondary or post-secondary non-tertiary education. */
		ISCED_3_4,

		/** Tertiary education. */
		ISCED_5_8

	}

}
