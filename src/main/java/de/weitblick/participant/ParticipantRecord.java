package de.weitblick.participant;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a counsellor enters about a person in one go, for registration and for
 * changes. Health restrictions are not part of it: they have their own consent,
 * permission and audit ({@link HealthData}).
 *
 * @param details never null
 * @param parentsOrigin never null; {@link ParentsOrigin#UNKNOWN} without consent
 * @param languages never null
 * @param citizenships never null
 * @param children the children in the household, never null
 * @param qualifications school and vocational qualifications, never null
 * @param occupationInterests KldB 2010 positions, never null
 * @param constraints availability and mobility, never null
 */
public record ParticipantRecord(PersonalDetails details, ParentsOrigin parentsOrigin, Set<LanguageSkill> languages,
		Set<Citizenship> citizenships, List<ChildInHousehold> children, List<Qualification> qualifications,
		Set<OccupationInterest> occupationInterests, WorkConstraints constraints) {

	public ParticipantRecord {
		Objects.requireNonNull(details, "details must not be null");
		parentsOrigin = (parentsOrigin != null) ? parentsOrigin : ParentsOrigin.UNKNOWN;
		languages = Set.copyOf(languages);
		citizenships = Set.copyOf(citizenships);
		children = List.copyOf(children);
		qualifications = (qualifications != null) ? List.copyOf(qualifications) : List.of();
		occupationInterests = (occupationInterests != null) ? Set.copyOf(occupationInterests) : Set.of();
		constraints = (constraints != null) ? constraints : WorkConstraints.NONE;
	}

	/**
	 * A record without qualifications, occupation interests and constraints, as a
	 * referral brings it.
	 */
	public ParticipantRecord(PersonalDetails details, ParentsOrigin parentsOrigin, Set<LanguageSkill> languages,
			Set<Citizenship> citizenships, List<ChildInHousehold> children) {
		this(details, parentsOrigin, languages, citizenships, children, List.of(), Set.of(), WorkConstraints.NONE);
	}

	/**
	 * @return the same record with another parents' origin
	 */
	public ParticipantRecord withParentsOrigin(ParentsOrigin origin) {
		return new ParticipantRecord(this.details, origin, this.languages, this.citizenships, this.children,
				this.qualifications, this.occupationInterests, this.constraints);
	}

}
