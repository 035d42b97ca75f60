package de.weitblick.participant.portal;

import java.util.List;

import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.participant.dataprotection.SubjectAccessReport;
import de.weitblick.participant.health.HealthData;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.Consent;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own data in the own area: the consents per purpose with their dates, each
 * withdrawable with one click (the data collected under it is erased at once), and the
 * report of everything stored (Art. 15 GDPR). Every read and change is audited.
 */
@Service
@Transactional
public class OwnData {

	private final Consents consents;

	private final ParticipantManagement participants;

	private final HealthData health;

	private final DataSubjectRights rights;

	private final AuditTrail audit;

	OwnData(Consents consents, ParticipantManagement participants, HealthData health, DataSubjectRights rights,
			AuditTrail audit) {
		this.consents = consents;
		this.participants = participants;
		this.health = health;
		this.rights = rights;
		this.audit = audit;
	}

	/**
	 * @return the own consents, the newest first, never null
	 */
	public List<Consent> consents(OwnCase own) {
		this.audit.recordAction(own.actor(), AuditAction.READ, ParticipantManagement.SUBJECT_TYPE,
				own.participant().id(), OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.consents-read"));
		return this.consents.of(own.participant().id());
	}

	/**
	 * Withdraws a consent in force; what was collected under it is erased.
	 * @throws RuleViolation when no consent to the purpose is in force
	 */
	public void withdraw(OwnCase own, ConsentPurpose purpose) {
		if (purpose == null || !this.consents.inForce(own.participant().id()).contains(purpose)) {
			throw new RuleViolation(null, "participant.portal.rule.no-consent");
		}
		switch (purpose) {
			case HEALTH_DATA -> this.health.withdrawOwnConsent(own.participant(), own.actor());
			case PARENTS_ORIGIN -> this.participants.withdrawOwnConsentToParentsOrigin(own.participant(), own.actor());
		}
	}

	/**
	 * @return the report of everything stored about the person that the own area may
	 * show, never null
	 */
	public SubjectAccessReport subjectAccess(OwnCase own) {
		return this.rights.ownSubjectAccess(own.participant(), own.actor());
	}

}
