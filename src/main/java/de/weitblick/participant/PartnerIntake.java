package de.weitblick.participant;

import java.util.Optional;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PartnerKind;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * Where the people a partner organisation registers go: to the counsellor named by
 * {@code weitblick.partner-referrals.counsellor}, in that counsellor's team. Only a
 * Jobcenter's partner account registers people, because only the Jobcenter names them by
 * a customer number.
 */
@Component
public class PartnerIntake {

	private final PartnerReferralSettings settings;

	private final OrganisationManagement organisation;

	PartnerIntake(PartnerReferralSettings settings, OrganisationManagement organisation) {
		this.settings = settings;
		this.organisation = organisation;
	}

	/**
	 * @param partner must not be null
	 * @return the Jobcenter the account belongs to
	 * @throws RuleViolation when the account is not a Jobcenter's partner account
	 */
	public PartnerOrganisationId jobcenterOf(StaffMember partner) {
		return Optional.of(partner)
			.filter(account -> account.role() == Role.PARTNER)
			.flatMap(account -> this.organisation.partnerOf(account.id()))
			.filter(id -> this.organisation.partner(id)
				.filter(found -> found.kind() == PartnerKind.JOBCENTER)
				.isPresent())
			.orElseThrow(() -> new RuleViolation(null, "participant.partner-referral.rule.not-jobcenter"));
	}

	/**
	 * @return the counsellor who takes the people partners register
	 * @throws RuleViolation when none is set, or the account named is no enabled
	 * counsellor with a team
	 */
	public StaffMember counsellor() {
		String username = this.settings.counsellor();
		return Optional.ofNullable(username)
			.filter(name -> !name.isBlank())
			.flatMap(name -> this.organisation.staffMember(name.strip()))
			.filter(member -> member.role() == Role.COUNSELLOR && member.unitId() != null)
			.filter(member -> this.organisation.counsellors(member.unitId()).contains(member))
			.orElseThrow(() -> new RuleViolation(null, "participant.partner-referral.rule.no-intake"));
	}

}
