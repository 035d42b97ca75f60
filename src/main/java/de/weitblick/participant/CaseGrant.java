package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;

import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditDetail;

/**
 * Why someone outside the responsible team may see a case file, and how much of it: given
 * by the module whose work needs it ({@link CaseAccessGrants}), such as the lead of a
 * project the person takes part in.
 *
 * @param view what the grant shows, never null
 * @param purpose the purpose every read through this grant is audited with, never null
 * @param reasonKey message key that tells the viewer why they see the case, never null
 * @param reasonArguments its arguments (names, days), never null
 * @param until the last day the grant holds when that is known already (for example the
 * end of the time after an exit), or null while it holds without an end in sight
 * @param auditDetail what the audit trail records as the basis, without personal data;
 * never null
 */
public record CaseGrant(CaseView view, AccessPurpose purpose, String reasonKey, List<Object> reasonArguments,
		LocalDate until, AuditDetail auditDetail) {

	public CaseGrant {
		reasonArguments = List.copyOf(reasonArguments);
	}

	/**
	 * The arguments as a message takes them; the message bundles write the days among
	 * them in the reader's language.
	 * @return never null
	 */
	public Object[] displayArguments() {
		return this.reasonArguments.toArray();
	}

}
