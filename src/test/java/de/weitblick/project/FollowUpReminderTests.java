package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.FollowUpReminders;
import de.weitblick.project.outcome.Outcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The morning reminder of follow-ups as the project's lead meets it: told once when a
 * follow-up can be made, one message per project however many are due, never with a
 * person's name, and never twice, not even when two instances run at once. The days are
 * moved by dating the exits back, as the other outcome tests do.
 */
@WeitblickIntegrationTest
class FollowUpReminderTests {

	@Autowired
	FollowUpReminders reminders;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	Outcomes outcomes;

	@Autowired
	ProjectInstructors instructors;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	ProjectFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void theLeadIsToldOnceOnTheDayAFollowUpCanBeMadeAndTheInstructorIsNot() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		StaffMember instructor = this.organisation.staffMember("fachanleitung").orElseThrow();
		this.instructors.assign(project, instructor.id(), this.fixtures.lead);
		int instructorsInbox = this.notifications(instructor, null);
		// Two weeks and a day before it falls due: not yet.
		EnrolmentId person = leftWithFollowUpDueOn(project, "Erinnert", this.today.plusDays(15));

		this.reminders.remindDue();
		assertThat(reminders(project)).isZero();

		// A day later the follow-up falls due in two weeks and can be recorded.
		dueOn(person, this.today.plusDays(Outcomes.FOLLOW_UP_EARLY_DAYS));
		this.reminders.remindDue();
		assertThat(reminders(project)).isOne();

		this.reminders.remindDue();
		assertThat(reminders(project)).as("a second run tells nothing new").isOne();
		assertThat(this.notifications(instructor, null)).isEqualTo(instructorsInbox);
	}

	@Test
	void aFollowUpAlreadyRecordedIsNotReminded() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = leftWithFollowUpDueOn(project, "Erfasst", this.today.plusDays(3));
		Outcome outcome = this.outcomes.of(person, this.fixtures.lead).orElseThrow();
		this.outcomes.recordFollowUp(person, outcome.version(), OutcomeKind.EMPLOYMENT, this.today, null,
				this.fixtures.lead);

		this.reminders.remindDue();

		assertThat(reminders(project)).isZero();
	}

	@Test
	void severalFollowUpsOfOneProjectMakeOneMessageWithTheirNumberAndNoName() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		String anna = "Anna" + UUID.randomUUID();
		String bert = "Bert" + UUID.randomUUID();
		leftWithFollowUpDueOn(project, anna, this.today.minusDays(20));
		leftWithFollowUpDueOn(project, bert, this.today.plusDays(2));
		ProjectId other = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		String carla = "Carla" + UUID.randomUUID();
		leftWithFollowUpDueOn(other, carla, this.today);

		this.reminders.remindDue();

		assertThat(reminders(project)).isOne();
		assertThat(reminders(other)).isOne();
		List<String> arguments = this.jdbc.sql("""
				SELECT arguments FROM staff_notification WHERE recipient_id = :lead AND link = :link
				""")
			.param("lead", this.fixtures.lead.id())
			.param("link", linkTo(project))
			.query((rs, n) -> List.of((String[]) rs.getArray("arguments").getArray()))
			.single();
		String projectName = this.projects.project(project).orElseThrow().displayName();
		assertThat(arguments).containsExactly(projectName, "2");
		String text = this.messages.getMessage("outcome.follow-ups.notification", arguments.toArray(), Locale.GERMAN);
		assertThat(text).contains(projectName, "2").doesNotContain(anna, bert, carla);
		// The link opens the list of this project's follow-ups, where the lead sees whom
		// to ask.
		this.mvc.perform(get(linkTo(project)).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(anna)))
			.andExpect(content().string(containsString(bert)))
			.andExpect(content().string(not(containsString(carla))));
	}

	@Test
	void aProjectWithoutALeadWaitsUntilItHasOneAndItsLeadIsThenTold() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		leftWithFollowUpDueOn(project, "Ohneleitung", this.today);
		this.jdbc.sql("UPDATE project SET lead_id = NULL WHERE id = :id").param("id", project.id()).update();

		this.reminders.remindDue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM staff_notification WHERE link = :link")
			.param("link", linkTo(project))
			.query(Integer.class)
			.single()).isZero();

		this.jdbc.sql("UPDATE project SET lead_id = :lead WHERE id = :id")
			.param("lead", this.fixtures.lead.id())
			.param("id", project.id())
			.update();
		this.reminders.remindDue();
		assertThat(reminders(project)).isOne();
	}

	@Test
	void twoInstancesRunningAtOnceTellTheLeadOnlyOnce() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		leftWithFollowUpDueOn(project, "Zweifach", this.today);

		// The first run holds its follow-ups until it commits; the second, in a
		// transaction of its own, runs meanwhile and must pass them by rather than wait.
		this.transactions.executeWithoutResult(first -> {
			this.reminders.remindDue();
			CompletableFuture.runAsync(this.reminders::remindDue).orTimeout(30, TimeUnit.SECONDS).join();
		});

		assertThat(reminders(project)).isOne();
	}

	private EnrolmentId leftWithFollowUpDueOn(ProjectId project, String familyName, LocalDate dueOn) {
		EnrolmentId id = this.referrals.refer(this.fixtures.referral(project, this.fixtures.person(familyName)),
				this.fixtures.counsellor);
		Enrolment offered = this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.enrol(id, offered.version(), this.today, this.fixtures.lead);
		Enrolment started = this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.exit(id, started.version(), EnrolmentStatus.COMPLETED, this.today, null, null,
				new ExitOutcome(OutcomeKind.UNKNOWN, true, false, null), this.fixtures.lead);
		dueOn(id, dueOn);
		return id;
	}

	/** Dates the exit back so that the follow-up falls due on the day given. */
	private void dueOn(EnrolmentId id, LocalDate dueOn) {
		LocalDate exit = dueOn.minus(Outcomes.FOLLOW_UP_AFTER);
		this.jdbc.sql("""
				UPDATE enrolment SET referred_on = :started, offered_on = :started, started_on = :started,
				    ended_on = :exit WHERE id = :id
				""").param("started", exit.minusDays(30)).param("exit", exit).param("id", id.id()).update();
		this.jdbc.sql("UPDATE enrolment_outcome SET follow_up_due_on = :due WHERE enrolment_id = :id")
			.param("due", dueOn)
			.param("id", id.id())
			.update();
	}

	private int reminders(ProjectId project) {
		return notifications(this.fixtures.lead, linkTo(project));
	}

	private int notifications(StaffMember recipient, String link) {
		return this.jdbc.sql("""
				SELECT count(*) FROM staff_notification
				WHERE recipient_id = :recipient AND (CAST(:link AS text) IS NULL OR link = CAST(:link AS text))
				""").param("recipient", recipient.id()).param("link", link).query(Integer.class).single();
	}

	private static String linkTo(ProjectId project) {
		return "/enrolments/follow-ups?project=" + project.id();
	}

}
