package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of the office's structure, as recorded.
 *
 * @param unitId the unit created or changed, or the team a counsellor joined; never null
 * @param kind never null
 * @param before the unit's code and name before a change, otherwise null
 * @param after the unit's code and name after it was created or changed, otherwise null
 * @param counsellor the display name of the counsellor who moved, otherwise null
 * @param fromUnit code and name of the team the counsellor left, otherwise null
 * @param toUnit code and name of the team the counsellor joined, otherwise null
 * @param caseload what happened to the caseload of a move, otherwise null
 * @param handedOverTo the display name of who took the cases over, otherwise null
 * @param reason why, never null
 * @param changedBy the administrator's user name, never null
 * @param changedAt never null
 */
public record OrganisationalUnitChange(UUID unitId, Kind kind, String before, String after, String counsellor,
		String fromUnit, String toUnit, CaseloadChoice caseload, String handedOverTo, String reason, String changedBy,
		Instant changedAt) {

	/**
	 * What kind of change.
	 */
	public enum Kind {

		/** A unit was set up. */
		CREATED,

		/** A unit's code, name, parent or description changed. */
		CHANGED,

		/** A counsellor moved to another team. */
		COUNSELLOR_MOVED;

		public String messageKey() {
			return "organisation.unit.change." + name();
		}

	}

}
