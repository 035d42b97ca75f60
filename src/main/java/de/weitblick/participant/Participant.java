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

	/** Nobody finishes school or training younger than this. */
	private static final int MINIMUM_QUALIFICATION_AGE = 10;

	private static final int MINIMUM_COMMUTE = 5;

	/** Four hours one way is no longer a commute. */
	private static final int MAXIMUM_COMMUTE = 240;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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

	private LocalDate registeredOn;

	private LocalDate closedOn;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "participant_id")
	private Set<LanguageSkill> languages;

	@MappedCollection(idColumn = "participant_id")
	private Set<Citizenship> citizenships;

	@MappedCollection(idColumn = "participant_id", keyColumn = "position")
	private List<ChildInHousehold> children;

	@MappedCollection(idColumn = "participant_id", keyColumn = "position")
	private List<Qualification> qualifications;

	@MappedCollection(idColumn = "participant_id")
	private Set<OccupationInterest> occupationInterests;

	@MappedCollection(idColumn = "participant_id")
	private Set<AvailabilityWindow> availability;

	@MappedCollection(idColumn = "participant_id")
	private Set<DrivingLicence> drivingLicences;

	private Boolean ownVehicle;

	private Boolean usesPublicTransport;

	private Integer maximumCommuteMinutes;

	Participant(UUID id, Integer version, PersonalDetails details, ParentsOrigin parentsOrigin, String searchName,
			UUID counsellorId, UUID responsibleUnitId, ParticipantStatus status, LocalDate registeredOn,
			LocalDate closedOn, Instant createdAt, Instant updatedAt, Set<LanguageSkill> languages,
			Set<Citizenship> citizenships, List<ChildInHousehold> children, List<Qualification> qualifications,
			Set<OccupationInterest> occupationInterests, Set<AvailabilityWindow> availability,
			Set<DrivingLicence> drivingLicences, Boolean ownVehicle, Boolean usesPublicTransport,
			Integer maximumCommuteMinutes) {
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
		this.qualifications = List.copyOf(qualifications);
		this.occupationInterests = Set.copyOf(occupationInterests);
		this.availability = Set.copyOf(availability);
		this.drivingLicences = Set.copyOf(drivingLicences);
		this.ownVehicle = ownVehicle;
		this.usesPublicTransport = usesPublicTransport;
		this.maximumCommuteMinutes = maximumCommuteMinutes;
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
	public static Participant register(UUID id, ParticipantRecord record, UUID counsellorId, UUID responsibleUnitId,
			LocalDate today, Instant now) {
		check(record, today);
		WorkConstraints constraints = record.constraints();
		return new Participant(id, null, record.details(), record.parentsOrigin(), searchName(record.details()),
				counsellorId, responsibleUnitId, ParticipantStatus.ACTIVE, today, null, now, now, record.languages(),
				record.citizenships(), record.children(), record.qualifications(), record.occupationInterests(),
				constraints.availability(), licences(constraints), constraints.ownVehicle(),
				constraints.usesPublicTransport(), constraints.maximumCommuteMinutes());
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
		this.qualifications = List.copyOf(record.qualifications());
		this.occupationInterests = Set.copyOf(record.occupationInterests());
		WorkConstraints constraints = record.constraints();
		this.availability = Set.copyOf(constraints.availability());
		this.drivingLicences = licences(constraints);
		this.ownVehicle = constraints.ownVehicle();
		this.usesPublicTransport = constraints.usesPublicTransport();
		this.maximumCommuteMinutes = constraints.maximumCommuteMinutes();
		this.updatedAt = now;
	}

	/**
	 * Takes over what a second record of the same person held: the merged record replaces
	 * what this one knows, the earlier registration counts, and the case stays open if
	 * either was open. Public only for the merge ({@code participant.merge}), its one
	 * caller; no other module holds a {@code Participant} to change.
	 * @param merged what both records hold together, as the counsellor chose it
	 * @param other the record that is merged into this one, must not be null
	 * @throws RuleViolation when the merged record is not plausible
	 */
	public void absorb(ParticipantRecord merged, UUID counsellorId, UUID responsibleUnitId, Participant other,
			LocalDate today, Instant now) {
		change(merged, today, now);
		this.counsellorId = counsellorId;
		this.responsibleUnitId = responsibleUnitId;
		if (other.registeredOn.isBefore(this.registeredOn)) {
			this.registeredOn = other.registeredOn;
		}
		if (this.status == ParticipantStatus.CLOSED && other.status != ParticipantStatus.CLOSED) {
			this.status = other.status;
			this.closedOn = null;
		}
		else if (this.status == ParticipantStatus.CLOSED && other.closedOn != null
				&& other.closedOn.isAfter(this.closedOn)) {
			// The retention period runs from the later closing of the two.
			this.closedOn = other.closedOn;
		}
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

	private static Set<DrivingLicence> licences(WorkConstraints constraints) {
		return constraints.drivingLicences()
			.stream()
			.map(DrivingLicence::new)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private static void check(ParticipantRecord record, LocalDate today) {
		PersonalDetails details = record.details();
		LocalDate birthDate = details.birthDate();
		checkQualifications(record.qualifications(), birthDate, today);
		checkConstraints(record.constraints());
		for (OccupationInterest interest : record.occupationInterests()) {
			if (interest.kldbCode() == null || !interest.kldbCode().matches("[0-9]{1,3}")) {
				throw new RuleViolation("occupationInterests", "participant.rule.occupation-code",
						String.valueOf(interest.kldbCode()));
			}
		}
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

	private static void checkQualifications(List<Qualification> qualifications, LocalDate birthDate, LocalDate today) {
		for (Qualification qualification : qualifications) {
			if (qualification.level() == null) {
				throw new RuleViolation("qualifications", "participant.rule.qualification-level-required");
			}
			if (!qualification.level().isSchool() && qualification.title() == null) {
				throw new RuleViolation("qualifications", "participant.rule.qualification-title-required");
			}
			Integer year = qualification.yearObtained();
			if (year != null && (year > today.getYear() || year < birthDate.getYear() + MINIMUM_QUALIFICATION_AGE)) {
				throw new RuleViolation("qualifications", "participant.rule.qualification-year",
						birthDate.getYear() + MINIMUM_QUALIFICATION_AGE, today.getYear());
			}
			if (!COUNTRIES.contains(qualification.countryCode())) {
				throw new RuleViolation("qualifications", "participant.rule.qualification-country");
			}
			if (!qualification.isForeign() && (qualification.recognition() != null
					|| qualification.originalTitle() != null || qualification.referenceOccupation() != null)) {
				throw new RuleViolation("qualifications", "participant.rule.recognition-only-foreign");
			}
			if (qualification.level().isSchool() && qualification.referenceOccupation() != null) {
				throw new RuleViolation("qualifications", "participant.rule.reference-occupation-vocational");
			}
		}
	}

	private static void checkConstraints(WorkConstraints constraints) {
		for (AvailabilityWindow window : constraints.availability()) {
			if (window.dayOfWeek() == null || window.fromTime() == null || window.untilTime() == null
					|| !window.untilTime().isAfter(window.fromTime())) {
				throw new RuleViolation("availability", "participant.rule.availability-window");
			}
		}
		Integer commute = constraints.maximumCommuteMinutes();
		if (commute != null && (commute < MINIMUM_COMMUTE || commute > MAXIMUM_COMMUTE)) {
			throw new RuleViolation("maximumCommuteMinutes", "participant.rule.commute", MINIMUM_COMMUTE,
					MAXIMUM_COMMUTE);
		}
	}

	/**
	 * The name as the search compares it: lower case, umlauts written out, accents
	 * dropped, so that "Müller", "Mueller" and "MULLER" come close.
	 */
	public static String searchName(PersonalDetails details) {
		return normalise(details.familyName() + " " + details.givenNames());
	}

	/**
	 * Folds a name or a search term the way the search compares them.
	 * @param text must not be null
	 * @return lower case, umlauts written out, accents and punctuation dropped; never
	 * null
	 */
	public static String normalise(String text) {
		String plain = normalisePlain(text);
		if (plain != null) {
			return plain;
		}
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
	 * {@link #normalise} without regular expressions for a text of ASCII characters only,
	 * as most names are, which a referral import folds by the hundred thousand.
	 * @return null when the text holds another character
	 */
	private static String normalisePlain(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return null;
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (space && !folded.isEmpty()) {
					folded.append(' ');
				}
				folded.append(c);
				space = false;
			}
			else if (c >= 'A' && c <= 'Z') {
				if (space && !folded.isEmpty()) {
					folded.append(' ');
				}
				folded.append((char) (c + ('a' - 'A')));
				space = false;
			}
			else {
				space = true;
			}
		}
		return folded.toString();
	}

	/**
	 * @return the name as the search compares it, see
	 * {@link #searchName(PersonalDetails)}
	 */
	public String searchName() {
		return this.searchName;
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

	public List<Qualification> qualifications() {
		return this.qualifications;
	}

	public Set<OccupationInterest> occupationInterests() {
		return this.occupationInterests;
	}

	/**
	 * @return the KldB codes in order, never null
	 */
	public List<String> occupationCodes() {
		return this.occupationInterests.stream().map(OccupationInterest::kldbCode).sorted().toList();
	}

	/**
	 * @return availability and mobility, never null
	 */
	public WorkConstraints constraints() {
		return new WorkConstraints(this.availability,
				this.drivingLicences.stream()
					.map(DrivingLicence::licenceClass)
					.collect(java.util.stream.Collectors.toUnmodifiableSet()),
				this.ownVehicle, this.usesPublicTransport, this.maximumCommuteMinutes);
	}

	/**
	 * @return what the counsellor entered, as one record; never null
	 */
	public ParticipantRecord record() {
		return new ParticipantRecord(this.details, this.parentsOrigin, this.languages, this.citizenships, this.children,
				this.qualifications, this.occupationInterests, constraints());
	}

}
