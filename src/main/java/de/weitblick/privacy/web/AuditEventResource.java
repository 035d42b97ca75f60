package de.weitblick.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetails;
import de.weitblick.privacy.AuditEntry;

/**
 * One entry of the audit trail as the API shows it, its detail in the caller's language.
 *
 * @param id never null
 * @param occurredAt never null
 * @param actor user name, never null
 * @param actorRole role name, null for the system itself
 * @param action never null
 * @param subjectType the kind of record, never null
 * @param subjectId the record, null for a list or a search that found nothing
 * @param subjectIds the records a list showed, empty otherwise; never null
 * @param purpose never null
 * @param detail what exactly, in the language asked for (German by default), empty when
 * there is nothing to tell; never null
 * @param detailKey the message key of the detail, null for older free-text entries
 */
record AuditEventResource(UUID id, Instant occurredAt, String actor, String actorRole, AuditAction action,
		String subjectType, UUID subjectId, List<UUID> subjectIds, AccessPurpose purpose, String detail,
		String detailKey) {

	static AuditEventResource of(AuditEntry entry, AuditDetails details, Locale locale) {
		return new AuditEventResource(entry.id(), entry.occurredAt(), entry.actor(), entry.actorRole(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.subjectIds(), entry.purpose(),
				details.describe(entry, locale), entry.detailKey());
	}

}
