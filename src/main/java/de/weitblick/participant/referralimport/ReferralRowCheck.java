package de.weitblick.participant.referralimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.CityDistrict;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;

/**
 * Turns one row of a referral list into a registration, or says, column by column, what
 * is wrong with it. Everything the database would refuse is caught here, so a chunk of
 * checked rows is stored whole. The aggregate's own rules (a birth date in the future,
 * unemployment before working age) are applied by {@link Participant#register}.
 */
public final class ReferralRowCheck {

	private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]{4,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;|/]");

	private static final Pattern LEVEL_SUFFIX = Pattern
		.compile("(?i)^(.*?)[\\s:(\\-]+(A1|A2|B1|B2|C1|C2|muttersprache|erstsprache|native|ms)\\)?$");

	private static final int MAXIMUM_NAME = 100;

	private static final int MAXIMUM_STREET = 200;

	private static final int MAXIMUM_CITY = 100;

	private static final int MAXIMUM_EMAIL = 200;

	/** The length of a counselling note ({@code case_note.text}). */
	static final int MAXIMUM_NOTE = 4000;

	private static final int MAXIMUM_CUSTOMER_NUMBER = 20;

	private static final int MAXIMUM_REMEMBERED = 10_000;

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	private static final Map<String, Gender> GENDERS = new HashMap<>();

	private static final Map<String, BenefitBasis> BENEFITS = new HashMap<>();

	private static final Map<String, Boolean> YES_NO = new HashMap<>();

	private static final Map<String, LanguageLevel> LEVELS = new HashMap<>();

	private static final Map<String, String> LANGUAGES = new HashMap<>();

	private static final Map<String, String> COUNTRIES = new HashMap<>();

	static {
		put(GENDERS, Gender.FEMALE, "w", "weiblich", "f", "female", "frau");
		put(GENDERS, Gender.MALE, "m", "maennlich", "male", "mann");
		put(GENDERS, Gender.DIVERSE, "d", "divers", "diverse", "x");
		put(GENDERS, Gender.NOT_STATED, "keine angabe", "k a", "ka", "ohne angabe", "u", "unbekannt", "not stated",
				"unknown");
		put(BENEFITS, BenefitBasis.SGB_II, "sgb ii", "sgb 2", "sgbii", "sgb2", "buergergeld", "grundsicherungsgeld",
				"alg ii", "alg 2");
		put(BENEFITS, BenefitBasis.SGB_III, "sgb iii", "sgb 3", "sgbiii", "sgb3", "alg", "alg i", "alg 1",
				"arbeitslosengeld");
		put(BENEFITS, BenefitBasis.SGB_XII_CHAPTER_3, "sgb xii kap 3", "sgb xii 3 kap", "sgb xii kapitel 3",
				"sgb xii 3 kapitel", "sgb xii 3", "sgb 12 kap 3", "sgb 12 3", "sgb xii chapter 3", "hlu",
				"hilfe zum lebensunterhalt");
		put(BENEFITS, BenefitBasis.SGB_XII_CHAPTER_4, "sgb xii kap 4", "sgb xii 4 kap", "sgb xii kapitel 4",
				"sgb xii 4 kapitel", "sgb xii 4", "sgb 12 kap 4", "sgb 12 4", "sgb xii chapter 4",
				"grundsicherung im alter und bei erwerbsminderung");
		put(BENEFITS, BenefitBasis.NONE, "keine", "none", "ohne", "keine leistung");
		put(YES_NO, Boolean.TRUE, "ja", "j", "yes", "y", "x", "1", "true", "wahr");
		put(YES_NO, Boolean.FALSE, "nein", "n", "no", "0", "false", "falsch");
		for (LanguageLevel level : LanguageLevel.values()) {
			LEVELS.put(level.name().toLowerCase(Locale.ROOT), level);
		}
		put(LEVELS, LanguageLevel.NATIVE, "muttersprache", "erstsprache", "ms");
		for (String code : Locale.getISOLanguages()) {
			Locale language = Locale.of(code);
			LANGUAGES.put(code, code);
			for (Locale in : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				LANGUAGES.putIfAbsent(Participant.normalise(language.getDisplayLanguage(in)), code);
			}
		}
		for (String code : Locale.getISOCountries()) {
			Locale country = Locale.of("", code);
			COUNTRIES.put(code.toLowerCase(Locale.ROOT), code);
			COUNTRIES.putIfAbsent(country.getISO3Country().toLowerCase(Locale.ROOT), code);
			for (Locale in : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				COUNTRIES.putIfAbsent(Participant.normalise(country.getDisplayCountry(in)), code);
			}
		}
	}

	private final LocalDate today;

	private final Instant now;

	private final StaffMember importer;

	private final Map<String, StaffMember> counsellorsByUsername = new HashMap<>();

	private final Map<String, List<StaffMember>> counsellorsByName = new HashMap<>();

	private final Map<String, String> districts = new HashMap<>();

	private final Pattern customerNumber;

	/**
	 * Normalised values already seen: a list repeats the same genders, districts and
	 * benefit bases thousands of times, and folding a value costs more than looking it
	 * up.
	 */
	private final Map<String, String> keys = new HashMap<>();

	private final Map<String, Set<LanguageSkill>> languageLists = new HashMap<>();

	/**
	 * @param today the day rows are checked against, must not be null
	 * @param now the time of registration, must not be null
	 * @param importer the counsellor who imports, responsible unless a row names another;
	 * must not be null
	 * @param counsellors the counsellors of the importer's team, never null
	 * @param districts the city's districts, never null
	 * @param customerNumber the form a customer number must have, must not be null
	 */
	public ReferralRowCheck(LocalDate today, Instant now, StaffMember importer, List<StaffMember> counsellors,
			List<CityDistrict> districts, Pattern customerNumber) {
		this.today = today;
		this.now = now;
		this.importer = importer;
		this.customerNumber = customerNumber;
		for (StaffMember counsellor : counsellors) {
			this.counsellorsByUsername.put(counsellor.username().toLowerCase(Locale.ROOT), counsellor);
			this.counsellorsByName
				.computeIfAbsent(Participant.normalise(counsellor.displayName()), k -> new ArrayList<>())
				.add(counsellor);
		}
		for (CityDistrict district : districts) {
			this.districts.put(district.code().toLowerCase(Locale.ROOT), district.code());
			this.districts.putIfAbsent(Participant.normalise(district.name()), district.code());
			if (district.code().chars().allMatch(Character::isDigit)) {
				this.districts.putIfAbsent(String.valueOf(Integer.parseInt(district.code())), district.code());
			}
		}
	}

	/**
	 * Checks one row.
	 * @param row must not be null
	 * @return the registration, or the findings that keep the row from being imported;
	 * never null
	 */
	public ReferralRow check(ReferralFile.Row row) {
		Findings findings = new Findings(row);
		if (row.fields() != row.expectedFields()) {
			findings.add(null, "participant.import.finding.field-count", row.fields(), row.expectedFields());
		}
		if (row.unnamedValues() > 0) {
			findings.add(null, "participant.import.finding.unnamed-column", row.unnamedValues());
		}
		String customerNumber = customerNumber(row, findings);
		String familyName = name(row, ReferralColumn.FAMILY_NAME, findings);
		String givenNames = name(row, ReferralColumn.GIVEN_NAMES, findings);
		LocalDate birthDate = date(row, ReferralColumn.BIRTH_DATE, findings);
		if (birthDate == null && row.value(ReferralColumn.BIRTH_DATE) == null) {
			findings.add(ReferralColumn.BIRTH_DATE, "participant.import.finding.required");
		}
		Gender gender = lookUp(row, ReferralColumn.GENDER, GENDERS, Gender.NOT_STATED,
				"participant.import.finding.gender", findings);
		String street = text(row, ReferralColumn.STREET, MAXIMUM_STREET, findings);
		String postalCode = postalCode(row, findings);
		String city = text(row, ReferralColumn.CITY, MAXIMUM_CITY, findings);
		String district = district(row, findings);
		String phone = matching(row, ReferralColumn.PHONE, PHONE, "participant.import.finding.phone", findings);
		String email = matching(row, ReferralColumn.EMAIL, EMAIL, "participant.import.finding.email", findings);
		if (email != null && email.length() > MAXIMUM_EMAIL) {
			findings.add(ReferralColumn.EMAIL, "participant.import.finding.too-long", MAXIMUM_EMAIL);
		}
		// The Jobcenter refers the people it pays benefits to under SGB II.
		BenefitBasis benefitBasis = lookUp(row, ReferralColumn.BENEFIT_BASIS, BENEFITS, BenefitBasis.SGB_II,
				"participant.import.finding.benefit-basis", findings);
		LocalDate unemployedSince = date(row, ReferralColumn.UNEMPLOYED_SINCE, findings);
		Set<LanguageSkill> languages = languages(row, findings);
		Set<Citizenship> citizenships = new LinkedHashSet<>();
		String citizenshipValue = row.value(ReferralColumn.CITIZENSHIPS);
		if (citizenshipValue != null) {
			for (String part : LIST_SEPARATOR.split(citizenshipValue)) {
				if (!part.isBlank()) {
					String code = country(part, ReferralColumn.CITIZENSHIPS, findings);
					if (code != null) {
						citizenships.add(new Citizenship(code));
					}
				}
			}
		}
		String countryOfBirth = (row.value(ReferralColumn.COUNTRY_OF_BIRTH) != null)
				? country(row.value(ReferralColumn.COUNTRY_OF_BIRTH), ReferralColumn.COUNTRY_OF_BIRTH, findings) : null;
		Boolean germanSinceBirth = lookUp(row, ReferralColumn.GERMAN_SINCE_BIRTH, YES_NO, null,
				"participant.import.finding.yes-no", findings);
		Integer immigrationYear = year(row, findings);
		LocalDate referredOn = date(row, ReferralColumn.REFERRAL_DATE, findings);
		if (referredOn != null && referredOn.isAfter(this.today)) {
			findings.add(ReferralColumn.REFERRAL_DATE, "participant.import.finding.referral-date-in-future");
		}
		StaffMember counsellor = counsellor(row, findings);
		String note = text(row, ReferralColumn.NOTE, MAXIMUM_NOTE, findings);
		if (!findings.isEmpty()) {
			return ReferralRow.invalid(row.number(), customerNumber, findings.list);
		}
		PersonalDetails details = new PersonalDetails(familyName, givenNames, birthDate, gender, street, postalCode,
				city, district, phone, email, germanSinceBirth, countryOfBirth, immigrationYear, false, benefitBasis,
				unemployedSince, ReferralSource.JOBCENTER);
		ParticipantRecord record = new ParticipantRecord(details, ParentsOrigin.UNKNOWN, languages, citizenships,
				List.of());
		try {
			Participant participant = Participant.register(TimeOrderedIds.next(), record, counsellor.id(),
					counsellor.unitId(), this.today, this.now);
			return new ReferralRow(row.number(), customerNumber, participant, participant.searchName(), referredOn,
					note, List.of(), List.of());
		}
		catch (RuleViolation violation) {
			findings.add(column(violation.field()), violation.messageKey(), violation.arguments());
			return ReferralRow.invalid(row.number(), customerNumber, findings.list);
		}
	}

	private String customerNumber(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.CUSTOMER_NUMBER);
		if (value == null) {
			findings.add(ReferralColumn.CUSTOMER_NUMBER, "participant.import.finding.required");
			return null;
		}
		String number = WHITESPACE.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
		if (number.length() > MAXIMUM_CUSTOMER_NUMBER || !this.customerNumber.matcher(number).matches()) {
			findings.add(ReferralColumn.CUSTOMER_NUMBER, "participant.import.finding.customer-number", value);
			return (number.length() <= MAXIMUM_CUSTOMER_NUMBER) ? number : null;
		}
		return number;
	}

	private static String name(ReferralFile.Row row, ReferralColumn column, Findings findings) {
		String value = row.value(column);
		if (value == null) {
			findings.add(column, "participant.import.finding.required");
			return null;
		}
		if (value.length() > MAXIMUM_NAME) {
			findings.add(column, "participant.import.finding.too-long", MAXIMUM_NAME);
		}
		else if (value.chars().noneMatch(Character::isLetter)) {
			findings.add(column, "participant.import.finding.name", value);
		}
		return value;
	}

	private static String text(ReferralFile.Row row, ReferralColumn column, int maximum, Findings findings) {
		String value = row.value(column);
		if (value != null && value.length() > maximum) {
			findings.add(column, "participant.import.finding.too-long", maximum);
		}
		return value;
	}

	private static String matching(ReferralFile.Row row, ReferralColumn column, Pattern pattern, String messageKey,
			Findings findings) {
		String value = row.value(column);
		if (value != null && !pattern.matcher(value).matches()) {
			findings.add(column, messageKey, value);
		}
		return value;
	}

	private static String postalCode(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.POSTAL_CODE);
		if (value == null) {
			return null;
		}
		String code = value.replace(" ", "");
		// A spreadsheet that took the postal code for a number dropped its leading zero.
		if (code.length() == 4 && code.chars().allMatch(Character::isDigit)) {
			code = "0" + code;
		}
		if (!POSTAL_CODE.matcher(code).matches()) {
			findings.add(ReferralColumn.POSTAL_CODE, "participant.import.finding.postal-code", value);
		}
		return code;
	}

	private String district(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.DISTRICT);
		if (value == null) {
			return null;
		}
		String code = this.districts.get(value.toLowerCase(Locale.ROOT));
		if (code == null) {
			code = this.districts.get(key(value));
		}
		if (code == null) {
			findings.add(ReferralColumn.DISTRICT, "participant.import.finding.district", value);
		}
		return code;
	}

	/**
	 * A date as German offices write it (31.01.1990, 1.2.1990) or in ISO form
	 * (1990-01-31). A two-digit year is refused: 05 could be 1905 or 2005.
	 */
	LocalDate date(ReferralFile.Row row, ReferralColumn column, Findings findings) {
		String value = row.value(column);
		if (value == null) {
			return null;
		}
		int day;
		int month;
		int year;
		Matcher german = GERMAN_DATE.matcher(value);
		Matcher iso = ISO_DATE.matcher(value);
		if (german.matches()) {
			if (german.group(3).length() != 4) {
				findings.add(column, "participant.import.finding.date-year", value);
				return null;
			}
			day = Integer.parseInt(german.group(1));
			month = Integer.parseInt(german.group(2));
			year = Integer.parseInt(german.group(3));
		}
		else if (iso.matches()) {
			year = Integer.parseInt(iso.group(1));
			month = Integer.parseInt(iso.group(2));
			day = Integer.parseInt(iso.group(3));
		}
		else {
			findings.add(column, "participant.import.finding.date-format", value);
			return null;
		}
		try {
			LocalDate date = LocalDate.of(year, month, day);
			if (date.getYear() < 1900) {
				findings.add(column, "participant.import.finding.date-too-early", value);
				return null;
			}
			return date;
		}
		catch (DateTimeException ex) {
			findings.add(column, "participant.import.finding.date-impossible", value);
			return null;
		}
	}

	private <T> T lookUp(ReferralFile.Row row, ReferralColumn column, Map<String, T> values, T otherwise,
			String messageKey, Findings findings) {
		String value = row.value(column);
		if (value == null) {
			return otherwise;
		}
		T found = values.get(key(value));
		if (found == null) {
			findings.add(column, messageKey, value);
			return otherwise;
		}
		return found;
	}

	private Set<LanguageSkill> languages(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.LANGUAGES);
		if (value == null) {
			return Set.of();
		}
		Set<LanguageSkill> known = this.languageLists.get(value);
		if (known != null) {
			return known;
		}
		Map<String, LanguageSkill> skills = new LinkedHashMap<>();
		int before = findings.list.size();
		for (String part : LIST_SEPARATOR.split(value)) {
			String entry = part.strip();
			if (entry.isEmpty()) {
				continue;
			}
			Matcher withLevel = LEVEL_SUFFIX.matcher(entry);
			if (!withLevel.matches()) {
				findings.add(ReferralColumn.LANGUAGES, "participant.import.finding.language-level", entry);
				continue;
			}
			String code = LANGUAGES.get(key(withLevel.group(1)));
			if (code == null) {
				findings.add(ReferralColumn.LANGUAGES, "participant.import.finding.language", entry);
				continue;
			}
			LanguageLevel level = LEVELS.get(withLevel.group(2).toLowerCase(Locale.ROOT));
			if (skills.putIfAbsent(code, new LanguageSkill(code, level)) != null) {
				findings.add(ReferralColumn.LANGUAGES, "participant.import.finding.language-twice", entry);
			}
		}
		Set<LanguageSkill> parsed = Set.copyOf(skills.values());
		if (findings.list.size() == before && this.languageLists.size() < MAXIMUM_REMEMBERED) {
			this.languageLists.put(value, parsed);
		}
		return parsed;
	}

	private String key(String value) {
		String key = this.keys.get(value);
		if (key == null) {
			key = Participant.normalise(value);
			if (this.keys.size() < MAXIMUM_REMEMBERED) {
				this.keys.put(value, key);
			}
		}
		return key;
	}

	private String country(String value, ReferralColumn column, Findings findings) {
		String code = COUNTRIES.get(key(value));
		if (code == null) {
			findings.add(column, "participant.import.finding.country", value.strip());
		}
		return code;
	}

	private static Integer year(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.IMMIGRATION_YEAR);
		if (value == null) {
			return null;
		}
		if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 1900) {
			findings.add(ReferralColumn.IMMIGRATION_YEAR, "participant.import.finding.year", value);
			return null;
		}
		return Integer.parseInt(value);
	}

	private StaffMember counsellor(ReferralFile.Row row, Findings findings) {
		String value = row.value(ReferralColumn.COUNSELLOR);
		if (value == null) {
			return this.importer;
		}
		StaffMember byUsername = this.counsellorsByUsername.get(value.toLowerCase(Locale.ROOT));
		if (byUsername != null) {
			return byUsername;
		}
		List<StaffMember> byName = this.counsellorsByName.getOrDefault(Participant.normalise(value), List.of());
		if (byName.size() == 1) {
			return byName.get(0);
		}
		findings.add(ReferralColumn.COUNSELLOR, byName.isEmpty() ? "participant.import.finding.counsellor"
				: "participant.import.finding.counsellor-ambiguous", value);
		return this.importer;
	}

	private static ReferralColumn column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "birthDate" -> ReferralColumn.BIRTH_DATE;
			case "unemployedSince" -> ReferralColumn.UNEMPLOYED_SINCE;
			case "immigrationYear" -> ReferralColumn.IMMIGRATION_YEAR;
			default -> null;
		};
	}

	private static <T> void put(Map<String, T> map, T value, String... keys) {
		for (String key : keys) {
			map.put(Participant.normalise(key), value);
		}
	}

	/**
	 * What is wrong with a row, in the order of its columns.
	 */
	static final class Findings {

		private final ReferralFile.Row row;

		private final List<ReferralImportFinding> list = new ArrayList<>();

		Findings(ReferralFile.Row row) {
			this.row = row;
		}

		void add(ReferralColumn column, String messageKey, Object... arguments) {
			String customerNumber = this.row.value(ReferralColumn.CUSTOMER_NUMBER);
			if (customerNumber != null && customerNumber.length() > MAXIMUM_CUSTOMER_NUMBER) {
				customerNumber = customerNumber.substring(0, MAXIMUM_CUSTOMER_NUMBER);
			}
			this.list
				.add(ReferralImportFinding.invalid(this.row.number(), customerNumber, column, messageKey, arguments));
		}

		boolean isEmpty() {
			return this.list.isEmpty();
		}

	}

	/**
	 * A checked row: a registration ready to be stored, or what is wrong with it.
	 *
	 * @param number the row in the file
	 * @param customerNumber as normalised (no spaces, upper case), may be null
	 * @param participant the new case file, null when the row has findings
	 * @param searchName the name as the search compares it, null when the row has
	 * findings
	 * @param referredOn may be null
	 * @param note the referral's remark, may be null
	 * @param findings never null, empty for a registration
	 * @param focusGroups the periods to store for the lists, never null
	 */
	public record ReferralRow(int number, String customerNumber, Participant participant, String searchName,
			LocalDate referredOn, String note, List<ReferralImportFinding> findings,
			List<MembershipPeriod> focusGroups) {

		static ReferralRow invalid(int number, String customerNumber, List<ReferralImportFinding> findings) {
			return new ReferralRow(number, customerNumber, null, null, null, null, List.copyOf(findings), List.of());
		}

		/**
		 * @return this registration with its focus-group periods
		 */
		ReferralRow with(FocusGroupClassifier classifier) {
			return valid()
					? new ReferralRow(this.number, this.customerNumber, this.participant, this.searchName,
							this.referredOn, this.note, this.findings, classifier
								.membershipPeriods(this.participant.facts(), this.participant.details().birthDate()))
					: this;
		}

		public boolean valid() {
			return this.participant != null;
		}

		UUID id() {
			return this.participant.id().id();
		}

	}

}
