package de.weitblick.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail.
 *
 * @param id never null
 * @param occurredAt never null
 * @param actor the user name of who did it, never null
 * @param actorRole may be null for the system itself
 * @param action never null
 * @param subjectType what kind of record, such as "participant", never null
 * @param subjectId the record, may be null for a search that found nothing
 * @param purpose never null
 * @param detail what exactly, such as the fields changed; never personal data itself; may
 * be null
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, String actorRole, AuditAction action,
		String subjectType, UUID subjectId, AccessPurpose purpose, String detail) {

}
