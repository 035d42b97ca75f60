package de.weitblick.participant;

import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second team with a counsellor of its own, for tests of what one team must not see of
 * another's cases. Created once; later calls find it.
 */
final class OtherTeam {

	private static final UUID UNIT = UUID.fromString("019a0000-0000-7000-8000-00000000f001");

	private static final UUID ACCOUNT = UUID.fromString("019a0000-0000-7000-8000-00000000f002");

	private OtherTeam() {
	}

	static StaffMember counsellor(JdbcClient jdbc, OrganisationManagement organisation) {
		jdbc.sql("""
				INSERT INTO organisational_unit (id, version, code, name) VALUES (:unit, 0, 'T-OTHER', 'Anderes Team')
				ON CONFLICT (id) DO NOTHING
				""").param("unit", UNIT).update();
		jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, 'fachkraft-anderes-team', 'Fachkraft anderes Team', 'COUNSELLOR', :unit)
				ON CONFLICT (id) DO NOTHING
				""").param("id", ACCOUNT).param("unit", UNIT).update();
		return organisation.staffMember(ACCOUNT).orElseThrow();
	}

}
