package de.weitblick;

/**
 * The people an audit entry names, for tests that read the trail by SQL: a list read
 * names them through the list it stored once a month ({@code audit_subject_list}), other
 * entries in {@code subject_ids} of their own.
 */
public final class AuditedSubjects {

	/** An SQL expression on a row of {@code audit_event}: the identifiers it names. */
	public static final String OF_AUDIT_EVENT = """
			COALESCE(audit_event.subject_ids, (SELECT l.subject_ids FROM audit_subject_list l
			WHERE l.id = audit_event.subject_list
			  AND l.month = CAST(date_trunc('month', audit_event.occurred_at AT TIME ZONE 'UTC') AS date)))""";

	private AuditedSubjects() {
	}

}
