package de.weitblick.organisation;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation module started alone with its declared dependency ({@code shared}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class OrganisationModuleTests {

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	OrganisationModuleTests(OrganisationManagement organisation, JdbcClient jdbc) {
		this.organisation = organisation;
		this.jdbc = jdbc;
	}

	@Test
	void aTeamsCounsellorsAreTheCounsellorsOfThatTeamOnly() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID team = unit("MT-" + tag);
		UUID otherTeam = unit("MO-" + tag);
		UUID counsellor = staff("modul-" + tag, "COUNSELLOR", team);
		staff("modul-lead-" + tag, "PROJECT_LEAD", team);
		staff("modul-other-" + tag, "COUNSELLOR", otherTeam);

		assertThat(this.organisation.counsellors(team)).extracting(StaffMember::id).containsExactly(counsellor);
		assertThat(this.organisation.staffMember("modul-" + tag)).map(StaffMember::unitId).contains(team);
	}

	private UUID unit(String code) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organisational_unit (id, version, code, name) VALUES (:id, 0, :code, :name)")
			.param("id", id)
			.param("code", code)
			.param("name", "Team " + code)
			.update();
		return id;
	}

	private UUID staff(String username, String role, UUID unit) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :name, :role, :unit)
				""")
			.param("id", id)
			.param("username", username)
			.param("name", "Fachkraft " + username)
			.param("role", role)
			.param("unit", unit)
			.update();
		return id;
	}

}
