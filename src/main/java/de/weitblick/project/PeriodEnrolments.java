package de.weitblick.project;

import java.util.List;

/**
 * The people of one period as a viewer may see them.
 *
 * @param period never null
 * @param holding the people offered a place or taking part, in order of their start;
 * never null
 * @param waiting the waiting list in the order places are offered; never null
 * @param finished the people who left or never started, newest first; never null
 */
public record PeriodEnrolments(PlacePeriod period, List<EnrolmentView> holding, List<EnrolmentView> waiting,
		List<EnrolmentView> finished) {

}
