package de.weitblick.participant.portal.password;

import de.weitblick.organisation.StaffAccounts;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person changes the own password in the own area, with the password rules of the
 * staff accounts ({@link de.weitblick.organisation.PasswordPolicy}). A wrong current
 * password, a new one that breaks the rules or a repetition that differs is refused,
 * changes nothing and is audited; a change is audited as well.
 */
@Service
@Transactional
public class OwnPassword {

	/** How the person's account is named in the audit trail. */
	public static final String SUBJECT_TYPE = "participant-account";

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	OwnPassword(StaffAccounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @param currentPassword must match the password stored
	 * @param newPassword must keep the password rules and differ from the current one
	 * @param repeatedPassword must equal the new one
	 * @throws RuleViolation naming the field at fault ({@code currentPassword},
	 * {@code newPassword} or {@code repeatedPassword}); nothing changes, the attempt is
	 * audited
	 */
	public void change(OwnCase own, String currentPassword, String newPassword, String repeatedPassword) {
		try {
			if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(repeatedPassword)) {
				throw new RuleViolation("repeatedPassword", "organisation.password.rule.repeat-differs");
			}
			this.accounts.changeOwnPassword(own.username(), currentPassword, newPassword);
		}
		catch (RuleViolation refused) {
			this.audit.recordRefusal(own.actor(), SUBJECT_TYPE, own.accountId(), OwnCase.PURPOSE,
					AuditDetail.of("currentPassword".equals(refused.field())
							? "participant.portal.audit.refused.password-wrong"
							: "participant.portal.audit.refused.password-rules"));
			throw refused;
		}
		this.audit.recordAction(own.actor(), AuditAction.UPDATE, SUBJECT_TYPE, own.accountId(), OwnCase.PURPOSE,
				AuditDetail.of("participant.portal.audit.password-changed"));
	}

}
