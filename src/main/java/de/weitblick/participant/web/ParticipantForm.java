package de.weitblick.participant.web;

import java.time.LocalDate;
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

import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;

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
		return new ParticipantRecord(details, parents, languages, citizenshipSet, children);
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

	public boolean isConfirmedNoDuplicate() {
		return this.confirmedNoDuplicate;
	}

	public void setConfirmedNoDuplicate(boolean confirmedNoDuplicate) {
		this.confirmedNoDuplicate = confirmedNoDuplicate;
	}

}
