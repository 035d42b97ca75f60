package de.weitblick.participant;

import java.time.LocalDate;

/**
 * What a counsellor records about a person at registration and changes later.
 *
 * @param familyName never blank
 * @param givenNames never blank
 * @param birthDate never null
 * @param gender never null
 * @param street may be null
 * @param postalCode five digits, may be null
 * @param city may be null
 * @param districtCode a district of the city, may be null for addresses outside it
 * @param phone may be null
 * @param email may be null
 * @param bornWithGermanCitizenship null when not stated
 * @param countryOfBirth ISO 3166-1 alpha-2, may be null
 * @param immigrationYear the year the person came to Germany, null when born here or not
 * stated
 * @param singleParent lives with and cares alone for at least one minor child
 * @param benefitBasis never null
 * @param unemployedSince the first day of the current unemployment, null when not
 * unemployed
 * @param referralSource never null
 */
public record PersonalDetails(String familyName, String givenNames, LocalDate birthDate, Gender gender, String street,
		String postalCode, String city, String districtCode, String phone, String email,
		Boolean bornWithGermanCitizenship, String countryOfBirth, Integer immigrationYear, boolean singleParent,
		BenefitBasis benefitBasis, LocalDate unemployedSince, ReferralSource referralSource) {

}
