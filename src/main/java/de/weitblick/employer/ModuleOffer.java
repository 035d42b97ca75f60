package de.weitblick.employer;

import java.time.LocalDate;

/**
 * An internship module for recognition that an employer offers, with what a recognition
 * plan needs of its host.
 *
 * @param offerId never null
 * @param employerId never null
 * @param employerName never null
 * @param cityGroup whether the host belongs to the city group
 * @param title never null
 * @param occupation the reference occupation the module serves, never null
 * @param competenceArea never null
 * @param weeks 1 to 52
 * @param startsOn never null
 * @param endsOn may be null
 * @param seats how many people may take it at the same time
 */
public record ModuleOffer(OfferId offerId, EmployerId employerId, String employerName, boolean cityGroup, String title,
		String occupation, String competenceArea, int weeks, LocalDate startsOn, LocalDate endsOn, int seats) {

}
