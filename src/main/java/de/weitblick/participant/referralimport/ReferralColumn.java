package de.weitblick.participant.referralimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import de.weitblick.participant.Participant;

/**
 * A column of a referral list (Zuweisungsliste). The header names the German name, the
 * English name or one of the usual variants; case, spaces, hyphens and umlauts do not
 * matter, nor does the order of the columns. The columns are documented for partners in
 * {@code docs/referral-import.md}.
 */
public enum ReferralColumn {

	/** Kundennummer: the Jobcenter's customer number, the stable key of a referral. */
	CUSTOMER_NUMBER(true, "Kundennummer", "Customer number", "Kunden-Nr.", "Kundennr", "BA-Kundennummer", "customer no",
			"customer_number"),

	/** Nachname. */
	FAMILY_NAME(true, "Nachname", "Family name", "Familienname", "Name", "Surname", "Last name", "family_name"),

	/** Vorname(n). */
	GIVEN_NAMES(true, "Vorname", "Given names", "Vornamen", "First name", "Given name", "given_names"),

	/** Geburtsdatum: TT.MM.JJJJ or JJJJ-MM-TT. */
	BIRTH_DATE(true, "Geburtsdatum", "Date of birth", "Geb.-Datum", "Geburtstag", "geboren am", "Birth date",
			"birth_date", "DOB"),

	/** Geschlecht: w, m, d or empty. */
	GENDER(false, "Geschlecht", "Gender", "Sex"),

	/** Straße und Hausnummer. */
	STREET(false, "Straße", "Street", "Strasse", "Str.", "Straße und Hausnummer", "Anschrift", "Address"),

	/** Postleitzahl. */
	POSTAL_CODE(false, "PLZ", "Postal code", "Postleitzahl", "ZIP", "Postcode", "postal_code"),

	/** Ort. */
	CITY(false, "Ort", "City", "Wohnort", "Stadt", "Town"),

	/** Stadtteil: name or code of a district of the city. */
	DISTRICT(false, "Stadtteil", "District", "Ortsteil", "Stadtbezirk"),

	/** Telefon. */
	PHONE(false, "Telefon", "Phone", "Tel.", "Telefonnummer", "Mobil", "Telephone"),

	/** E-Mail. */
	EMAIL(false, "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address"),

	/** Leistungsgrundlage: SGB II, SGB III, SGB XII Kap. 3, SGB XII Kap. 4 or keine. */
	BENEFIT_BASIS(false, "Leistungsgrundlage", "Benefit basis", "Leistung", "Rechtskreis", "Benefit", "benefit_basis"),

	/** Arbeitslos seit: the first day of the current unemployment. */
	UNEMPLOYED_SINCE(false, "Arbeitslos seit", "Unemployed since", "Beginn Arbeitslosigkeit", "unemployed_since"),

	/** Sprachen with level, such as "de B1, ar Muttersprache". */
	LANGUAGES(false, "Sprachen", "Languages", "Sprachkenntnisse"),

	/** Staatsangehörigkeit(en). */
	CITIZENSHIPS(false, "Staatsangehörigkeit", "Citizenship", "Staatsangehörigkeiten", "Nationalität", "Nationality",
			"Citizenships"),

	/** Geburtsland. */
	COUNTRY_OF_BIRTH(false, "Geburtsland", "Country of birth", "country_of_birth"),

	/** Deutsch seit Geburt: ja or nein. */
	GERMAN_SINCE_BIRTH(false, "Deutsch seit Geburt", "German since birth", "born_german"),

	/** Zuzugsjahr: the year the person came to Germany. */
	IMMIGRATION_YEAR(false, "Zuzugsjahr", "Year of immigration", "Einreisejahr", "Immigration year",
			"immigration_year"),

	/** Zuweisungsdatum. */
	REFERRAL_DATE(false, "Zuweisungsdatum", "Referral date", "Zuweisung am", "zugewiesen am", "Referred on",
			"referral_date"),

	/** Fachkraft: user name or name of a counsellor of the importing team. */
	COUNSELLOR(false, "Fachkraft", "Counsellor", "Ansprechperson", "Betreuung", "Case worker"),

	/** Bemerkung: becomes a counselling note for the team. */
	NOTE(false, "Bemerkung", "Note", "Bemerkungen", "Hinweis", "Anmerkung", "Notes", "Remarks");

	private static final Map<String, ReferralColumn> BY_HEADER = new HashMap<>();

	static {
		for (ReferralColumn column : values()) {
			Stream.concat(Stream.of(column.germanHeader, column.englishHeader), column.variants.stream())
				.map(ReferralColumn::headerKey)
				.forEach(key -> {
					ReferralColumn other = BY_HEADER.put(key, column);
					if (other != null && other != column) {
						throw new IllegalStateException("Header " + key + " names " + other + " and " + column);
					}
				});
		}
	}

	private final boolean required;

	private final String germanHeader;

	private final String englishHeader;

	private final List<String> variants;

	ReferralColumn(boolean required, String germanHeader, String englishHeader, String... variants) {
		this.required = required;
		this.germanHeader = germanHeader;
		this.englishHeader = englishHeader;
		this.variants = List.of(variants);
	}

	/**
	 * @return whether every row must have a value in this column, and so every file the
	 * column
	 */
	public boolean required() {
		return this.required;
	}

	/**
	 * @return the header a German file uses, never null
	 */
	public String germanHeader() {
		return this.germanHeader;
	}

	/**
	 * @return the English header, never null
	 */
	public String englishHeader() {
		return this.englishHeader;
	}

	/**
	 * @return further headers that are understood, never null
	 */
	public List<String> variants() {
		return this.variants;
	}

	public String messageKey() {
		return "participant.import.column." + name();
	}

	public String descriptionKey() {
		return "participant.import.column." + name() + ".description";
	}

	/**
	 * The column a header names.
	 * @param header as written in the file, may be null
	 * @return empty when the header names no column
	 */
	public static Optional<ReferralColumn> ofHeader(String header) {
		return (header != null) ? Optional.ofNullable(BY_HEADER.get(headerKey(header))) : Optional.empty();
	}

	/**
	 * A header as it is compared: lower case, umlauts written out, everything but letters
	 * and digits dropped, so that "E-Mail", "email" and " E_MAIL " are the same.
	 */
	static String headerKey(String header) {
		return Participant.normalise(header).replace(" ", "");
	}

}
