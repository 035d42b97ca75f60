package de.weitblick.participant;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.PersonFacts;
import de.weitblick.shared.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person the office supports: the aggregate root of the case file. Every change goes
 * through an intent method that checks the record's rules, so a stored participant is
 * always plausible.
 */
@Table("participant")
public class Participant {

	/**
	 * Nobody registered here is older than this; an older birth date is a typing error.
	 */
	private static final int MAXIMUM_AGE = 120;

	/** Nobody is unemployed in the sense of SGB III before this age. */
	private static final int MINIMUM_WORKING_AGE = 14;

	private static final int ADULT_AGE = 18;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	@Embedded.Empty
	private PersonalDetails details;

	@Embedded.Empty
	private ParentsOrigin parentsOrigin;

	private String searchName;

	private UUID counsellorId;

	private UUID responsibleUnitId;

	private ParticipantStatus status;

	private final LocalDate registeredOn;

	private LocalDate closedOn;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "participant_id")
	private Set<LanguageSkill> languages;

	@MappedCollection(idColumn = "participant_id")
	private Set<Citizenship> citizenships;

	@MappedCollection(idColumn = "participant_id", keyColumn = "position")
	private List<ChildInHousehold> children;

	Participant(UUID id, Integer version, PersonalDetails details, ParentsOrigin parentsOrigin, String searchName,
			UUID counsellorId, UUID responsibleUnitId, ParticipantStatus status, LocalDate registeredOn,
			LocalDate closedOn, Instant createdAt, Instant updatedAt, Set<LanguageSkill> languages,
			Set<Citizenship> citizenships, List<ChildInHousehold> children) {
		this.id = id;
		this.version = version;
		this.details = details;
		this.parentsOrigin = (parentsOrigin != null) ? parentsOrigin : ParentsOrigin.UNKNOWN;
		this.searchName = searchName;
		this.counsellorId = counsellorId;
		this.responsibleUnitId = responsibleUnitId;
		this.status = status;
		this.registeredOn = registeredOn;
		this.closedOn = closedOn;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.languages = Set.copyOf(languages);
		this.citizenships = Set.copyOf(citizenships);
		this.children = List.copyOf(children);
	}

	/**
	 * Registers a person.
	 * @param id must not be null
	 * @param record what is known about the person, must not be null
	 * @param counsellorId who holds the case, must not be null
	 * @param responsibleUnitId the counsellor's team, must not be null
	 * @param today must not be null
	 * @param now must not be null
	 * @throws RuleViolation when the record is not plausible
	 */
	static Participant register(UUID id, ParticipantRecord record, UUID counsellorId, UUID responsibleUnitId,
			LocalDate today, Instant now) {
		check(record, today);
		return new Participant(id, null, record.details(), record.parentsOrigin(), searchName(record.details()),
				counsellorId, responsibleUnitId, ParticipantStatus.ACTIVE, today, null, now, now, record.languages(),
				record.citizenships(), record.children());
	}

	/**
	 * Changes what is known about the person.
	 * @throws RuleViolation when the record is not plausible
	 */
	void change(ParticipantRecord record, LocalDate today, Instant now) {
		check(record, today);
		this.details = record.details();
		this.parentsOrigin = record.parentsOrigin();
		this.searchName = searchName(record.details());
		this.languages = Set.copyOf(record.languages());
		this.citizenships = Set.copyOf(record.citizenships());
		this.children = List.copyOf(record.children());
		this.updatedAt = now;
	}

	/**
	 * Hands the case to another counsellor, who may work in another team.
	 */
	void assignTo(UUID counsellorId, UUID responsibleUnitId, Instant now) {
		this.counsellorId = counsellorId;
		this.responsibleUnitId = responsibleUnitId;
		this.updatedAt = now;
	}

	/**
	 * Closes the case: support has ended, and the retention period starts to run.
	 * @throws RuleViolation when the case is closed already
	 */
	void close(LocalDate today, Instant now) {
		if (this.status == ParticipantStatus.CLOSED) {
			throw new RuleViolation(null, "participant.rule.already-closed");
		}
		this.status = ParticipantStatus.CLOSED;
		this.closedOn = today;
		this.updatedAt = now;
	}

	/**
	 * Takes a closed case up again; the retention period stops.
	 * @throws RuleViolation when the case is not closed
	 */
	void reopen(Instant now) {
		if (this.status != ParticipantStatus.CLOSED) {
			throw new RuleViolation(null, "participant.rule.not-closed");
		}
		this.status = ParticipantStatus.ACTIVE;
		this.closedOn = null;
		this.updatedAt = now;
	}

	/**
	 * Forgets the parents' origin, e.g. because the consent was withdrawn.
	 */
	void forgetParentsOrigin(Instant now) {
		this.parentsOrigin = ParentsOrigin.UNKNOWN;
		this.updatedAt = now;
	}

	private static void check(ParticipantRecord record, LocalDate today) {
		PersonalDetails details = record.details();
		LocalDate birthDate = details.birthDate();
		if (birthDate.isAfter(today)) {
			throw new RuleViolation("birthDate", "participant.rule.birth-date-in-future");
		}
		if (birthDate.isBefore(today.minusYears(MAXIMUM_AGE))) {
			throw new RuleViolation("birthDate", "participant.rule.birth-date-too-early", MAXIMUM_AGE);
		}
		LocalDate unemployedSince = details.unemployedSince();
		if (unemployedSince != null && unemployedSince.isAfter(today)) {
			throw new RuleViolation("unemployedSince", "participant.rule.unemployed-since-in-future");
		}
		if (unemployedSince != null && unemployedSince.isBefore(birthDate.plusYears(MINIMUM_WORKING_AGE))) {
			throw new RuleViolation("unemployedSince", "participant.rule.unemployed-since-before-working-age",
					MINIMUM_WORKING_AGE);
		}
		Integer immigrationYear = details.immigrationYear();
		if (immigrationYear != null
				&& (immigrationYear < birthDate.getYear() || immigrationYear > Year.from(today).getValue())) {
			throw new RuleViolation("immigrationYear", "participant.rule.immigration-year-out-of-range");
		}
		for (ChildInHousehold child : record.children()) {
			if (child.birthYear() > today.getYear() || child.birthYear() < birthDate.getYear() + 10) {
				throw new RuleViolation("children", "participant.rule.child-birth-year-out-of-range");
			}
		}
		boolean hasMinorChild = record.children()
			.stream()
			.anyMatch(child -> child.birthYear() > today.getYear() - ADULT_AGE);
		if (details.singleParent() && !hasMinorChild) {
			throw new RuleViolation("singleParent", "participant.rule.single-parent-needs-minor-child");
		}
	}

	/**
	 * The name as the search compares it: lower case, umlauts written out, accents
	 * dropped, so that "Müller", "Mueller" and "MULLER" come close.
	 */
	static String searchName(PersonalDetails details) {
		return normalise(details.familyName() + " " + details.givenNames());
	}

	/**
	 * Folds a name or a search term the way the search compares them.
	 * @param text must not be null
	 * @return lower case, umlauts written out, accents and punctuation dropped; never
	 * null
	 */
	public static String normalise(String text) {
		String folded = text.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		return Normalizer.normalize(folded, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\p{L}\\p{N} ]", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * What the focus-group rules need to know.
	 * @return never null
	 */
	public PersonFacts facts() {
		Integer sgbXiiChapter = switch (this.details.benefitBasis()) {
			case SGB_XII_CHAPTER_3 -> 3;
			case SGB_XII_CHAPTER_4 -> 4;
			default -> null;
		};
		return new PersonFacts(this.details.birthDate(), this.details.gender() == Gender.FEMALE,
				this.details.singleParent(), this.details.bornWithGermanCitizenship(),
				this.parentsOrigin.parentBornWithoutGermanCitizenship(), this.details.immigrationYear(),
				this.parentsOrigin.bothParentsImmigrated(), sgbXiiChapter, this.details.unemployedSince());
	}

	public ParticipantId id() {
		return new ParticipantId(this.id);
	}

	public Integer version() {
		return this.version;
	}

	public PersonalDetails details() {
		return this.details;
	}

	public ParentsOrigin parentsOrigin() {
		return this.parentsOrigin;
	}

	public UUID counsellorId() {
		return this.counsellorId;
	}

	public UUID responsibleUnitId() {
		return this.responsibleUnitId;
	}

	public ParticipantStatus status() {
		return this.status;
	}

	public LocalDate registeredOn() {
		return this.registeredOn;
	}

	/**
	 * @return may be null
	 */
	public LocalDate closedOn() {
		return this.closedOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Set<LanguageSkill> languages() {
		return this.languages;
	}

	public Set<Citizenship> citizenships() {
		return this.citizenships;
	}

	public List<ChildInHousehold> children() {
		return this.children;
	}

}
