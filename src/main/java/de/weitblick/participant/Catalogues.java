package de.weitblick.participant;

import java.util.Collection;
import java.util.List;

import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists a case file names: the city's districts and the positions of the
 * occupation classification (KldB 2010).
 */
@Service
@Transactional(readOnly = true)
public class Catalogues {

	private final JdbcClient jdbc;

	Catalogues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The city's districts, once read. */
	private volatile List<CityDistrict> districts;

	/**
	 * The positions of the KldB 2010 a person can name as occupation interest, by code.
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> occupations() {
		return this.jdbc.sql("SELECT code, title FROM occupation_classification ORDER BY code")
			.query(Occupation.class)
			.list();
	}

	/**
	 * @param codes KldB codes, must not be null
	 * @return the known ones with their titles, in the order of their codes; never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> occupations(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT code, title FROM occupation_classification WHERE code = ANY(CAST(:codes AS varchar[]))
				ORDER BY code
				""").param("codes", codes.toArray(String[]::new)).query(Occupation.class).list();
	}

	/**
	 * Finds positions of the KldB 2010 by the start of their code or by a part of their
	 * title.
	 * @param text what was typed, must not be null
	 * @return at most 50, the coarser positions first; never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> findOccupations(String text) {
		String typed = text.strip();
		return this.jdbc.sql("""
				SELECT code, title FROM occupation_classification
				WHERE code LIKE :prefix OR lower(title) LIKE '%' || lower(:typed) || '%'
				ORDER BY length(code), code LIMIT 50
				""").param("prefix", typed + "%").param("typed", typed).query(Occupation.class).list();
	}

	/**
	 * @return the city's districts by name, never null
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
	public List<CityDistrict> districts() {
		// Reference data that only a migration changes, that is a new release: read
		// once instead of on every list page and form.
		List<CityDistrict> districts = this.districts;
		if (districts == null) {
			districts = this.jdbc.sql("SELECT code, name FROM city_district ORDER BY name")
				.query(CityDistrict.class)
				.list();
			this.districts = List.copyOf(districts);
		}
		return districts;
	}

	/**
	 * Checks that the district and occupation interests a record names are known.
	 * @throws RuleViolation when one is not
	 */
	void check(ParticipantRecord record) {
		checkDistrict(record.details().districtCode());
		List<String> codes = record.occupationInterests().stream().map(OccupationInterest::kldbCode).toList();
		java.util.Set<String> known = occupations(codes).stream()
			.map(Occupation::code)
			.collect(java.util.stream.Collectors.toSet());
		for (String code : codes) {
			if (code != null && code.matches("[0-9]{4,5}")) {
				// A finer level than is loaded: name the group it belongs to.
				Occupation group = occupations(List.of(code.substring(0, 3))).stream()
					.findFirst()
					.orElseThrow(() -> new RuleViolation("occupationInterests", "participant.rule.unknown-occupation",
							code));
				throw new RuleViolation("occupationInterests", "participant.rule.occupation-too-fine", code,
						group.code(), group.title());
			}
			if (code == null || !code.matches("[0-9]{1,3}")) {
				throw new RuleViolation("occupationInterests", "participant.rule.occupation-code",
						String.valueOf(code));
			}
			if (!known.contains(code)) {
				throw new RuleViolation("occupationInterests", "participant.rule.unknown-occupation", code);
			}
		}
	}

	private void checkDistrict(String districtCode) {
		if (districtCode != null && this.jdbc.sql("SELECT count(*) FROM city_district WHERE code = :code")
			.param("code", districtCode)
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("districtCode", "participant.rule.unknown-district");
		}
	}

}
