package de.weitblick.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The project module started with only its direct dependencies ({@code organisation},
 * {@code funding}, {@code participant}, {@code privacy}, {@code strategy}) and
 * {@code focusgroup}, without the web layer's infrastructure. {@code focusgroup} is not
 * mocked: at start-up {@code participant} compares the focus-group rules with those its
 * stored periods were computed from and recomputes them when they differ, so a mock would
 * rewrite every person's focus groups in the shared test database. The team it sets
 * projects up for is written by the test, so the test needs no demo data.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class ProjectModuleTests {

	private final ProjectManagement projects;

	private final PlacesPlanning placesPlanning;

	private final JdbcClient jdbc;

	ProjectModuleTests(ProjectManagement projects, PlacesPlanning placesPlanning, JdbcClient jdbc) {
		this.projects = projects;
		this.placesPlanning = placesPlanning;
		this.jdbc = jdbc;
	}

	@Test
	void theHeadOfDepartmentSetsUpAProjectWithItsPlacesAndACounsellorMayNot() {
		UUID unit = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organisational_unit (id, version, code, name) VALUES (:id, 0, :code, :name)")
			.param("id", unit)
			.param("code", "MT-" + unit.toString().substring(0, 8))
			.param("name", "Modultest")
			.update();
		StaffMember head = new StaffMember(UUID.randomUUID(), "modultest-controlling", "Modultest", Role.CONTROLLING,
				unit);
		StaffMember counsellor = new StaffMember(UUID.randomUUID(), "modultest-fachkraft", "Modultest", Role.COUNSELLOR,
				unit);
		LocalDate start = LocalDate.now().minusMonths(1);
		ProjectDescription description = new ProjectDescription("Modultest Werkstatt", null, ProjectKind.QUALIFICATION,
				ProjectStatus.RUNNING, null, unit, null, start, null, "Kassel", Set.of(), EligibilityRules.NONE,
				Set.of(), Set.of(), List.of());

		ProjectId id = this.projects.create(description, head);
		this.placesPlanning.addPeriod(id, new PlacesPlan("Durchgang 1", start, start.plusYears(1), 12), head);

		assertThat(this.projects.projects()).filteredOn(summary -> summary.id().equals(id))
			.singleElement()
			.satisfies(summary -> assertThat(summary.currentPlaces()).isEqualTo(12));
		assertThat(this.projects.places(id)).singleElement()
			.satisfies(period -> assertThat(period.occupied()).isZero());
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.projects.create(description, counsellor));
	}

}
