package de.weitblick.privacy;

import java.time.Instant;
import java.util.List;
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
 * @param subjectId the record, may be null for a search that found nothing and for a
 * list, which names its records in {@code subjectIds}
 * @param purpose never null
 * @param detail free text of entries written without a detail key (older entries); never
 * personal data itself; may be null
 * @param structured the detail as a message key with arguments, null when there is none
 * @param subjectIds the records a list showed, empty for an entry about one record; never
 * null
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, String actorRole, AuditAction action,
		String subjectType, UUID subjectId, AccessPurpose purpose, String detail, AuditDetail structured,
		List<UUID> subjectIds) {

	public AuditEntry {
		subjectIds = List.copyOf(subjectIds);
	}

	/**
	 * @param subject must not be null
	 * @return whether the entry is about this record, alone or in a list
	 */
	public boolean concerns(UUID subject) {
		return subject.equals(this.subjectId) || this.subjectIds.contains(subject);
	}

	/**
	 * The entry as one person may see it in their own subject-access report: a list names
	 * only them, never the others it showed.
	 * @param subject must not be null
	 * @return never null
	 */
	public AuditEntry about(UUID subject) {
		if (this.subjectIds.isEmpty()) {
			return this;
		}
		return new AuditEntry(this.id, this.occurredAt, this.actor, this.actorRole, this.action, this.subjectType,
				this.subjectIds.contains(subject) ? subject : null, this.purpose, this.detail, this.structured,
				List.of());
	}

	/**
	 * @return the message key of the detail, null when the entry has only free text or
	 * none
	 */
	public String detailKey() {
		return (this.structured != null) ? this.structured.key() : null;
	}

}
