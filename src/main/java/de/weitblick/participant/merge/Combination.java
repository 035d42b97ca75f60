package de.weitblick.participant.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.WorkConstraints;

/**
 * What two records hold together: for each field the chosen value, the values not chosen,
 * and every collection joined.
 */
final class Combination {

	private final Participant survivor;

	private final Participant merged;

	private final Map<MergeField, MergeSide> choices;

	private final boolean parentsConsent;

	private final List<MergeConflict> conflicts = new ArrayList<>();

	private final Map<MergeField, Object> replaced = new TreeMap<>();

	private final Map<MergeField, MergeSide> taken = new HashMap<>();

	private final MergeValues values;

	List<MergeConflict> conflicts() {
		return this.conflicts;
	}

	Combination(Participant survivor, Participant merged, Map<MergeField, MergeSide> choices, boolean parentsConsent,
			MergeValues values) {
		this.values = values;
		this.survivor = survivor;
		this.merged = merged;
		this.choices = choices;
		this.parentsConsent = parentsConsent;
	}

	ParticipantRecord record() {
		List<String> address = pick(MergeField.ADDRESS, p -> Arrays.asList(p.details().street(),
				p.details().postalCode(), p.details().city(), p.details().districtCode()));
		PersonalDetails details = new PersonalDetails(pick(MergeField.FAMILY_NAME, p -> p.details().familyName()),
				pick(MergeField.GIVEN_NAMES, p -> p.details().givenNames()),
				pick(MergeField.BIRTH_DATE, p -> p.details().birthDate()),
				pick(MergeField.GENDER, p -> p.details().gender()), address.get(0), address.get(1), address.get(2),
				address.get(3), pick(MergeField.PHONE, p -> p.details().phone()),
				pick(MergeField.EMAIL, p -> p.details().email()),
				pick(MergeField.BORN_WITH_GERMAN_CITIZENSHIP, p -> p.details().bornWithGermanCitizenship()),
				pick(MergeField.COUNTRY_OF_BIRTH, p -> p.details().countryOfBirth()),
				pick(MergeField.IMMIGRATION_YEAR, p -> p.details().immigrationYear()),
				pick(MergeField.SINGLE_PARENT, p -> p.details().singleParent()),
				pick(MergeField.BENEFIT_BASIS, p -> p.details().benefitBasis()),
				pick(MergeField.UNEMPLOYED_SINCE, p -> p.details().unemployedSince()),
				pick(MergeField.REFERRAL_SOURCE, p -> p.details().referralSource()));
		pick(MergeField.COUNSELLOR, Participant::counsellorId);
		ParentsOrigin parents = this.parentsConsent ? pick(MergeField.PARENTS_ORIGIN, Participant::parentsOrigin)
				: ParentsOrigin.UNKNOWN;
		List<Object> mobility = pick(MergeField.MOBILITY, p -> Arrays.asList(p.constraints().ownVehicle(),
				p.constraints().usesPublicTransport(), p.constraints().maximumCommuteMinutes()));
		WorkConstraints constraints = new WorkConstraints(
				union(this.survivor.constraints().availability(), this.merged.constraints().availability()),
				union(this.survivor.constraints().drivingLicences(), this.merged.constraints().drivingLicences()),
				(Boolean) mobility.get(0), (Boolean) mobility.get(1), (Integer) mobility.get(2));
		return new ParticipantRecord(details, parents, languages(),
				union(this.survivor.citizenships(), this.merged.citizenships()), children(),
				List.copyOf(new LinkedHashSet<>(concat(this.survivor.qualifications(), this.merged.qualifications()))),
				union(this.survivor.occupationInterests(), this.merged.occupationInterests()), constraints);
	}

	MergeSide side(MergeField field) {
		return this.taken.getOrDefault(field, MergeSide.SURVIVOR);
	}

	/**
	 * The value a field keeps: the one of a record that has none gives way, equal values
	 * need no choice, otherwise the counsellor's choice (the survivor's by default)
	 * counts and the other value is kept with the merge.
	 */
	@SuppressWarnings("unchecked")
	private <T> T pick(MergeField field, Function<Participant, T> value) {
		T survivorValue = value.apply(this.survivor);
		T mergedValue = value.apply(this.merged);
		if (isEmpty(mergedValue) || Objects.equals(survivorValue, mergedValue)) {
			return survivorValue;
		}
		if (isEmpty(survivorValue)) {
			this.taken.put(field, MergeSide.MERGED);
			return mergedValue;
		}
		this.conflicts.add(new MergeConflict(field, survivorValue, mergedValue));
		MergeSide side = this.choices.getOrDefault(field, MergeSide.SURVIVOR);
		this.taken.put(field, side);
		this.replaced.put(field, (side == MergeSide.SURVIVOR) ? mergedValue : survivorValue);
		return (side == MergeSide.SURVIVOR) ? survivorValue : mergedValue;
	}

	private Set<LanguageSkill> languages() {
		// A language known in both records keeps the higher level.
		Map<String, LanguageSkill> byLanguage = new LinkedHashMap<>();
		for (LanguageSkill skill : concat(this.survivor.languages(), this.merged.languages())) {
			byLanguage.merge(skill.languageCode(), skill, (a, b) -> (a.level().compareTo(b.level()) >= 0) ? a : b);
		}
		return Set.copyOf(byLanguage.values());
	}

	private List<ChildInHousehold> children() {
		// The same children appear in both records: a year of birth counts as often
		// as
		// the record that names it most often.
		Map<Integer, Long> survivorCount = count(this.survivor.children());
		Map<Integer, Long> mergedCount = count(this.merged.children());
		List<ChildInHousehold> children = new ArrayList<>();
		new java.util.TreeSet<>(concat(survivorCount.keySet(), mergedCount.keySet())).forEach(year -> {
			long times = Math.max(survivorCount.getOrDefault(year, 0L), mergedCount.getOrDefault(year, 0L));
			for (long i = 0; i < times; i++) {
				children.add(new ChildInHousehold(year));
			}
		});
		return children;
	}

	String replacedValues() {
		if (this.replaced.isEmpty()) {
			return null;
		}
		StringBuilder lines = new StringBuilder();
		this.replaced.forEach((field, value) -> lines.append(field.name())
			.append('\t')
			.append(this.values.describe(field, value, Locale.GERMAN))
			.append('\n'));
		return lines.toString().strip();
	}

	private static boolean isEmpty(Object value) {
		if (value == null || ParentsOrigin.UNKNOWN.equals(value)) {
			return true;
		}
		return (value instanceof Collection<?> values) && values.stream().allMatch(Objects::isNull);
	}

	private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static <T> Set<T> union(Collection<T> a, Collection<T> b) {
		return Set.copyOf(concat(a, b));
	}

	private static Map<Integer, Long> count(List<ChildInHousehold> children) {
		Map<Integer, Long> counts = new HashMap<>();
		children.forEach(child -> counts.merge(child.birthYear(), 1L, Long::sum));
		return counts;
	}

}
