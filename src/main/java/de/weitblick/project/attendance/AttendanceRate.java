package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How regularly a person took part: the days or sessions recorded for them and the hours
 * attended against the hours planned for those sessions.
 *
 * @param sessions days or sessions recorded for the person
 * @param present of them attended
 * @param excused of them missed with an excuse
 * @param unexcused of them missed without
 * @param plannedHours the hours planned for the sessions recorded, never null
 * @param hoursAttended never null
 */
public record AttendanceRate(int sessions, int present, int excused, int unexcused, BigDecimal plannedHours,
		BigDecimal hoursAttended) {

	static final AttendanceRate NONE = new AttendanceRate(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

	/**
	 * @return hours attended of hours planned in whole percent, or null when nothing is
	 * recorded
	 */
	public Integer hoursPercent() {
		if (this.plannedHours.signum() == 0) {
			return null;
		}
		return this.hoursAttended.multiply(BigDecimal.valueOf(100))
			.divide(this.plannedHours, 0, RoundingMode.HALF_UP)
			.intValue();
	}

	/**
	 * @return days or sessions attended of those recorded in whole percent, or null when
	 * nothing is recorded
	 */
	public Integer daysPercent() {
		return (this.sessions == 0) ? null : Math.round(this.present * 100f / this.sessions);
	}

}
