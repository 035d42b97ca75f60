package de.weitblick.project.enrolment;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a project lead keeps seeing a person's case file after the person left the
 * project, to record the outcome and the follow-up; set under
 * {@code weitblick.case-access} and described in the architecture documentation.
 *
 * @param afterExit the time after the day of the exit; defaults to seven months: the
 * follow-up asks for the situation six months after leaving (the ESF Plus longer-term
 * result indicators), and a month more to reach the person and record it
 */
@ConfigurationProperties("weitblick.case-access")
public record CaseAccessSettings(Period afterExit) {

	/** Longer is no longer follow-up but keeping data without a need. */
	private static final Period LONGEST = Period.ofMonths(24);

	public CaseAccessSettings {
		afterExit = (afterExit != null) ? afterExit : Period.ofMonths(7);
		java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
		if (afterExit.isNegative() || day.plus(afterExit).isAfter(day.plus(LONGEST))) {
			throw new IllegalArgumentException("weitblick.case-access.after-exit must lie between zero and "
					+ LONGEST.toTotalMonths() + " months");
		}
	}

	/**
	 * @param exit the day a person left the project, must not be null
	 * @return the last day the project lead sees the case file, never null
	 */
	public java.time.LocalDate lastDayAfter(java.time.LocalDate exit) {
		return exit.plus(this.afterExit);
	}

}
