package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the person finds in the own area besides messages and appointments: the notes the
 * team shared, the projects, the own documents and the own password. Only the own case
 * file is reached, whatever the address says, and every read and change is audited.
 */
@WeitblickIntegrationTest
class ParticipantOwnAreaTests {

	private static final String PASSWORD = "ein langes Passwort für mich";

	@Autowired
	PortalInvitations invitations;

	@Autowired
	CaseJournal journal;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	String account;

	@BeforeEach
	void personWithAnAccount() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Eigen"), "Leyla", LocalDate.of(1993, 3, 3)), null, false,
				this.counsellor);
		String code = this.invitations.invite(this.participant, InvitationChannel.LETTER, null, this.counsellor).code();
		this.account = this.invitations.redeem(code, "tn-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
				PASSWORD);
	}

	private List<String> auditedOfAccount() {
		return this.audit.search(this.account, null, 50).stream().map(AuditEntry::detailKey).toList();
	}

	@Test
	void thePersonReadsOnlyTheNotesSharedWithThemNeverTheTeamsOwn() throws Exception {
		this.journal.writeNote(this.participant, "Nur für das Team: wirkt unsicher.", NoteVisibility.TEAM,
				this.counsellor);
		this.journal.writeNote(this.participant, "Nur für mich selbst.", NoteVisibility.AUTHOR_ONLY, this.counsellor);
		this.journal.writeNote(this.participant, "Für Sie: Bewerbung bis Freitag abschicken.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);
		this.journal.writeNote(this.participant, "Für Sie: Termin beim Jobcenter am 3. März.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);

		this.mvc.perform(get("/mein-bereich/notizen").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Für Sie: Bewerbung bis Freitag abschicken.")))
			.andExpect(content().string(containsString("geschrieben von: Ihre Beraterin oder Ihr Berater")))
			.andExpect(content().string(not(containsString("wirkt unsicher"))))
			.andExpect(content().string(not(containsString("Nur für mich selbst."))));
		this.mvc.perform(get("/api/v1/me/notes").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].text").value(contains("Für Sie: Termin beim Jobcenter am 3. März.",
					"Für Sie: Bewerbung bis Freitag abschicken.")))
			.andExpect(jsonPath("$[0].authorRoleKey").value("participant.portal.notes.author.COUNSELLOR"));
		assertThat(auditedOfAccount()).contains("participant.portal.audit.notes-read");
	}

}
