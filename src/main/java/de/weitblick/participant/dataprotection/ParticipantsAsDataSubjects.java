package de.weitblick.participant.dataprotection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.privacy.DataSubject;
import de.weitblick.privacy.DataSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets the data protection officer find a participant by name and date of birth: the
 * name, the birth date and the identifier the audit trail knows them by, nothing of the
 * case. Every case file counts, whichever team holds it.
 */
@Component
class ParticipantsAsDataSubjects implements DataSubjects {

	private final JdbcClient jdbc;

	ParticipantsAsDataSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DataSubject> find(String name, LocalDate birthDate) {
		String normalised = Participant.normalise(name);
		if (normalised.isBlank()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, family_name, given_names, birth_date FROM participant
				WHERE birth_date = :birthDate
				  AND (search_name LIKE '%' || :name || '%' OR word_similarity(:name, search_name) >= 0.4)
				ORDER BY word_similarity(:name, search_name) DESC, search_name, id
				LIMIT 50
				""")
			.param("birthDate", birthDate)
			.param("name", normalised)
			.query((rs, n) -> new DataSubject(rs.getObject("id", UUID.class), ParticipantManagement.SUBJECT_TYPE,
					rs.getString("family_name"), rs.getString("given_names"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
	}

}
