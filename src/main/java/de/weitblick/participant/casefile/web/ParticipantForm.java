package de.weitblick.participant.casefile.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.weitblick.participant.AvailabilityWindow;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.DrivingLicenceClass;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.Qualification;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration and edit form of a case file. Never bound to the aggregate: it checks
 * what a person typed and turns it into a {@link ParticipantRecord}.
 */
public class ParticipantForm {

	/** Rows of the language table on the form. */
	static final int LANGUAGE_ROWS = 4;

	/** Citizenships a form can take; more than three are very rare. */
	static final int CITIZENSHIP_FIELDS = 3;

	/** The weekdays the availability is asked for, in the form's order. */
	static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm");

	@NotBlank(message = "{participant.validation.family-name}")
	@Size(max = 100, message = "{participant.validation.too-long}")
	private String familyName;

	@NotBlank(message = "{participant.validation.given-names}")
	@Size(max = 100, message = "{participant.validation.too-long}")
	private String givenNames;

	@NotNull(message = "{participant.validation.birth-date}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotNull(message = "{participant.validation.gender}")
	private Gender gender = Gender.NOT_STATED;

	@Size(max = 200, message = "{participant.validation.too-long}")
	private String street;

	@Pattern(regexp = "^$|^[0-9]{5}$", message = "{participant.validation.postal-code}")
	private String postalCode;

	@Size(max = 100, message = "{participant.validation.too-long}")
	private String city = "Kassel";

	private String districtCode;

	@Pattern(regexp = "^$|^[+0-9 ()/-]{4,40}$", message = "{participant.validation.phone}")
	private String phone;

	@Email(message = "{participant.validation.email}")
	@Size(max = 200, message = "{participant.validation.too-long}")
	private String email;

	private Boolean bornWithGermanCitizenship;

	private String countryOfBirth;

	@Min(value = 1900, message = "{participant.validation.year}")
	@Max(value = 2100, message = "{participant.validation.year}")
	private Integer immigrationYear;

	private List<String> citizenships = new ArrayList<>(List.of("", "", ""));

	private List<String> languageCodes = new ArrayList<>(List.of("", "", "", ""));

	private List<LanguageLevel> languageLevels = new ArrayList<>(java.util.Arrays.asList(null, null, null, null));

	private boolean consentToParentsOrigin;

	private String motherCountryOfBirth;

	private String fatherCountryOfBirth;

	private Boolean parentBornWithoutGermanCitizenship;

	private Boolean bothParentsImmigrated;

	private boolean singleParent;

	@Pattern(regexp = "^$|^\\s*[0-9]{4}(\\s*[,; ]\\s*[0-9]{4})*\\s*$", message = "{participant.validation.children}")
	private String childrenBirthYears;

	@NotNull(message = "{participant.validation.benefit-basis}")
	private BenefitBasis benefitBasis = BenefitBasis.NONE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate unemployedSince;

	@NotNull(message = "{participant.validation.referral-source}")
	private ReferralSource referralSource;

	private UUID counsellorId;

	private int version;

	private boolean confirmedNoDuplicate;

	@jakarta.validation.Valid
	private List<QualificationRow> qualifications = new ArrayList<>(
			List.of(new QualificationRow(), new QualificationRow()));

	private List<String> occupationInterests = new ArrayList<>(List.of("", "", ""));

	/** The first time of day the person can work, per weekday from Monday, as HH:mm. */
	private List<String> availableFrom = new ArrayList<>(java.util.Collections.nCopies(DAYS.size(), ""));

	/** The last time of day, per weekday. */
	private List<String> availableUntil = new ArrayList<>(java.util.Collections.nCopies(DAYS.size(), ""));

	private Set<DrivingLicenceClass> drivingLicences = new LinkedHashSet<>();

	private Boolean ownVehicle;

	private Boolean usesPublicTransport;

	@Min(value = 5, message = "{participant.validation.commute}")
	@Max(value = 240, message = "{participant.validation.commute}")
	private Integer maximumCommuteMinutes;

	@AssertTrue(message = "{participant.validation.country}")
	public boolean isCountriesValid() {
		List<String> codes = new ArrayList<>(this.citizenships);
		codes.add(this.countryOfBirth);
		codes.add(this.motherCountryOfBirth);
		codes.add(this.fatherCountryOfBirth);
		return codes.stream().filter(code -> code != null && !code.isBlank()).allMatch(ReferenceLists::isCountry);
	}

	@AssertTrue(message = "{participant.validation.language}")
	public boolean isLanguagesValid() {
		for (int row = 0; row < this.languageCodes.size(); row++) {
			String code = this.languageCodes.get(row);
			LanguageLevel level = (row < this.languageLevels.size()) ? this.languageLevels.get(row) : null;
			boolean hasCode = code != null && !code.isBlank();
			if (hasCode != (level != null) || (hasCode && !ReferenceLists.isLanguage(code))) {
				return false;
			}
		}
		return true;
	}

	@AssertTrue(message = "{participant.validation.qualification-country}")
	public boolean isQualificationCountriesValid() {
		return this.qualifications.stream()
			.filter(row -> row != null && !row.isEmpty())
			.map(QualificationRow::getCountryCode)
			.allMatch(code -> code == null || code.isBlank() || ReferenceLists.isCountry(code));
	}

	@AssertTrue(message = "{participant.validation.availability}")
	public boolean isAvailabilityValid() {
		for (int day = 0; day < DAYS.size(); day++) {
			String from = at(this.availableFrom, day);
			String until = at(this.availableUntil, day);
			if (from.isEmpty() != until.isEmpty() || (!from.isEmpty() && (time(from) == null || time(until) == null))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return what the form says, as the module takes it
	 */
	ParticipantRecord toRecord() {
		PersonalDetails details = new PersonalDetails(this.familyName.strip(), this.givenNames.strip(), this.birthDate,
				this.gender, blankToNull(this.street), blankToNull(this.postalCode), blankToNull(this.city),
				blankToNull(this.districtCode), blankToNull(this.phone), blankToNull(this.email),
				this.bornWithGermanCitizenship, blankToNull(this.countryOfBirth), this.immigrationYear,
				this.singleParent, this.benefitBasis, this.unemployedSince, this.referralSource);
		ParentsOrigin parents = this.consentToParentsOrigin
				? new ParentsOrigin(blankToNull(this.motherCountryOfBirth), blankToNull(this.fatherCountryOfBirth),
						this.parentBornWithoutGermanCitizenship, this.bothParentsImmigrated)
				: ParentsOrigin.UNKNOWN;
		Set<LanguageSkill> languages = new LinkedHashSet<>();
		for (int row = 0; row < this.languageCodes.size(); row++) {
			String code = this.languageCodes.get(row);
			if (code != null && !code.isBlank() && row < this.languageLevels.size()) {
				languages.add(new LanguageSkill(code, this.languageLevels.get(row)));
			}
		}
		Set<Citizenship> citizenshipSet = new LinkedHashSet<>();
		this.citizenships.stream()
			.filter(code -> code != null && !code.isBlank())
			.forEach(code -> citizenshipSet.add(new Citizenship(code)));
		List<ChildInHousehold> children = new ArrayList<>();
		if (this.childrenBirthYears != null && !this.childrenBirthYears.isBlank()) {
			for (String year : this.childrenBirthYears.strip().split("\\s*[,; ]\\s*")) {
				children.add(new ChildInHousehold(Integer.parseInt(year)));
			}
		}
		List<Qualification> qualificationList = this.qualifications.stream()
			.filter(row -> row != null && !row.isEmpty())
			.map(QualificationRow::toQualification)
			.toList();
		Set<OccupationInterest> interests = new LinkedHashSet<>();
		this.occupationInterests.stream()
			.filter(text -> text != null && !text.isBlank())
			.map(ParticipantForm::occupationCode)
			.forEach(code -> interests.add(new OccupationInterest(code)));
		Set<AvailabilityWindow> windows = new LinkedHashSet<>();
		for (int day = 0; day < DAYS.size(); day++) {
			LocalTime from = time(at(this.availableFrom, day));
			LocalTime until = time(at(this.availableUntil, day));
			if (from != null && until != null) {
				windows.add(new AvailabilityWindow(DAYS.get(day), from, until));
			}
		}
		WorkConstraints constraints = new WorkConstraints(windows, this.drivingLicences, this.ownVehicle,
				this.usesPublicTransport, this.maximumCommuteMinutes);
		return new ParticipantRecord(details, parents, languages, citizenshipSet, children, qualificationList,
				interests, constraints);
	}

	/**
	 * The code of what was typed or picked in an occupation field: the selection offers
	 * "code title", a person may type the code alone; anything else is passed on as it is
	 * and refused with its text named.
	 */
	static String occupationCode(String text) {
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("^\\s*([0-9]+)(\\s.*)?$").matcher(text);
		return code.matches() ? code.group(1) : text.strip();
	}

	private static String at(List<String> values, int index) {
		String value = (index < values.size()) ? values.get(index) : null;
		return (value != null) ? value.strip() : "";
	}

	private static LocalTime time(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip(), TIME);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A form filled with what is stored, for editing.
	 */
	static ParticipantForm of(Participant participant, boolean consentToParentsOrigin) {
		ParticipantForm form = new ParticipantForm();
		PersonalDetails details = participant.details();
		form.familyName = details.familyName();
		form.givenNames = details.givenNames();
		form.birthDate = details.birthDate();
		form.gender = details.gender();
		form.street = details.street();
		form.postalCode = details.postalCode();
		form.city = details.city();
		form.districtCode = details.districtCode();
		form.phone = details.phone();
		form.email = details.email();
		form.bornWithGermanCitizenship = details.bornWithGermanCitizenship();
		form.countryOfBirth = details.countryOfBirth();
		form.immigrationYear = details.immigrationYear();
		form.singleParent = details.singleParent();
		form.benefitBasis = details.benefitBasis();
		form.unemployedSince = details.unemployedSince();
		form.referralSource = details.referralSource();
		form.consentToParentsOrigin = consentToParentsOrigin;
		form.motherCountryOfBirth = participant.parentsOrigin().motherCountryOfBirth();
		form.fatherCountryOfBirth = participant.parentsOrigin().fatherCountryOfBirth();
		form.parentBornWithoutGermanCitizenship = participant.parentsOrigin().parentBornWithoutGermanCitizenship();
		form.bothParentsImmigrated = participant.parentsOrigin().bothParentsImmigrated();
		List<String> citizenshipCodes = participant.citizenships()
			.stream()
			.map(Citizenship::countryCode)
			.sorted()
			.toList();
		for (int i = 0; i < Math.min(CITIZENSHIP_FIELDS, citizenshipCodes.size()); i++) {
			form.citizenships.set(i, citizenshipCodes.get(i));
		}
		List<LanguageSkill> skills = participant.languages()
			.stream()
			.sorted(java.util.Comparator.comparing(LanguageSkill::level).reversed())
			.toList();
		for (int i = 0; i < Math.min(LANGUAGE_ROWS, skills.size()); i++) {
			form.languageCodes.set(i, skills.get(i).languageCode());
			form.languageLevels.set(i, skills.get(i).level());
		}
		form.childrenBirthYears = String.join(", ",
				participant.children().stream().map(child -> String.valueOf(child.birthYear())).toList());
		form.counsellorId = participant.counsellorId();
		form.version = participant.version();
		form.qualifications = new ArrayList<>(participant.qualifications().stream().map(QualificationRow::of).toList());
		form.qualifications.add(new QualificationRow());
		while (form.qualifications.size() < 2) {
			form.qualifications.add(new QualificationRow());
		}
		form.occupationInterests = new ArrayList<>(participant.occupationCodes());
		while (form.occupationInterests.size() < 3
				|| form.occupationInterests.size() <= participant.occupationCodes().size()) {
			form.occupationInterests.add("");
		}
		WorkConstraints constraints = participant.constraints();
		for (AvailabilityWindow window : constraints.availabilityInOrder()) {
			int day = DAYS.indexOf(window.dayOfWeek());
			// The form has one window per day; further ones from the API stay as the
			// first.
			if (at(form.availableFrom, day).isEmpty()) {
				form.availableFrom.set(day, TIME.format(window.fromTime()));
				form.availableUntil.set(day, TIME.format(window.untilTime()));
			}
		}
		form.drivingLicences = new LinkedHashSet<>(constraints.drivingLicencesInOrder());
		form.ownVehicle = constraints.ownVehicle();
		form.usesPublicTransport = constraints.usesPublicTransport();
		form.maximumCommuteMinutes = constraints.maximumCommuteMinutes();
		return form;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	// Accessors for data binding.

	public String getFamilyName() {
		return this.familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getGivenNames() {
		return this.givenNames;
	}

	public void setGivenNames(String givenNames) {
		this.givenNames = givenNames;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getDistrictCode() {
		return this.districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Boolean getBornWithGermanCitizenship() {
		return this.bornWithGermanCitizenship;
	}

	public void setBornWithGermanCitizenship(Boolean bornWithGermanCitizenship) {
		this.bornWithGermanCitizenship = bornWithGermanCitizenship;
	}

	public String getCountryOfBirth() {
		return this.countryOfBirth;
	}

	public void setCountryOfBirth(String countryOfBirth) {
		this.countryOfBirth = countryOfBirth;
	}

	public Integer getImmigrationYear() {
		return this.immigrationYear;
	}

	public void setImmigrationYear(Integer immigrationYear) {
		this.immigrationYear = immigrationYear;
	}

	public List<String> getCitizenships() {
		return this.citizenships;
	}

	public void setCitizenships(List<String> citizenships) {
		this.citizenships = citizenships;
	}

	public List<String> getLanguageCodes() {
		return this.languageCodes;
	}

	public void setLanguageCodes(List<String> languageCodes) {
		this.languageCodes = languageCodes;
	}

	public List<LanguageLevel> getLanguageLevels() {
		return this.languageLevels;
	}

	public void setLanguageLevels(List<LanguageLevel> languageLevels) {
		this.languageLevels = languageLevels;
	}

	public boolean isConsentToParentsOrigin() {
		return this.consentToParentsOrigin;
	}

	public void setConsentToParentsOrigin(boolean consentToParentsOrigin) {
		this.consentToParentsOrigin = consentToParentsOrigin;
	}

	public String getMotherCountryOfBirth() {
		return this.motherCountryOfBirth;
	}

	public void setMotherCountryOfBirth(String motherCountryOfBirth) {
		this.motherCountryOfBirth = motherCountryOfBirth;
	}

	public String getFatherCountryOfBirth() {
		return this.fatherCountryOfBirth;
	}

	public void setFatherCountryOfBirth(String fatherCountryOfBirth) {
		this.fatherCountryOfBirth = fatherCountryOfBirth;
	}

	public Boolean getParentBornWithoutGermanCitizenship() {
		return this.parentBornWithoutGermanCitizenship;
	}

	public void setParentBornWithoutGermanCitizenship(Boolean parentBornWithoutGermanCitizenship) {
		this.parentBornWithoutGermanCitizenship = parentBornWithoutGermanCitizenship;
	}

	public Boolean getBothParentsImmigrated() {
		return this.bothParentsImmigrated;
	}

	public void setBothParentsImmigrated(Boolean bothParentsImmigrated) {
		this.bothParentsImmigrated = bothParentsImmigrated;
	}

	public boolean isSingleParent() {
		return this.singleParent;
	}

	public void setSingleParent(boolean singleParent) {
		this.singleParent = singleParent;
	}

	public String getChildrenBirthYears() {
		return this.childrenBirthYears;
	}

	public void setChildrenBirthYears(String childrenBirthYears) {
		this.childrenBirthYears = childrenBirthYears;
	}

	public BenefitBasis getBenefitBasis() {
		return this.benefitBasis;
	}

	public void setBenefitBasis(BenefitBasis benefitBasis) {
		this.benefitBasis = benefitBasis;
	}

	public LocalDate getUnemployedSince() {
		return this.unemployedSince;
	}

	public void setUnemployedSince(LocalDate unemployedSince) {
		this.unemployedSince = unemployedSince;
	}

	public ReferralSource getReferralSource() {
		return this.referralSource;
	}

	public void setReferralSource(ReferralSource referralSource) {
		this.referralSource = referralSource;
	}

	public UUID getCounsellorId() {
		return this.counsellorId;
	}

	public void setCounsellorId(UUID counsellorId) {
		this.counsellorId = counsellorId;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public List<QualificationRow> getQualifications() {
		return this.qualifications;
	}

	public void setQualifications(List<QualificationRow> qualifications) {
		this.qualifications = qualifications;
	}

	public List<String> getOccupationInterests() {
		return this.occupationInterests;
	}

	public void setOccupationInterests(List<String> occupationInterests) {
		this.occupationInterests = occupationInterests;
	}

	public List<String> getAvailableFrom() {
		return this.availableFrom;
	}

	public void setAvailableFrom(List<String> availableFrom) {
		this.availableFrom = availableFrom;
	}

	public List<String> getAvailableUntil() {
		return this.availableUntil;
	}

	public void setAvailableUntil(List<String> availableUntil) {
		this.availableUntil = availableUntil;
	}

	public Set<DrivingLicenceClass> getDrivingLicences() {
		return this.drivingLicences;
	}

	public void setDrivingLicences(Set<DrivingLicenceClass> drivingLicences) {
		this.drivingLicences = drivingLicences;
	}

	public Boolean getOwnVehicle() {
		return this.ownVehicle;
	}

	public void setOwnVehicle(Boolean ownVehicle) {
		this.ownVehicle = ownVehicle;
	}

	public Boolean getUsesPublicTransport() {
		return this.usesPublicTransport;
	}

	public void setUsesPublicTransport(Boolean usesPublicTransport) {
		this.usesPublicTransport = usesPublicTransport;
	}

	public Integer getMaximumCommuteMinutes() {
		return this.maximumCommuteMinutes;
	}

	public void setMaximumCommuteMinutes(Integer maximumCommuteMinutes) {
		this.maximumCommuteMinutes = maximumCommuteMinutes;
	}

	public boolean isConfirmedNoDuplicate() {
		return this.confirmedNoDuplicate;
	}

	public void setConfirmedNoDuplicate(boolean confirmedNoDuplicate) {
		this.confirmedNoDuplicate = confirmedNoDuplicate;
	}

}
