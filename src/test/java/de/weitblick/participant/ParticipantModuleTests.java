package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant module started alone with its declared dependencies ({@code shared},
 * {@code focusgroup}, {@code organisation} and {@code privacy}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class ParticipantModuleTests {

	private final ParticipantManagement participants;

	private final CaseFileReading caseFiles;

	private final ParticipantDirectory directory;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ParticipantModuleTests(ParticipantManagement participants, CaseFileReading caseFiles,
			ParticipantDirectory directory, OrganisationManagement organisation, AuditTrail audit, JdbcClient jdbc) {
		this.participants = participants;
		this.caseFiles = caseFiles;
		this.directory = directory;
		this.organisation = organisation;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Test
	void aCounsellorRegistersAYoungPersonWhoseCaseFileShowsTheFocusGroupAndWhoseReadIsAudited() {
		StaffMember counsellor = counsellorOfANewTeam();
		String familyName = CaseFiles.uniqueFamilyName("Modultest");
		ParticipantId id = this.participants.register(
				CaseFiles.record(familyName, "Lea", LocalDate.now().minusYears(19)), counsellor.id(), false,
				counsellor);

		CaseFile caseFile = this.caseFiles.caseFile(id, counsellor, AccessPurpose.CASE_WORK).orElseThrow();

		assertThat(caseFile.focusGroups()).extracting(FocusGroupMembership::focusGroup)
			.contains(FocusGroupCode.YOUNG_PEOPLE);
		assertThat(this.audit.search(null, id.id(), 10)).extracting(AuditEntry::action)
			.contains(AuditAction.CREATE, AuditAction.READ);
	}

	@Test
	void anotherModuleGetsThePersonsNameAndTheListIsAudited() {
		StaffMember counsellor = counsellorOfANewTeam();
		String familyName = CaseFiles.uniqueFamilyName("Modultest");
		ParticipantId id = this.participants.register(CaseFiles.record(familyName, "Jonas", LocalDate.of(1980, 4, 2)),
				counsellor.id(), false, counsellor);

		Map<ParticipantId, String> names = this.directory.names(List.of(id),
				new Actor("projektleitung", "PROJECT_LEAD"), AccessPurpose.PROJECT_WORK);

		assertThat(names).containsEntry(id, familyName + ", Jonas");
		assertThat(this.audit.search("projektleitung", id.id(), 10)).isNotEmpty();
	}

	private StaffMember counsellorOfANewTeam() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organisational_unit (id, version, code, name) VALUES (:id, 0, :code, :name)")
			.param("id", unit)
			.param("code", "MP-" + tag)
			.param("name", "Team " + tag)
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :name, 'COUNSELLOR', :unit)
				""")
			.param("id", id)
			.param("username", "modultest-" + tag)
			.param("name", "Fachkraft " + tag)
			.param("unit", unit)
			.update();
		return this.organisation.staffMember(id).orElseThrow();
	}

}
