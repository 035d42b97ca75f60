package de.weitblick.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.edition.EditionDetails;
import de.weitblick.dialogue.edition.EditionInvitations;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.dialogue.edition.InvitationStatus;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edition is planned, people are invited by e-mail into the local outbox, their
 * answers and attendance are recorded and the edition is documented; the public reads the
 * plan and the minutes, never who was invited.
 */
@WeitblickIntegrationTest
class EditionTests {

	private static final UUID EDITION_2022 = UUID.fromString("019a0000-0000-7000-8000-000000006003");

	@Autowired
	EditionPlanning planning;

	@Autowired
	EditionInvitations invitations;

	@Autowired
	IdeaSubmission submission;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private UUID nextEdition() {
		return this.planning.create("Arbeitsmarktdialog " + UUID.randomUUID(), LocalDate.of(2099, 6, 1),
				DialogueFormat.HYBRID, "Rathaus Kassel", null);
	}

	private int outboxMailsTo(String address) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(Integer.class)
			.single();
	}

	@Test
	void theReferenceEditionsAreDocumentedWithAgendaTablesPerFocusGroupAndMinutes() {
		EditionDetails edition = this.planning.details(EDITION_2022, true);

		assertThat(edition.agenda()).isNotEmpty();
		assertThat(edition.tables()).extracting(EditionDetails.Table::focusGroup).contains(FocusGroupCode.values());
		assertThat(edition.minutes()).contains("zehn neue Projektansätze");
		assertThat(edition.attended()).isPositive();
	}

	@Test
	void anInvitationAndTheRemindersGoToTheOutboxAndTheAnswersAreCounted() {
		UUID edition = nextEdition();
		String address = "einladung-" + UUID.randomUUID() + "@beispiel.example";
		this.planning.addTable(edition, FocusGroupCode.WOMEN, "Tisch Alleinerziehende", null);
		UUID invitation = this.invitations.invite(edition, "Leitung Familienzentrum", address, "Familienzentrum",
				"moderation");
		assertThat(outboxMailsTo(address)).isEqualTo(1);

		assertThat(this.invitations.remind(edition)).isEqualTo(1);
		assertThat(outboxMailsTo(address)).isEqualTo(2);

		UUID table = this.planning.details(edition, false).tables().get(0).id();
		this.invitations.recordAnswer(edition, invitation, 0, InvitationStatus.REGISTERED, table, true);
		EditionDetails details = this.planning.details(edition, false);
		assertThat(details.registered()).isEqualTo(1);
		assertThat(details.attended()).isEqualTo(1);
		assertThat(details.tables().get(0).registered()).isEqualTo(1);
		assertThat(details.invitations()).as("not for the public").isEmpty();

		assertThatThrownBy(
				() -> this.invitations.recordAnswer(edition, invitation, 0, InvitationStatus.DECLINED, null, false))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		UUID edition = nextEdition();
		String address = "doppelt-" + UUID.randomUUID() + "@beispiel.example";
		this.invitations.invite(edition, "Erste Einladung", address, null, "moderation");

		assertThatThrownBy(() -> this.invitations.invite(edition, "Zweite", address.toUpperCase(), null, "moderation"))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("dialogue.rule.invited-already"));
		assertThatThrownBy(() -> this.invitations.invite(edition, "Ohne", "keine-adresse", null, "moderation"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("email"));
		assertThatThrownBy(() -> this.invitations.invite(edition, " ", "a@b.example", null, "moderation"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
		assertThatThrownBy(() -> this.planning.addAgendaItem(edition, LocalTime.NOON, "x".repeat(201), null))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.planning.schedule(edition, 0, LocalTime.of(14, 0), LocalTime.of(10, 0), null))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsAt"));
		UUID invitation = this.planning.details(edition, true).invitations().get(0).id();
		assertThatThrownBy(
				() -> this.invitations.recordAnswer(edition, invitation, 0, InvitationStatus.DECLINED, null, true))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("dialogue.rule.attended-needs-registration"));
		assertThatThrownBy(() -> this.invitations.remind(EDITION_2022)).isInstanceOf(RuleViolation.class);

		EditionDetails details = this.planning.details(edition, true);
		assertThat(details.invitations()).hasSize(1);
		assertThat(details.agenda()).isEmpty();
		assertThat(details.startsAt()).isNull();
		assertThat(outboxMailsTo(address)).isEqualTo(1);
	}

	@Test
	void theModeratorsOpenAnEditionForIdeasAndForThePublicAndCloseItAgain() throws Exception {
		UUID edition = nextEdition();
		Contributor citizen = Contributor.ofPublic("buergerin-" + UUID.randomUUID() + "@example.org", "Bürgerin");
		IdeaDraft draft = new IdeaDraft(edition, "Sprachcafé im Stadtteil", "Menschen finden keinen Zugang.",
				"Wir gehen auf sie zu.", null, null, null, Set.of(FocusGroupCode.MIGRATION_HISTORY), Set.of());
		assertThatThrownBy(() -> this.submission.submit(draft, citizen))
			.hasMessageContaining("dialogue.rule.edition-closed");

		this.mvc
			.perform(post("/dialogue/manage/editions/" + edition + "/call").with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("submissionsOpen", "true")
				.param("publicParticipation", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("doneKey", "dialogue.call.saved"));
		this.mvc.perform(get("/dialogue/manage/editions/" + edition).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Bürgerinnen und Bürger mit bestätigter E-Mail-Adresse reichen")));
		UUID idea = this.submission.submit(draft, citizen);
		assertThat(idea).isNotNull();

		// A counsellor may read the dialogue but not open or close it.
		this.mvc
			.perform(put("/api/v1/dialogue/editions/" + edition + "/idea-call")
				.with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"submissionsOpen\":false,\"publicParticipation\":false}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(put("/api/v1/dialogue/editions/" + edition + "/idea-call")
				.with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"submissionsOpen\":true,\"publicParticipation\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submissionsOpen").value(true))
			.andExpect(jsonPath("$.publicParticipation").value(false));
		assertThatThrownBy(() -> this.submission.submit(draft, citizen))
			.hasMessageContaining("dialogue.rule.edition-not-public");
		this.mvc
			.perform(put("/api/v1/dialogue/editions/" + edition + "/idea-call")
				.with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"submissionsOpen\":false,\"publicParticipation\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publicParticipation").value(false));
		assertThat(this.submission.openEditions(false)).doesNotContainKey(edition);
	}

	@Test
	void thePublicReadsTheEditionAndItsAttachmentButOnlyModeratorsPlanIt() throws Exception {
		UUID edition = nextEdition();
		this.invitations.invite(edition, "Geheime Person", "geheim-" + UUID.randomUUID() + "@beispiel.example", null,
				"moderation");
		this.mvc
			.perform(multipart("/dialogue/manage/editions/" + edition + "/attachments")
				.file(new MockMultipartFile("file", "Protokoll.txt", "text/plain", "Ergebnisse".getBytes()))
				.with(user("moderation").roles("MODERATION"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/dialogue/manage/editions/" + edition + "/minutes")
				.with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("version", "0")
				.param("minutes", "<b>fett</b> Ergebnisse"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/dialogue/editions/" + edition))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Protokoll.txt")))
			.andExpect(content().string(containsString("&lt;b&gt;fett&lt;/b&gt; Ergebnisse")))
			.andExpect(content().string(not(containsString("Geheime Person"))));
		UUID attachment = this.planning.details(edition, false).attachments().get(0).id();
		this.mvc.perform(get("/dialogue/editions/" + edition + "/attachments/" + attachment))
			.andExpect(status().isOk())
			.andExpect(content().bytes("Ergebnisse".getBytes()));
		this.mvc.perform(get("/api/v1/dialogue/editions/" + edition))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invited").value(1))
			.andExpect(content().string(not(containsString("Geheime Person"))));
		this.mvc.perform(get("/dialogue/manage/editions/" + edition)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/dialogue/manage/editions/" + edition).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dialogue/manage/editions/" + edition).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geheime Person")));
	}

}
