package de.weitblick.matching.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.matching.ScorePart;
import de.weitblick.participant.AvailabilityWindow;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.PlacementFacts;

/**
 * The score parts of a person at a place, from what the data hold (see
 * docs/architecture.md, "Matching: score parts"). A part without a source on either side
 * is not recorded.
 */
final class Scoring {

	/** Waiting this long or longer gives the full part. */
	static final int FULL_WAITING_DAYS = 180;

	private Scoring() {
	}

	/**
	 * What a place offers for the score: all parts may be null when not recorded.
	 *
	 * @param germanRequired the German a project asks for; null for none asked
	 * @param languageRecorded whether the place states its German at all (offers do not)
	 * @param focusGroups the focus groups a project is for; null when the place names
	 * none
	 * @param districtCode the place's district, or null
	 * @param occupationCode the place's KldB 2010 code, or null
	 * @param hoursFrom start of the daily hours on working days, or null
	 * @param hoursUntil their end, or null
	 */
	record Traits(LanguageLevel germanRequired, boolean languageRecorded, Set<FocusGroupCode> focusGroups,
			String districtCode, String occupationCode, LocalTime hoursFrom, LocalTime hoursUntil) {
	}

	static int[] parts(ParticipantProfile person, PlacementFacts facts, LocalDate waitingSince, LocalDate today,
			Traits place) {
		int[] parts = new int[ScorePart.values().length];
		Arrays.fill(parts, ScorePart.NOT_RECORDED);
		if (place.languageRecorded()) {
			parts[ScorePart.LANGUAGE.ordinal()] = language(person.germanLevel(), place.germanRequired());
		}
		if (place.focusGroups() != null && !place.focusGroups().isEmpty()) {
			boolean member = person.focusGroups()
				.stream()
				.map(FocusGroupMembership::focusGroup)
				.anyMatch(place.focusGroups()::contains);
			parts[ScorePart.FOCUS_GROUP.ordinal()] = member ? 100 : 0;
		}
		if (facts != null) {
			parts[ScorePart.OCCUPATION_INTEREST.ordinal()] = occupation(facts.occupationInterests(),
					place.occupationCode());
			parts[ScorePart.COMMUTE.ordinal()] = commute(facts.districtCode(), place.districtCode());
			parts[ScorePart.CHILDCARE_HOURS.ordinal()] = hours(facts, place.hoursFrom(), place.hoursUntil());
		}
		parts[ScorePart.WAITING_TIME.ordinal()] = waiting(waitingSince, today);
		return parts;
	}

	/**
	 * A place that asks for the German the person has fits best; every level above what
	 * is asked for takes 20 off, as the place teaches what the person knows. A place that
	 * asks for nothing fits people with little German best.
	 */
	static int language(LanguageLevel german, LanguageLevel required) {
		int level = (german != null) ? german.ordinal() : 0;
		int asked = (required != null) ? required.ordinal() : 0;
		return Math.max(0, 100 - 20 * Math.abs(level - asked));
	}

	/**
	 * 100 when an interest and the place's field are the same occupation or one lies
	 * within the other (an area of three digits within its one-digit area); 70 when they
	 * share the main group (two digits), 40 the occupational area (one digit), else 0.
	 * Not recorded without a field or without interests.
	 */
	static int occupation(Set<String> interests, String field) {
		if (field == null || interests.isEmpty()) {
			return ScorePart.NOT_RECORDED;
		}
		int best = 0;
		for (String interest : interests) {
			int common = 0;
			while (common < Math.min(interest.length(), field.length())
					&& interest.charAt(common) == field.charAt(common)) {
				common++;
			}
			int value = (common == Math.min(interest.length(), field.length())) ? 100
					: (common == 2) ? 70 : (common == 1) ? 40 : 0;
			best = Math.max(best, value);
		}
		return best;
	}

	/**
	 * 100 when the place lies in the person's district, 50 in another district of the
	 * city; not recorded when either district is unknown (or the person lives outside).
	 */
	static int commute(String personDistrict, String placeDistrict) {
		if (personDistrict == null || placeDistrict == null) {
			return ScorePart.NOT_RECORDED;
		}
		return personDistrict.equals(placeDistrict) ? 100 : 50;
	}

	/**
	 * 20 for each working day (Monday to Friday) on which one of the person's time
	 * windows covers the place's daily hours; not recorded when the place states no hours
	 * or the person no windows.
	 */
	static int hours(PlacementFacts facts, LocalTime from, LocalTime until) {
		if (from == null || until == null || facts.availability().isEmpty()) {
			return ScorePart.NOT_RECORDED;
		}
		int days = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
				continue;
			}
			for (AvailabilityWindow window : facts.availability()) {
				if (window.dayOfWeek() == day && !window.fromTime().isAfter(from)
						&& !window.untilTime().isBefore(until)) {
					days++;
					break;
				}
			}
		}
		return 20 * days;
	}

	/**
	 * The days since the earliest referral still on a waiting list, 100 at
	 * {@value #FULL_WAITING_DAYS} days and more; 0 for a person not waiting.
	 */
	static int waiting(LocalDate since, LocalDate today) {
		if (since == null) {
			return 0;
		}
		long days = Math.max(0, ChronoUnit.DAYS.between(since, today));
		return (int) Math.min(100, days * 100 / FULL_WAITING_DAYS);
	}

}
