package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people and staff the case-file tests need: records with a family name of their own,
 * a colleague in the demo counsellor's team without the health-data permission, and a
 * counsellor of another team with it.
 */
final class CaseFiles {

	static final UUID OTHER_UNIT = UUID.fromString("019a0000-0000-7000-8000-00000000f001");

	static final UUID OTHER_TEAM_COUNSELLOR = UUID.fromString("019a0000-0000-7000-8000-00000000f002");

	static final UUID COLLEAGUE = UUID.fromString("019a0000-0000-7000-8000-00000000f010");

	private CaseFiles() {
	}

	static String uniqueFamilyName(String stem) {
		return stem + UUID.randomUUID().toString().substring(0, 8);
	}

	static PersonalDetails details(String familyName, String givenNames, LocalDate birthDate) {
		return new PersonalDetails(familyName, givenNames, birthDate, Gender.FEMALE, null, null, "Kassel", null, null,
				null, true, "DE", null, false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
	}

	static ParticipantRecord record(String familyName, String givenNames, LocalDate birthDate) {
		return new ParticipantRecord(details(familyName, givenNames, birthDate), null, Set.of(), Set.of(), List.of());
	}

	/**
	 * A counsellor of the demo team who may not see health data.
	 */
	static StaffMember colleague(JdbcClient jdbc, OrganisationManagement organisation, StaffMember counsellor) {
		jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, 'kollegin', 'Kollegin im Team', 'COUNSELLOR', :unit) ON CONFLICT (id) DO NOTHING
				""").param("id", COLLEAGUE).param("unit", counsellor.unitId()).update();
		return organisation.staffMember(COLLEAGUE).orElseThrow();
	}

	/**
	 * A counsellor of another team who may see health data: the permission never opens
	 * another team's case.
	 */
	static StaffMember otherTeam(JdbcClient jdbc, OrganisationManagement organisation) {
		jdbc.sql("""
				INSERT INTO organisational_unit (id, version, code, name) VALUES (:unit, 0, 'T-OTHER', 'Anderes Team')
				ON CONFLICT (id) DO NOTHING
				""").param("unit", OTHER_UNIT).update();
		jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, 'fachkraft-anderes-team', 'Fachkraft anderes Team', 'COUNSELLOR', :unit)
				ON CONFLICT (id) DO NOTHING
				""").param("id", OTHER_TEAM_COUNSELLOR).param("unit", OTHER_UNIT).update();
		jdbc.sql("UPDATE staff_account SET may_see_health_data = TRUE WHERE id = :id")
			.param("id", OTHER_TEAM_COUNSELLOR)
			.update();
		return organisation.staffMember(OTHER_TEAM_COUNSELLOR).orElseThrow();
	}

}
