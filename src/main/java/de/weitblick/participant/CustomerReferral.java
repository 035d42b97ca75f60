package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * A person a Jobcenter refers by its customer number (Kundennummer, § 51a SGB II), with
 * what the office needs to register the person if the number is new to it. The values
 * follow the rules of the referral list's columns ({@code docs/referral-import.md}).
 *
 * @param customerNumber must not be null; spaces are ignored, letters upper-cased
 * @param birthDate must not be null; for a known number it must match the person's
 * @param familyName needed for a new person, may be null otherwise
 * @param givenNames needed for a new person, may be null otherwise
 * @param gender may be null (not stated)
 * @param street may be null
 * @param postalCode may be null
 * @param city may be null
 * @param districtCode a district of the city, may be null
 * @param phone may be null
 * @param email may be null
 * @param benefitBasis may be null (SGB II)
 * @param unemployedSince may be null
 * @param languages may be null
 * @param citizenships country codes, may be null
 * @param countryOfBirth may be null
 * @param germanSinceBirth may be null (unknown)
 * @param immigrationYear may be null
 * @param referredOn the day of the referral at the Jobcenter, may be null
 */
public record CustomerReferral(String customerNumber, LocalDate birthDate, String familyName, String givenNames,
		Gender gender, String street, String postalCode, String city, String districtCode, String phone, String email,
		BenefitBasis benefitBasis, LocalDate unemployedSince, List<LanguageSkill> languages, List<String> citizenships,
		String countryOfBirth, Boolean germanSinceBirth, Integer immigrationYear, LocalDate referredOn) {

}
