package de.weitblick.participant.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseGrant;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.Gender;
import de.weitblick.participant.JobcenterReferral;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.Qualification;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case file as JSON, as far as the caller's view shows it, for every API that answers
 * with one (the case file's own, the merge's). Public because those APIs live in the
 * sub-packages' {@code web}; no other module reaches it.
 */
@Component
public class CaseFileResources {

	private final Catalogues catalogues;

	private final MessageSource messages;

	CaseFileResources(Catalogues catalogues, MessageSource messages) {
		this.catalogues = catalogues;
		this.messages = messages;
	}

	/**
	 * The case file as far as the caller's view shows it; what the view leaves out is
	 * null.
	 */
	public ParticipantResource of(CaseFile caseFile) {
		Participant p = caseFile.participant();
		CaseView view = caseFile.view();
		var locale = LocaleContextHolder.getLocale();
		return new ParticipantResource(p.id().id(), p.version(), DetailsResource.of(p.details(), view),
				caseFile.consentToParentsOrigin() ? p.parentsOrigin() : null,
				view.shows(CaseSection.LANGUAGES) ? p.languages() : null,
				view.shows(CaseSection.ORIGIN) ? p.citizenships() : null,
				view.shows(CaseSection.HOUSEHOLD) ? p.children() : null,
				view.shows(CaseSection.QUALIFICATIONS) ? p.qualifications() : null,
				view.shows(CaseSection.OCCUPATION_INTERESTS) ? this.catalogues.occupations(p.occupationCodes()) : null,
				view.shows(CaseSection.CONSTRAINTS) ? p.constraints() : null,
				view.shows(CaseSection.BENEFITS) ? p.counsellorId() : null, p.status(),
				view.shows(CaseSection.BENEFITS) ? p.registeredOn() : null,
				view.shows(CaseSection.FOCUS_GROUPS) ? caseFile.focusGroups()
					.stream()
					.map(m -> new FocusGroupResource(m.focusGroup(),
							this.messages.getMessage(m.focusGroup().messageKey(), null, locale),
							this.messages.getMessage(m.reasonKey(), m.displayArguments(), locale)))
					.toList() : null,
				view.shows(CaseSection.BENEFITS) ? caseFile.jobcenterReferrals() : null, view,
				reasons(caseFile.grants(), locale));
	}

	/**
	 * Why a caller outside the responsible team sees each case, in the caller's language.
	 */
	public List<AccessResource> reasons(List<CaseGrant> grants, Locale locale) {
		return grants.stream()
			.map(grant -> new AccessResource(
					this.messages.getMessage(grant.reasonKey(), grant.displayArguments(), locale), grant.until()))
			.toList();
	}

	/**
	 * Why a caller outside the responsible team sees a case.
	 *
	 * @param reason in the caller's language
	 * @param until the last day of the access when it is known already, otherwise null
	 */
	public record AccessResource(String reason, LocalDate until) {
	}

	/**
	 * The personal details as far as the view shows them; null where it does not.
	 */
	public record DetailsResource(String familyName, String givenNames, LocalDate birthDate, Gender gender,
			String street, String postalCode, String city, String districtCode, String phone, String email,
			Boolean bornWithGermanCitizenship, String countryOfBirth, Integer immigrationYear, Boolean singleParent,
			BenefitBasis benefitBasis, LocalDate unemployedSince, ReferralSource referralSource) {

		static DetailsResource of(PersonalDetails d, CaseView view) {
			boolean person = view.shows(CaseSection.PERSON);
			boolean contact = view.shows(CaseSection.CONTACT);
			boolean origin = view.shows(CaseSection.ORIGIN);
			boolean benefits = view.shows(CaseSection.BENEFITS);
			return new DetailsResource(d.familyName(), d.givenNames(), person ? d.birthDate() : null,
					person ? d.gender() : null, person ? d.street() : null, person ? d.postalCode() : null,
					person ? d.city() : null, person ? d.districtCode() : null, contact ? d.phone() : null,
					contact ? d.email() : null, origin ? d.bornWithGermanCitizenship() : null,
					origin ? d.countryOfBirth() : null, origin ? d.immigrationYear() : null,
					view.shows(CaseSection.HOUSEHOLD) ? d.singleParent() : null, benefits ? d.benefitBasis() : null,
					benefits ? d.unemployedSince() : null, benefits ? d.referralSource() : null);
		}

	}

	public record FocusGroupResource(FocusGroupCode code, String name, String reason) {
	}

	public record ParticipantResource(UUID id, int version, DetailsResource details, ParentsOrigin parentsOrigin,
			Set<LanguageSkill> languages, Set<Citizenship> citizenships, List<ChildInHousehold> children,
			List<Qualification> qualifications, List<Occupation> occupationInterests, WorkConstraints constraints,
			UUID counsellorId, ParticipantStatus status, LocalDate registeredOn, List<FocusGroupResource> focusGroups,
			List<JobcenterReferral> jobcenterReferrals, CaseView view, List<AccessResource> accessThrough) {
	}

}
