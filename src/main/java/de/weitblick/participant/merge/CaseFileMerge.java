package de.weitblick.participant.merge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import java.util.UUID;
import java.util.function.Function;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.FocusGroupProjection;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.ParticipantRepository;
import de.weitblick.participant.ParticipantsMerged;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.health.HealthData;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.Formats;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of the same person into one, without losing anything either held:
 * for each field in which they differ the counsellor chooses the value that survives (the
 * other is kept with the merge), collections are joined, and the plan, notes,
 * appointments, documents, consents and health restrictions move to the survivor. The
 * merged record remains as a tombstone that leads to the survivor. Everything happens in
 * one transaction with both records locked and their versions checked, and is published
 * as {@link ParticipantsMerged} for the modules that hold participants by identifier.
 */
@Service
@Transactional
public class CaseFileMerge {

	/** The tables of the case file's parts that belong to one participant. */
	private static final List<String> PARTS = List.of("plan_goal", "case_note", "appointment", "participant_document");

	private final ParticipantRepository participants;

	private final FocusGroupProjection management;

	private final CaseFileGuard guard;

	private final Consents consents;

	private final HealthData health;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFileMerge(ParticipantRepository participants, FocusGroupProjection management, CaseFileGuard guard,
			Consents consents, HealthData health, OrganisationManagement organisation, JdbcClient jdbc,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.participants = participants;
		this.management = management;
		this.guard = guard;
		this.consents = consents;
		this.health = health;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Two records side by side, with the fields that differ; both reads are audited.
	 * @throws NotFound when the viewer may not change both records
	 * @throws RuleViolation when both are the same record
	 */
	public MergeComparison compare(ParticipantId survivorId, ParticipantId mergedId, StaffMember viewer) {
		requireTwo(survivorId, mergedId);
		Participant survivor = this.guard.changeable(survivorId, viewer);
		Participant merged = this.guard.changeable(mergedId, viewer);
		this.guard.audit(viewer, AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, survivorId,
				AuditDetail.of("participant.audit.compared"));
		this.guard.audit(viewer, AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, mergedId,
				AuditDetail.of("participant.audit.compared"));
		Combination combination = new Combination(survivor, merged, Map.of(), parentsConsent(survivor, merged));
		combination.record();
		return new MergeComparison(survivor, merged, combination.conflicts, parts(survivorId), parts(mergedId));
	}

	/**
	 * How many goals, notes, appointments and documents a case file has, in the order of
	 * {@link #PARTS}.
	 */
	private List<Integer> parts(ParticipantId id) {
		return PARTS.stream()
			.map(table -> this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE participant_id = :id")
				.param("id", id.id())
				.query(Integer.class)
				.single())
			.toList();
	}

	/**
	 * Merges one record into another.
	 * @param survivorId the record that remains, must not be null
	 * @param survivorVersion the version of it the counsellor saw
	 * @param mergedId the record that is merged into it, must not be null
	 * @param mergedVersion the version of it the counsellor saw
	 * @param choices per differing field, which value survives; a field not named keeps
	 * the survivor's value; must not be null
	 * @throws NotFound when the viewer may not change both records
	 * @throws OptimisticLockingFailureException when either changed in the meantime;
	 * nothing is merged then
	 * @throws RuleViolation when both are the same record or the merged record is not
	 * plausible
	 */
	public void merge(ParticipantId survivorId, int survivorVersion, ParticipantId mergedId, int mergedVersion,
			Map<MergeField, MergeSide> choices, StaffMember viewer) {
		requireTwo(survivorId, mergedId);
		// Both rows are locked in a fixed order, so that two merges of the same pair
		// never
		// deadlock and no note or appointment is added to the merged record meanwhile.
		this.jdbc.sql("SELECT id FROM participant WHERE id IN (:a, :b) ORDER BY id FOR UPDATE")
			.param("a", survivorId.id())
			.param("b", mergedId.id())
			.query(UUID.class)
			.list();
		Participant survivor = this.guard.changeable(survivorId, viewer);
		Participant merged = this.guard.changeable(mergedId, viewer);
		if (survivor.version() != survivorVersion || merged.version() != mergedVersion) {
			throw new OptimisticLockingFailureException(
					"Participant " + survivorId.id() + " or " + mergedId.id() + " was changed in the meantime");
		}
		Combination combination = new Combination(survivor, merged, choices, parentsConsent(survivor, merged));
		ParticipantRecord record = combination.record();
		Participant counsellorSide = (combination.side(MergeField.COUNSELLOR) == MergeSide.MERGED) ? merged : survivor;

		for (String table : PARTS) {
			this.jdbc.sql("UPDATE " + table + " SET participant_id = :survivor WHERE participant_id = :merged")
				.param("survivor", survivorId.id())
				.param("merged", mergedId.id())
				.update();
		}
		// The customer numbers go with the person, so that a later referral list naming
		// either
		// is recognised as already imported.
		this.jdbc.sql("UPDATE participant_referral SET participant_id = :survivor WHERE participant_id = :merged")
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.update();
		this.consents.transfer(mergedId.id(), survivorId.id(), CaseFileGuard.actor(viewer));
		this.health.merge(survivorId, mergedId, viewer.username());
		// Tombstones of earlier merges lead to the record that remains now.
		this.jdbc.sql("UPDATE participant_merge SET survivor_id = :survivor WHERE survivor_id = :merged")
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.update();
		var now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO participant_merge (id, survivor_id, merged_id, merged_at, merged_by, merged_by_name,
				    merged_registered_on, replaced_values)
				VALUES (:id, :survivor, :merged, :now, :by, :byName, :registeredOn, :replaced)
				""")
			.param("id", TimeOrderedIds.next())
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", viewer.username())
			.param("byName", viewer.displayName())
			.param("registeredOn", merged.registeredOn())
			.param("replaced", combination.replacedValues())
			.update();
		this.participants.delete(merged);
		survivor.absorb(record, counsellorSide.counsellorId(), counsellorSide.responsibleUnitId(), merged,
				LocalDate.now(this.clock), now);
		this.participants.save(survivor);
		this.management.project(survivor);
		this.guard.audit(viewer, AuditAction.MERGE, ParticipantManagement.SUBJECT_TYPE, survivorId,
				AuditDetail.of("participant.audit.merged-with", mergedId.id()));
		this.guard.audit(viewer, AuditAction.MERGE, ParticipantManagement.SUBJECT_TYPE, mergedId,
				AuditDetail.of("participant.audit.merged-into", survivorId.id()));
		this.events.publishEvent(new ParticipantsMerged(survivorId, mergedId, now, CaseFileGuard.actor(viewer)));
	}

	private boolean parentsConsent(Participant survivor, Participant merged) {
		return this.consents.inForce(survivor.id().id()).contains(ConsentPurpose.PARENTS_ORIGIN)
				|| this.consents.inForce(merged.id().id()).contains(ConsentPurpose.PARENTS_ORIGIN);
	}

	private static void requireTwo(ParticipantId survivorId, ParticipantId mergedId) {
		if (survivorId.equals(mergedId)) {
			throw new RuleViolation(null, "participant.merge.rule.same-record");
		}
	}

	/**
	 * What two records hold together: for each field the chosen value, the values not
	 * chosen, and every collection joined.
	 */
	private final class Combination {

		private final Participant survivor;

		private final Participant merged;

		private final Map<MergeField, MergeSide> choices;

		private final boolean parentsConsent;

		private final List<MergeConflict> conflicts = new ArrayList<>();

		private final Map<MergeField, Object> replaced = new TreeMap<>();

		private final Map<MergeField, MergeSide> taken = new HashMap<>();

		Combination(Participant survivor, Participant merged, Map<MergeField, MergeSide> choices,
				boolean parentsConsent) {
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
					List.copyOf(
							new LinkedHashSet<>(concat(this.survivor.qualifications(), this.merged.qualifications()))),
					union(this.survivor.occupationInterests(), this.merged.occupationInterests()), constraints);
		}

		MergeSide side(MergeField field) {
			return this.taken.getOrDefault(field, MergeSide.SURVIVOR);
		}

		/**
		 * The value a field keeps: the one of a record that has none gives way, equal
		 * values need no choice, otherwise the counsellor's choice (the survivor's by
		 * default) counts and the other value is kept with the merge.
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
				.append(describe(field, value, Locale.GERMAN))
				.append('\n'));
			return lines.toString().strip();
		}

	}

	/**
	 * A value of a field in words, as a counsellor chooses between them and as the person
	 * reads a value not chosen in the subject access report.
	 * @param field must not be null
	 * @param value as in a {@link MergeConflict}, may be null
	 * @param locale must not be null
	 * @return may be null for no value
	 */
	public String describe(MergeField field, Object value, Locale locale) {
		if (field == MergeField.COUNSELLOR) {
			return this.organisation.staffMember((UUID) value).map(StaffMember::displayName).orElse(value.toString());
		}
		if (value instanceof ParentsOrigin origin) {
			return join(Arrays.asList(origin.motherCountryOfBirth(), origin.fatherCountryOfBirth(),
					describe(field, origin.parentBornWithoutGermanCitizenship(), locale),
					describe(field, origin.bothParentsImmigrated(), locale)));
		}
		if (value instanceof Collection<?> values) {
			return join(values.stream()
				.map(element -> (element != null) ? describe(field, element, locale) : null)
				.toList());
		}
		if (value instanceof String code && field == MergeField.COUNTRY_OF_BIRTH) {
			return Locale.of("", code).getDisplayCountry(locale);
		}
		if (value instanceof LocalDate date) {
			return Formats.of(locale).date(date);
		}
		if (value instanceof Boolean yes) {
			return this.messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
		}
		if (value instanceof Gender gender) {
			return this.messages.getMessage(gender.messageKey(), null, locale);
		}
		if (value instanceof BenefitBasis basis) {
			return this.messages.getMessage(basis.messageKey(), null, locale);
		}
		if (value instanceof ReferralSource source) {
			return this.messages.getMessage(source.messageKey(), null, locale);
		}
		return (value != null) ? value.toString() : null;
	}

	private static String join(List<String> parts) {
		return String.join(", ", parts.stream().filter(Objects::nonNull).toList());
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
