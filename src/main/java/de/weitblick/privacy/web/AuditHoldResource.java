package de.weitblick.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.privacy.AuditHold;

/**
 * A hold on audit entries as the API shows it.
 *
 * @param id never null
 * @param version to send back when lifting it
 * @param subjectId the person held, or null
 * @param user the user name held, or null
 * @param reason never null
 * @param endsOn the last day of the hold
 * @param placedBy who placed it
 * @param placedAt when
 * @param liftedBy who lifted it, or null
 * @param liftedAt when, or null
 * @param open whether it keeps entries today
 */
record AuditHoldResource(UUID id, long version, UUID subjectId, String user, String reason, LocalDate endsOn,
		String placedBy, Instant placedAt, String liftedBy, Instant liftedAt, boolean open) {

	static AuditHoldResource of(AuditHold hold, LocalDate today) {
		return new AuditHoldResource(hold.id(), hold.version(), hold.subjectId(), hold.actor(), hold.reason(),
				hold.endsOn(), hold.placedBy(), hold.placedAt(), hold.liftedBy(), hold.liftedAt(),
				hold.isOpenOn(today));
	}

}
