package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts the ESF Plus output indicators need of people on the day they entered a
 * project, read for many at once. The caller records them with the entry and audits the
 * change it is part of; the facts are no more than a few categories of the case file.
 */
@Service
@Transactional(readOnly = true)
public class EntryIndicators {

	/**
	 * One statement for any number of entries: the categories as of each entry's day. A
	 * qualification's level decides its ISCED band.
	 */
	static final String FACTS = """
			SELECT i.key, pa.gender, extract(year FROM age(i.day, pa.birth_date))::int AS age,
			       CASE WHEN pa.unemployed_since IS NULL OR pa.unemployed_since > i.day THEN 'NOT_UNEMPLOYED'
			            WHEN pa.unemployed_since <= i.day - interval '12 months' THEN 'LONG_TERM_UNEMPLOYED'
			            ELSE 'UNEMPLOYED' END AS labour_market,
			       CASE (SELECT max(CASE WHEN q.level IN ('BACHELOR', 'MASTER', 'DOCTORATE', 'ADVANCED_VOCATIONAL') THEN 3
			                             WHEN q.level IN ('UNIVERSITY_OF_APPLIED_SCIENCES_ENTRANCE', 'HIGHER_EDUCATION_ENTRANCE',
			                                              'VOCATIONAL_TRAINING', 'OTHER_VOCATIONAL') THEN 2
			                             ELSE 1 END)
			             FROM participant_qualification q WHERE q.participant_id = pa.id)
			            WHEN 3 THEN 'ISCED_5_8' WHEN 2 THEN 'ISCED_3_4' ELSE 'ISCED_0_2' END AS education,
			       coalesce(pa.born_with_german_citizenship = FALSE OR pa.parent_born_without_german_citizenship
			                OR pa.both_parents_immigrated, FALSE) AS foreign_background,
			       coalesce(pa.single_parent, FALSE) AS single_parent, pa.district_code
			FROM unnest(CAST(:keys AS uuid[]), CAST(:people AS uuid[]), CAST(:days AS date[])) AS i(key, person, day)
			JOIN participant pa ON pa.id = i.person
			""";

	private final JdbcClient jdbc;

	EntryIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param entries who entered when, each under a key of the caller's; never null
	 * @return the facts of each entry whose person exists, under its key
	 */
	public List<EntryFacts> at(List<Entry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(FACTS)
			.param("keys", entries.stream().map(Entry::key).toArray(UUID[]::new))
			.param("people", entries.stream().map(e -> e.participant().id()).toArray(UUID[]::new))
			.param("days", entries.stream().map(e -> java.sql.Date.valueOf(e.day())).toArray(java.sql.Date[]::new))
			.query((rs, n) -> new EntryFacts(rs.getObject("key", UUID.class), rs.getString("gender"), rs.getInt("age"),
					EntryFacts.LabourMarket.valueOf(rs.getString("labour_market")),
					EntryFacts.Education.valueOf(rs.getString("education")), rs.getBoolean("foreign_background"),
					rs.getBoolean("single_parent"), rs.getString("district_code")))
			.list();
	}

	/**
	 * @param key the caller's key for the entry, never null
	 * @param participant who entered, never null
	 * @param day the day of the entry, never null
	 */
	public record Entry(UUID key, ParticipantId participant, LocalDate day) {
	}

}
