package de.weitblick.participant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.appointment.AppointmentStatus;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.CaseNote;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counselling notes with their visibility, and appointments with what became of them.
 */
@WeitblickIntegrationTest
class CaseJournalTests {

	@Autowired
	CaseJournal journal;

	@Autowired
	Appointments appointments;

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

	StaffMember colleague;

	ParticipantId participant;

	@BeforeEach
	void caseFile() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		UUID colleagueId = UUID.fromString("019a0000-0000-7000-8000-00000000f010");
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, 'kollegin', 'Kollegin im Team', 'COUNSELLOR', :unit) ON CONFLICT (id) DO NOTHING
				""").param("id", colleagueId).param("unit", this.counsellor.unitId()).update();
		this.colleague = this.organisation.staffMember(colleagueId).orElseThrow();
		PersonalDetails template = ParticipantTests.details(LocalDate.of(1988, 8, 8), null, false);
		PersonalDetails details = new PersonalDetails("Vermerk" + UUID.randomUUID().toString().substring(0, 6), "Karim",
				template.birthDate(), template.gender(), null, null, "Kassel", null, null, null, true, "DE", null,
				false, template.benefitBasis(), null, template.referralSource());
		this.participant = this.participants.register(
				new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null, false, this.counsellor);
	}

	@Test
	void aNoteForTheTeamIsReadByTheTeamAndAPrivateNoteOnlyByItsAuthor() {
		this.journal.writeNote(this.participant, "Bewerbungsunterlagen besprochen.", NoteVisibility.TEAM,
				this.counsellor);
		this.journal.writeNote(this.participant, "Persönliche Einschätzung.", NoteVisibility.AUTHOR_ONLY,
				this.counsellor);
		assertThat(this.journal.notes(this.participant, this.counsellor)).extracting(CaseNote::text)
			.containsExactlyInAnyOrder("Bewerbungsunterlagen besprochen.", "Persönliche Einschätzung.");
		assertThat(this.journal.notes(this.participant, this.colleague)).extracting(CaseNote::text)
			.containsExactly("Bewerbungsunterlagen besprochen.");
		assertThat(this.audit.search("fachkraft", this.participant.id(), 20)).extracting(AuditEntry::detailKey)
			.contains("participant.audit.note-written");
	}

	@Test
	void theAuthorRemovesANoteWithAReasonAndOnlyItsTraceStaysForTheTeam() throws Exception {
		UUID note = this.journal.writeNote(this.participant, "Falsche Person: Termin beim Zahnarzt.",
				NoteVisibility.TEAM, this.counsellor);

		this.mvc
			.perform(post("/participants/{id}/notes/{note}/removal", this.participant.id(), note)
				.param("reason", "Vermerk gehört zu einer anderen Fallakte")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notesMessageKey", "participant.note.removed"));

		assertThat(this.journal.notes(this.participant, this.colleague)).singleElement().satisfies(trace -> {
			assertThat(trace.isRemoved()).isTrue();
			assertThat(trace.text()).isNull();
			assertThat(trace.removedBy()).isEqualTo("fachkraft");
			assertThat(trace.removalReason()).isEqualTo("Vermerk gehört zu einer anderen Fallakte");
		});
		assertThat(this.jdbc.sql("SELECT count(*) FROM case_note WHERE text LIKE '%Zahnarzt%'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.audit.search("fachkraft", this.participant.id(), 20)).extracting(AuditEntry::detailKey)
			.contains("participant.audit.note-removed");
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("kollegin").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vermerk gehört zu einer anderen Fallakte")))
			.andExpect(content().string(not(containsString("Zahnarzt"))));
	}

	@Test
	void aColleagueCannotRemoveSomeoneElsesNoteAndARemovalNeedsAReason() throws Exception {
		UUID note = this.journal.writeNote(this.participant, "Bewerbungstraining vereinbart.", NoteVisibility.TEAM,
				this.counsellor);

		assertThatThrownBy(() -> this.journal.removeNote(this.participant, note, "stört mich", this.colleague))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.note.rule.only-the-author"));
		this.mvc
			.perform(post("/participants/{id}/notes/{note}/removal", this.participant.id(), note).param("reason", " ")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notesErrorKey", "participant.note.rule.reason-required"));

		assertThat(this.journal.notes(this.participant, this.counsellor)).extracting(CaseNote::text)
			.containsExactly("Bewerbungstraining vereinbart.");
	}

	@Test
	void aNoteRemovedTwiceIsRefusedTheSecondTimeAndThroughTheApiWithAConflict() throws Exception {
		UUID note = this.journal.writeNote(this.participant, "Doppelt erfasst.", NoteVisibility.TEAM, this.counsellor);

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/participants/{id}/notes/{note}", this.participant.id(), note)
				.param("reason", "doppelt")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/participants/{id}/notes/{note}", this.participant.id(), note)
				.param("reason", "doppelt")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/v1/participants/{id}/notes", this.participant.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].removalReason").value("doppelt"))
			.andExpect(jsonPath("$[0].text").doesNotExist());
	}

	@Test
	void anEmptyOrOverlongNoteIsRefused() {
		assertThatThrownBy(() -> this.journal.writeNote(this.participant, "  ", NoteVisibility.TEAM, this.counsellor))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(
				() -> this.journal.writeNote(this.participant, "x".repeat(4001), NoteVisibility.TEAM, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.note.rule.too-long"));
		assertThat(this.journal.notes(this.participant, this.counsellor)).isEmpty();
	}

	@Test
	void anAppointmentIsAgreedInLocalTimeAndItsOutcomeRecorded() {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		UUID appointment = this.appointments.plan(this.participant, tomorrow, LocalTime.of(9, 30), 45,
				AppointmentKind.IN_PERSON, "Raum 2.14", this.counsellor);
		this.appointments.record(this.participant, appointment, AppointmentStatus.ATTENDED, this.counsellor);
		assertThat(this.appointments.of(this.participant, this.counsellor)).singleElement().satisfies(a -> {
			assertThat(a.startsAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime())
				.isEqualTo(LocalTime.of(9, 30));
			assertThat(a.status()).isEqualTo(AppointmentStatus.ATTENDED);
		});
	}

	@Test
	void anAppointmentInThePastOrOfImpossibleLengthIsRefused() {
		assertThatThrownBy(() -> this.appointments.plan(this.participant, LocalDate.now().minusDays(1), LocalTime.NOON,
				45, AppointmentKind.PHONE, null, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("day"));
		assertThatThrownBy(() -> this.appointments.plan(this.participant, LocalDate.now().plusDays(1), LocalTime.NOON,
				600, AppointmentKind.PHONE, null, this.counsellor))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theCaseFilePageShowsNotesAndAppointmentsAndExplainsARefusal() throws Exception {
		this.mvc
			.perform(post("/participants/{id}/notes", this.participant.id()).with(counsellor())
				.with(csrf())
				.param("text", "Termin beim Jobcenter vorbereitet.")
				.param("visibility", "TEAM"))
			.andExpect(flash().attribute("messageKey", "participant.note.written"));
		this.mvc
			.perform(post("/participants/{id}/appointments", this.participant.id()).with(counsellor())
				.with(csrf())
				.param("day", LocalDate.now().minusDays(2).toString())
				.param("time", "10:00"))
			.andExpect(flash().attribute("journalErrorKey", "participant.appointment.rule.day-in-past"));
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Termin beim Jobcenter vorbereitet.")))
			.andExpect(content().string(containsString("Beratungsvermerke")));
	}

	@Test
	void thePersonsRequestForAccessIncludesEveryNoteAndAppointment() throws Exception {
		this.journal.writeNote(this.participant, "Nur für mich notiert.", NoteVisibility.AUTHOR_ONLY, this.counsellor);
		this.appointments.plan(this.participant, LocalDate.now().plusDays(3), LocalTime.of(14, 0), 30,
				AppointmentKind.VIDEO, null, this.counsellor);
		this.mvc.perform(get("/participants/{id}/subject-access", this.participant.id()).with(counsellor()))
			.andExpect(jsonPath("$.notes[0].text").value("Nur für mich notiert."))
			.andExpect(jsonPath("$.appointments[0].kind").value("VIDEO"));
		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("kollegin").roles("COUNSELLOR")))
			.andExpect(content().string(not(containsString("Nur für mich notiert."))));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
