package de.weitblick.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.EntryFacts;
import de.weitblick.participant.EntryIndicators;
import de.weitblick.participant.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records with the start of an enrolment what the ESF Plus output indicators need of the
 * person on that day ({@code enrolment_entry_facts}), so that the reports count people as
 * they were at entry, not as their case file says today.
 */
@Component
class EntrySnapshots {

	private final JdbcClient jdbc;

	private final EntryIndicators indicators;

	EntrySnapshots(JdbcClient jdbc, EntryIndicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/**
	 * Records, or records again after the start moved, the facts of the given enrolments
	 * as of their start; enrolments not started are left out.
	 */
	void record(Collection<UUID> enrolments) {
		if (enrolments.isEmpty()) {
			return;
		}
		List<EntryIndicators.Entry> entries = this.jdbc.sql("""
				SELECT id, participant_id, started_on FROM enrolment
				WHERE id = ANY(CAST(:ids AS uuid[])) AND started_on IS NOT NULL
				""")
			.param("ids", enrolments.toArray(UUID[]::new))
			.query((rs, n) -> new EntryIndicators.Entry(rs.getObject("id", UUID.class),
					new ParticipantId(rs.getObject("participant_id", UUID.class)),
					rs.getObject("started_on", LocalDate.class)))
			.list();
		store(entries);
	}

	/**
	 * Records the facts of one enrolment that starts on the day given.
	 */
	void record(EnrolmentId enrolment, UUID participant, LocalDate startedOn) {
		store(List.of(new EntryIndicators.Entry(enrolment.id(), new ParticipantId(participant), startedOn)));
	}

	private void store(List<EntryIndicators.Entry> entries) {
		List<EntryFacts> facts = this.indicators.at(entries);
		if (facts.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO enrolment_entry_facts (enrolment_id, gender, age_at_entry, labour_market, education,
				  foreign_background, single_parent, district_code)
				SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:genders AS text[]), CAST(:ages AS int[]),
				  CAST(:labour AS text[]), CAST(:education AS text[]), CAST(:foreign AS boolean[]),
				  CAST(:single AS boolean[]), CAST(:districts AS text[]))
				ON CONFLICT (enrolment_id) DO UPDATE SET gender = excluded.gender, age_at_entry = excluded.age_at_entry,
				  labour_market = excluded.labour_market, education = excluded.education,
				  foreign_background = excluded.foreign_background, single_parent = excluded.single_parent,
				  district_code = excluded.district_code
				""")
			.param("ids", facts.stream().map(EntryFacts::key).toArray(UUID[]::new))
			.param("genders", facts.stream().map(EntryFacts::gender).toArray(String[]::new))
			.param("ages", facts.stream().map(EntryFacts::ageAtEntry).toArray(Integer[]::new))
			.param("labour", facts.stream().map(f -> f.labourMarket().name()).toArray(String[]::new))
			.param("education", facts.stream().map(f -> f.education().name()).toArray(String[]::new))
			.param("foreign", facts.stream().map(EntryFacts::foreignBackground).toArray(Boolean[]::new))
			.param("single", facts.stream().map(EntryFacts::singleParent).toArray(Boolean[]::new))
			.param("districts", facts.stream().map(EntryFacts::districtCode).toArray(String[]::new))
			.update();
	}

}
