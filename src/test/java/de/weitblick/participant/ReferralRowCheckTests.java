package de.weitblick.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralColumn;
import de.weitblick.participant.referralimport.ReferralFile;
import de.weitblick.participant.referralimport.ReferralImportFinding;
import de.weitblick.participant.referralimport.ReferralImportOutcome;
import de.weitblick.participant.referralimport.ReferralRowCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each row of a referral list either becomes a plausible registration or is named in the
 * report with the column and a reason a counsellor can act on.
 */
class ReferralRowCheckTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final UUID TEAM = UUID.randomUUID();

	static final StaffMember IMPORTER = new StaffMember(UUID.randomUUID(), "fachkraft", "Fachkraft Beispiel",
			Role.COUNSELLOR, TEAM);

	static final StaffMember COLLEAGUE = new StaffMember(UUID.randomUUID(), "kollegin", "Kim Kollegin", Role.COUNSELLOR,
			TEAM);

	private final ReferralRowCheck check = new ReferralRowCheck(TODAY, Instant.parse("2026-11-25T10:00:00Z"), IMPORTER,
			List.of(IMPORTER, COLLEAGUE), List.of(new CityDistrict("01", "Mitte"), new CityDistrict("14", "Wesertor")),
			Pattern.compile("[0-9A-Z]{6,20}"));

	@Test
	void aCompleteRowBecomesARegistrationInTheImportersTeam() {
		ReferralRowCheck.ReferralRow row = this.check.check(row(Map.of(ReferralColumn.GENDER, "w",
				ReferralColumn.DISTRICT, "wesertor", ReferralColumn.LANGUAGES, "ar Muttersprache, Deutsch B1",
				ReferralColumn.CITIZENSHIPS, "SY, Deutschland", ReferralColumn.COUNTRY_OF_BIRTH, "Syrien",
				ReferralColumn.UNEMPLOYED_SINCE, "1.2.2024", ReferralColumn.BENEFIT_BASIS, "SGB XII Kap. 3",
				ReferralColumn.POSTAL_CODE, "1067", ReferralColumn.REFERRAL_DATE, "2026-11-03")));

		assertThat(row.findings()).isEmpty();
		Participant participant = row.participant();
		PersonalDetails details = participant.details();
		assertThat(row.customerNumber()).isEqualTo("962D100001");
		assertThat(details.birthDate()).isEqualTo(LocalDate.of(1990, 1, 3));
		assertThat(details.gender()).isEqualTo(Gender.FEMALE);
		assertThat(details.districtCode()).isEqualTo("14");
		assertThat(details.postalCode()).isEqualTo("01067");
		assertThat(details.benefitBasis()).isEqualTo(BenefitBasis.SGB_XII_CHAPTER_3);
		assertThat(details.unemployedSince()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(details.countryOfBirth()).isEqualTo("SY");
		assertThat(details.referralSource()).isEqualTo(ReferralSource.JOBCENTER);
		assertThat(participant.languages()).containsExactlyInAnyOrder(new LanguageSkill("ar", LanguageLevel.NATIVE),
				new LanguageSkill("de", LanguageLevel.B1));
		assertThat(participant.citizenships()).containsExactlyInAnyOrder(new Citizenship("SY"), new Citizenship("DE"));
		assertThat(participant.counsellorId()).isEqualTo(IMPORTER.id());
		assertThat(participant.responsibleUnitId()).isEqualTo(TEAM);
		assertThat(row.referredOn()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	@Test
	void aColleagueNamedInTheRowTakesTheCase() {
		assertThat(
				this.check.check(row(Map.of(ReferralColumn.COUNSELLOR, "Kim Kollegin"))).participant().counsellorId())
			.isEqualTo(COLLEAGUE.id());
		assertThat(this.check.check(row(Map.of(ReferralColumn.COUNSELLOR, "KOLLEGIN"))).participant().counsellorId())
			.isEqualTo(COLLEAGUE.id());
		assertThat(this.check.check(row(Map.of(ReferralColumn.COUNSELLOR, "jemand-anderes"))).findings())
			.extracting(ReferralImportFinding::messageKey)
			.containsExactly("participant.import.finding.counsellor");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			BIRTH_DATE       | 31.02.1988      | participant.import.finding.date-impossible
			BIRTH_DATE       | 3.1.90          | participant.import.finding.date-year
			BIRTH_DATE       | im Januar       | participant.import.finding.date-format
			BIRTH_DATE       | 01.01.2030      | participant.rule.birth-date-in-future
			UNEMPLOYED_SINCE | 01.01.1995      | participant.rule.unemployed-since-before-working-age
			DISTRICT         | Atlantis        | participant.import.finding.district
			BENEFIT_BASIS    | Hartz           | participant.import.finding.benefit-basis
			GENDER           | q               | participant.import.finding.gender
			POSTAL_CODE      | 341             | participant.import.finding.postal-code
			EMAIL            | anna(at)example | participant.import.finding.email
			LANGUAGES        | de              | participant.import.finding.language-level
			LANGUAGES        | Klingonisch B2  | participant.import.finding.language
			CITIZENSHIPS     | Atlantis        | participant.import.finding.country
			CUSTOMER_NUMBER  | 12#4            | participant.import.finding.customer-number
			REFERRAL_DATE    | 24.12.2026      | participant.import.finding.referral-date-in-future
			IMMIGRATION_YEAR | 89              | participant.import.finding.year
			GERMAN_SINCE_BIRTH | vielleicht    | participant.import.finding.yes-no
			""")
	void aBadValueIsNamedWithItsColumnAndTheRowIsNotRegistered(ReferralColumn column, String value, String reason) {
		ReferralRowCheck.ReferralRow row = this.check.check(row(Map.of(column, value)));

		assertThat(row.valid()).isFalse();
		assertThat(row.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.row()).isEqualTo(2);
			assertThat(finding.column()).isEqualTo(column);
			assertThat(finding.messageKey()).isEqualTo(reason);
			assertThat(finding.outcome()).isEqualTo(ReferralImportOutcome.INVALID);
		});
	}

	@Test
	void everyMissingRequiredValueIsNamed() {
		Map<ReferralColumn, String> values = new EnumMap<>(ReferralColumn.class);
		values.put(ReferralColumn.FAMILY_NAME, "Weber");
		ReferralRowCheck.ReferralRow row = this.check.check(new ReferralFile.Row(7, values, 4, 4));

		assertThat(row.findings()).extracting(ReferralImportFinding::column)
			.containsExactly(ReferralColumn.CUSTOMER_NUMBER, ReferralColumn.GIVEN_NAMES, ReferralColumn.BIRTH_DATE);
		assertThat(row.findings()).allSatisfy(finding -> assertThat(finding.row()).isEqualTo(7));
	}

	@Test
	void aRowWithMoreOrFewerFieldsThanTheHeaderIsReported() {
		ReferralRowCheck.ReferralRow row = this.check.check(new ReferralFile.Row(4, row(Map.of()).values(), 5, 4));

		assertThat(row.findings()).extracting(ReferralImportFinding::messageKey)
			.containsExactly("participant.import.finding.field-count");
	}

	@Test
	void aValueInAColumnWithoutHeaderIsReportedRatherThanLost() {
		ReferralRowCheck.ReferralRow row = this.check.check(new ReferralFile.Row(4, row(Map.of()).values(), 4, 4, 1));

		assertThat(row.findings()).extracting(ReferralImportFinding::messageKey)
			.containsExactly("participant.import.finding.unnamed-column");
	}

	@Test
	void spacesInTheCustomerNumberAreIgnoredAndLettersUpperCased() {
		assertThat(this.check.check(row(Map.of(ReferralColumn.CUSTOMER_NUMBER, "962 d 100001"))).customerNumber())
			.isEqualTo("962D100001");
	}

	@Test
	void benefitBasisAndGenderAreUnderstoodAsOfficesWriteThem() {
		assertThat(benefit("SGB II")).isEqualTo(BenefitBasis.SGB_II);
		assertThat(benefit("sgb-ii")).isEqualTo(BenefitBasis.SGB_II);
		assertThat(benefit("Bürgergeld")).isEqualTo(BenefitBasis.SGB_II);
		assertThat(benefit("ALG I")).isEqualTo(BenefitBasis.SGB_III);
		assertThat(benefit("SGB XII 4. Kapitel")).isEqualTo(BenefitBasis.SGB_XII_CHAPTER_4);
		assertThat(benefit("keine")).isEqualTo(BenefitBasis.NONE);
		assertThat(this.check.check(row(Map.of())).participant().details().benefitBasis())
			.isEqualTo(BenefitBasis.SGB_II);
		assertThat(this.check.check(row(Map.of(ReferralColumn.GENDER, "männlich"))).participant().details().gender())
			.isEqualTo(Gender.MALE);
		assertThat(this.check.check(row(Map.of())).participant().details().gender()).isEqualTo(Gender.NOT_STATED);
	}

	private BenefitBasis benefit(String value) {
		ReferralRowCheck.ReferralRow row = this.check.check(row(Map.of(ReferralColumn.BENEFIT_BASIS, value)));
		assertThat(row.findings()).isEmpty();
		return row.participant().details().benefitBasis();
	}

	static ReferralFile.Row row(Map<ReferralColumn, String> overrides) {
		Map<ReferralColumn, String> values = new EnumMap<>(ReferralColumn.class);
		values.put(ReferralColumn.CUSTOMER_NUMBER, "962D100001");
		values.put(ReferralColumn.FAMILY_NAME, "Haddad");
		values.put(ReferralColumn.GIVEN_NAMES, "Layla");
		values.put(ReferralColumn.BIRTH_DATE, "03.01.1990");
		values.putAll(overrides);
		return new ReferralFile.Row(2, values, 4, 4);
	}

}
