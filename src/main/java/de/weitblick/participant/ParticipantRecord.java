package de.weitblick.participant;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a counsellor enters about a person in one go, for registration and for
 * changes.
 *
 * @param details never null
 * @param parentsOrigin never null; {@link ParentsOrigin#UNKNOWN} without consent
 * @param languages never null
 * @param citizenships never null
 * @param children the children in the household, never null
 */
public record ParticipantRecord(PersonalDetails details, ParentsOrigin parentsOrigin, Set<LanguageSkill> languages,
		Set<Citizenship> citizenships, List<ChildInHousehold> children) {

	public ParticipantRecord {
		Objects.requireNonNull(details, "details must not be null");
		parentsOrigin = (parentsOrigin != null) ? parentsOrigin : ParentsOrigin.UNKNOWN;
		languages = Set.copyOf(languages);
		citizenships = Set.copyOf(citizenships);
		children = List.copyOf(children);
	}

}
