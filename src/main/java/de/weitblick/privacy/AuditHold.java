package de.weitblick.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hold on audit entries for an open control procedure: the entries of a person or of a
 * user are kept beyond the retention period until the hold ends or is lifted.
 *
 * @param id never null
 * @param version the version, for refusing a stale change
 * @param subjectId the person (or other record) held, or null when a user is held
 * @param actor the user name held, or null when a person is held
 * @param reason why, e.g. the file number of the control procedure, never null
 * @param endsOn the last day of the hold, never null
 * @param placedBy never null
 * @param placedAt never null
 * @param liftedBy who lifted it, or null while it was not lifted
 * @param liftedAt when it was lifted, or null
 */
public record AuditHold(UUID id, long version, UUID subjectId, String actor, String reason, LocalDate endsOn,
		String placedBy, Instant placedAt, String liftedBy, Instant liftedAt) {

	/**
	 * @param today the day asked about, never null
	 * @return whether the hold keeps entries on that day
	 */
	public boolean isOpenOn(LocalDate today) {
		return this.liftedAt == null && !this.endsOn.isBefore(today);
	}

}
