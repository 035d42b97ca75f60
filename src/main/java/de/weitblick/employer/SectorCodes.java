package de.weitblick.employer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The WZ 2008 codes: a section letter, or a division with its group, class and subclass
 * ({@code 43}, {@code 43.2}, {@code 43.22}, {@code 43.22.0}). A code is known when its
 * section or division is in the reference table.
 */
@Component
class SectorCodes {

	private static final Pattern FORM = Pattern.compile("([A-U])|(\\d{2})(\\.\\d(\\d(\\.\\d)?)?)?");

	private final JdbcClient jdbc;

	SectorCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param code may be null
	 * @return the title of the code's division or section, or empty when the code is not
	 * a WZ 2008 code
	 */
	Optional<String> title(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(code.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String key = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		return this.jdbc.sql("SELECT title FROM employer_sector WHERE code = :code")
			.param("code", key)
			.query(String.class)
			.optional();
	}

}
