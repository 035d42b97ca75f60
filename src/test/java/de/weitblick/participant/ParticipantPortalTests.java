package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.messages.Messages;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.IssuedInvitation;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Getting into the own area (Mein Bereich) and the message thread: a person invited by
 * letter or e-mail redeems the code once and opens the one account of the case file;
 * whatever goes wrong is refused with a clear message, stores nothing and is audited.
 */
@WeitblickIntegrationTest
class ParticipantPortalTests {

	private static final String PASSWORD = "ein langes Passwort für mich";

	@Autowired
	PortalInvitations invitations;

	@Autowired
	Messages messages;

	@Autowired
	OwnCases ownCases;

	@Autowired
	UnreadMessages unread;

	@Autowired
	de.weitblick.participant.appointment.Appointments appointments;

	@Autowired
	de.weitblick.participant.journal.CaseJournal journal;

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

	String givenNames;

	@BeforeEach
	void caseFile() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.givenNames = "Selin" + UUID.randomUUID().toString().substring(0, 4);
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Portal"), this.givenNames, LocalDate.of(1994, 4, 4)), null,
				false, this.counsellor);
	}

	private static String username() {
		return "tn-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private int accountsNamed(String username) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

	private List<String> auditedDetails() {
		return this.audit.search(null, this.participant.id(), 200).stream().map(AuditEntry::detailKey).toList();
	}

	@Test
	void aPersonInvitedByLetterRedeemsTheCodeOnceAndSeesTheOwnArea() throws Exception {
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		assertThat(letter.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_invitation WHERE code_hash LIKE :code")
			.param("code", "%" + letter.code().replace("-", "") + "%")
			.query(Integer.class)
			.single()).as("only the hash of the code is kept").isZero();

		String name = username();
		this.mvc
			.perform(post("/mein-bereich/zugang").with(csrf())
				.param("code", letter.code().toLowerCase().replace("-", " "))
				.param("username", name)
				.param("password", PASSWORD)
				.param("repeated", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/mein-bereich/zugang/fertig"));
		assertThat(this.invitations.status(this.participant, this.counsellor).username()).isEqualTo(name);

		this.mvc.perform(get("/mein-bereich").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.givenNames)));
		this.mvc.perform(get("/api/v1/me").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bound").value(true))
			.andExpect(jsonPath("$.givenNames").value(this.givenNames));
		assertThat(auditedDetails()).contains("participant.portal.audit.invited", "participant.portal.audit.redeemed",
				"participant.portal.audit.start-read");

		// The same code a second time: refused, nothing new stored, and audited.
		String second = username();
		assertThatThrownBy(() -> this.invitations.redeem(letter.code(), second, PASSWORD, PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.portal.rule.code-used"));
		assertThat(accountsNamed(second)).isZero();
		assertThat(auditedDetails()).contains("participant.portal.audit.refused.code-used");
	}

	@Test
	void aRefusedPasswordIsNamedBesideItsFieldWithItsRuleAndNeitherPasswordIsSentBack() throws Exception {
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		this.mvc
			.perform(post("/mein-bereich/zugang").with(csrf())
				.param("code", letter.code())
				.param("username", username())
				.param("password", "kurz")
				.param("repeated", "kurz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#password\"")))
			.andExpect(content().string(containsString("id=\"password-error\"")))
			// A screen reader reads the rule and the refusal with the field.
			.andExpect(content().string(containsString("aria-describedby=\"password-hint password-error\"")))
			.andExpect(content().string(not(containsString("value=\"kurz\""))));
		assertThat(this.invitations.status(this.participant, this.counsellor).bound()).isFalse();
	}

	@Test
	void anExpiredOrReplacedCodeIsRefusedWithAClearMessageAndAudited() throws Exception {
		IssuedInvitation first = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		IssuedInvitation newer = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String name = username();
		this.mvc
			.perform(post("/mein-bereich/zugang").with(csrf())
				.param("code", first.code())
				.param("username", name)
				.param("password", PASSWORD)
				.param("repeated", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dieser Code gilt nicht mehr")))
			.andExpect(content().string(containsString("href=\"#code\"")));
		this.jdbc.sql("UPDATE portal_invitation SET expires_at = now() - interval '1 minute' WHERE id = :id")
			.param("id", newer.id())
			.update();
		assertThatThrownBy(() -> this.invitations.redeem(newer.code(), name, PASSWORD, PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.portal.rule.code-expired"));
		assertThat(accountsNamed(name)).isZero();
		assertThat(this.invitations.status(this.participant, this.counsellor).bound()).isFalse();
		assertThat(auditedDetails()).contains("participant.portal.audit.refused.code-revoked",
				"participant.portal.audit.refused.code-expired");
		assertThatThrownBy(() -> this.invitations.redeem("AAAA-BBBB-CCCC-DDDD", name, PASSWORD, PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.portal.rule.code-unknown"));
	}

	@Test
	void aSecondAccountForTheSameCaseFileIsRefusedUntilTheCounsellorResetsLostAccess() {
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String first = this.invitations.redeem(letter.code(), username(), PASSWORD, PASSWORD);
		assertThatThrownBy(
				() -> this.invitations.invite(this.participant, InvitationChannel.LETTER, null, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.portal.rule.already-bound"));
		assertThat(auditedDetails()).contains("participant.portal.audit.refused.second-account");

		IssuedInvitation fresh = this.invitations.reset(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		assertThat(this.jdbc.sql("SELECT enabled FROM staff_account WHERE username = :u")
			.param("u", first)
			.query(Boolean.class)
			.single()).as("the lost account is closed").isFalse();
		assertThat(this.ownCases.of(new UsernamePasswordAuthenticationToken(first, null))).isEmpty();
		String second = this.invitations.redeem(fresh.code(), username(), PASSWORD, PASSWORD);
		assertThat(this.ownCases.of(new UsernamePasswordAuthenticationToken(second, null)))
			.hasValueSatisfying(own -> assertThat(own.participant()).isEqualTo(this.participant));
		assertThat(auditedDetails()).contains("participant.portal.audit.access-reset");
	}

	@Test
	void anEmailInvitationGoesToTheOutboxWithALinkAndWithoutTheName() throws Exception {
		String address = "einladung-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		this.mvc
			.perform(post("/participants/{id}/portal/invitations", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR"))
				.param("channel", "EMAIL")
				.param("email", address))
			.andExpect(status().is3xxRedirection());
		String body = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(String.class)
			.single();
		assertThat(body).contains("/mein-bereich/zugang?code=").doesNotContain(this.givenNames);
		// A malformed address: a clear message, nothing sent.
		this.mvc
			.perform(post("/participants/{id}/portal/invitations", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR"))
				.param("channel", "EMAIL")
				.param("email", "keine-adresse"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.invitations.status(this.participant, this.counsellor).invited()).isTrue();
	}

	@Test
	void aLetterInvitationIsPrintedAsAPdf() throws Exception {
		this.mvc
			.perform(post("/participants/{id}/portal/invitations", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR"))
				.param("channel", "LETTER"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void theCounsellorAndThePersonWriteToEachOtherAndEachSideIsNotified() throws Exception {
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String name = this.invitations.redeem(letter.code(), username(), PASSWORD, PASSWORD);
		UUID account = this.jdbc.sql("SELECT id FROM staff_account WHERE username = :u")
			.param("u", name)
			.query(UUID.class)
			.single();

		this.mvc
			.perform(post("/api/v1/participants/{id}/messages", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Bitte bringen Sie Ihren Lebenslauf mit.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromParticipant").value(false));
		assertThat(this.jdbc.sql("SELECT message_key FROM staff_notification WHERE recipient_id = :a")
			.param("a", account)
			.query(String.class)
			.list()).containsExactly("participant.message.notification.to-participant");

		this.mvc.perform(get("/mein-bereich").with(user(name).roles("PARTICIPANT")))
			.andExpect(content().string(containsString("1 neu")));
		this.mvc.perform(get("/mein-bereich/nachrichten").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte bringen Sie Ihren Lebenslauf mit.")));
		this.mvc
			.perform(post("/mein-bereich/nachrichten").with(csrf())
				.with(user(name).roles("PARTICIPANT"))
				.param("text", "Mache ich, bis Montag."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM staff_notification WHERE recipient_id = :c
				AND message_key = 'participant.message.notification.from-participant' AND link = :link
				""")
			.param("c", this.counsellor.id())
			.param("link", "/participants/" + this.participant.id() + "/messages")
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(get("/participants/{id}/messages", this.participant.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mache ich, bis Montag.")));
		assertThat(auditedDetails()).contains("participant.message.audit.written", "participant.message.audit.read");
	}

	@Test
	void theTeamCountsTheUnreadMessagesOfItsPeopleAndAnotherTeamCountsNone() {
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String name = this.invitations.redeem(letter.code(), username(), PASSWORD, PASSWORD);
		var own = this.ownCases.of(new UsernamePasswordAuthenticationToken(name, null)).orElseThrow();
		this.messages.writeOwn(own, "Erste Frage");
		this.messages.writeOwn(own, "Zweite Frage");
		assertThat(this.unread.unreadFromParticipants(List.of(this.participant), this.counsellor))
			.containsExactly(java.util.Map.entry(this.participant, 2));
		assertThat(this.unread.unreadFromParticipants(List.of(this.participant),
				CaseFiles.otherTeam(this.jdbc, this.organisation)))
			.isEmpty();
		this.messages.thread(this.participant, this.counsellor);
		assertThat(this.unread.unreadFromParticipants(List.of(this.participant), this.counsellor)).isEmpty();
	}

	@Test
	void thePersonWithdrawsAConsentWithOneClickAndDownloadsWhatIsStoredWithoutTheTeamsOwnNotes() throws Exception {
		this.participants.setConsentToParentsOrigin(this.participant, true, this.counsellor);
		this.journal.writeNote(this.participant, "Nur für das Team.", NoteVisibility.TEAM, this.counsellor);
		this.journal.writeNote(this.participant, "Für Sie: Termin beim Jobcenter.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String name = this.invitations.redeem(letter.code(), username(), PASSWORD, PASSWORD);

		this.mvc.perform(get("/mein-bereich/daten").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Widerrufen: ")));
		this.mvc
			.perform(post("/mein-bereich/daten/einwilligungen/PARENTS_ORIGIN/widerruf").with(csrf())
				.with(user(name).roles("PARTICIPANT")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT withdrawn_on FROM consent WHERE subject_id = :id")
			.param("id", this.participant.id())
			.query(LocalDate.class)
			.single()).isNotNull();
		// A second withdrawal finds nothing in force: a clear message, nothing changes.
		this.mvc
			.perform(post("/api/v1/me/consents/PARENTS_ORIGIN/withdrawal").with(csrf())
				.with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isUnprocessableEntity());

		this.mvc.perform(get("/api/v1/me/subject-access").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.givenNames").value(this.givenNames))
			.andExpect(jsonPath("$.notes[*].text")
				.value(org.hamcrest.Matchers.contains("Für Sie: Termin beim Jobcenter.")))
			.andExpect(jsonPath("$.healthWithheld").value(true));
		this.mvc.perform(get("/mein-bereich/daten/auskunft.pdf").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		assertThat(auditedDetails()).contains("participant.audit.parents-origin-erased",
				"participant.audit.subject-access");
	}

	@Test
	void thePersonTakesAnAppointmentIntoTheCalendarAndAnotherPersonsAppointmentIsRefusedAndAudited() throws Exception {
		UUID own = this.appointments.plan(this.participant, LocalDate.now().plusDays(3), java.time.LocalTime.of(10, 0),
				45, de.weitblick.participant.appointment.AppointmentKind.IN_PERSON, "Raum 2.14", this.counsellor);
		ParticipantId somebodyElse = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Fremd"), "Jonas", LocalDate.of(1980, 1, 1)), null, false,
				this.counsellor);
		UUID foreign = this.appointments.plan(somebodyElse, LocalDate.now().plusDays(4), java.time.LocalTime.of(9, 0),
				30, de.weitblick.participant.appointment.AppointmentKind.PHONE, null, this.counsellor);
		IssuedInvitation letter = this.invitations.invite(this.participant, InvitationChannel.LETTER, null,
				this.counsellor);
		String name = this.invitations.redeem(letter.code(), username(), PASSWORD, PASSWORD);

		this.mvc.perform(get("/mein-bereich/termine").with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Raum 2.14")));
		this.mvc.perform(get("/mein-bereich/termine/{a}/kalender.ics", own).with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("BEGIN:VEVENT")))
			.andExpect(content().string(containsString("LOCATION:Raum 2.14")))
			.andExpect(content().string(not(containsString(this.givenNames))));
		// Another person's appointment, by changing the identifier in the address.
		this.mvc.perform(get("/api/v1/me/appointments/{a}/calendar", foreign).with(user(name).roles("PARTICIPANT")))
			.andExpect(status().isNotFound());
		assertThat(this.audit.search(name, null, 20)).extracting(AuditEntry::detailKey)
			.contains("participant.portal.audit.refused.not-own", "participant.portal.audit.calendar-file");
	}

	@Test
	void anEmptyMessageIsRefusedAndAnotherTeamNeverReadsTheThread() throws Exception {
		assertThatThrownBy(() -> this.messages.write(this.participant, "   ", this.counsellor))
			.isInstanceOf(RuleViolation.class);
		this.mvc
			.perform(post("/api/v1/participants/{id}/messages", this.participant.id()).with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		StaffMember other = CaseFiles.otherTeam(this.jdbc, this.organisation);
		assertThatThrownBy(() -> this.messages.thread(this.participant, other)).isInstanceOf(NotFound.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM participant_message WHERE participant_id = :id")
			.param("id", this.participant.id())
			.query(Integer.class)
			.single()).isZero();
		List<AuditEntry> refusals = this.audit.search(other.username(), this.participant.id(), 10);
		assertThat(refusals).isNotEmpty();
	}

	@Test
	void aParticipantsAccountReachesOnlyTheOwnArea() throws Exception {
		for (String path : List.of("/projects", "/participants", "/notifications", "/reports/exports",
				"/participants/" + this.participant.id(), "/account/password")) {
			this.mvc.perform(get(path).with(user("teilnehmende").roles("PARTICIPANT")))
				.andExpect(status().isForbidden());
		}
		for (String path : List.of("/api/v1/projects", "/api/v1/notifications",
				"/api/v1/participants/" + this.participant.id() + "/messages")) {
			this.mvc.perform(get(path).with(user("teilnehmende").roles("PARTICIPANT")))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/").with(user("teilnehmende").roles("PARTICIPANT")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/mein-bereich"));
		this.mvc.perform(get("/mein-bereich/zugang")).andExpect(status().isOk());
		this.mvc.perform(get("/mein-bereich")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/mein-bereich").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/mein-bereich").with(user("teilnehmende").roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.givenNames))));
	}

}
