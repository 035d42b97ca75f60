package de.weitblick.employer;

import java.time.LocalDate;

/**
 * What describes an offer.
 *
 * @param kind never null
 * @param title never blank
 * @param field never null
 * @param occupation the occupation (for internship modules the German reference
 * occupation), may be null
 * @param competenceArea the competence area an internship module covers, required for
 * internship modules
 * @param weeks how many weeks an internship module lasts, required for internship modules
 * @param trade the trade of a taster slot, required for taster slots
 * @param startsOn never null; the date of a taster slot
 * @param endsOn null for open-ended jobs; a taster slot ends on its day
 * @param seats at least one
 * @param requirements may be null
 */
public record OfferDetails(OfferKind kind, String title, OccupationalField field, String occupation,
		String competenceArea, Integer weeks, String trade, LocalDate startsOn, LocalDate endsOn, int seats,
		String requirements) {

	/**
	 * @return the last day of the offer, or null when it is open-ended
	 */
	public LocalDate lastDay() {
		return (this.kind == OfferKind.TASTER_SLOT && this.endsOn == null) ? this.startsOn : this.endsOn;
	}

}
