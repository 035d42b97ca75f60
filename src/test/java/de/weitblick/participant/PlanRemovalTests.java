package de.weitblick.participant;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.SupportPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps and goals leave a plan only based on the version read: a stale removal or change
 * is refused with a conflict (API) or a German message in the plan's section (page), and
 * nothing changes.
 */
@WeitblickIntegrationTest
class PlanRemovalTests {

	@Autowired
	SupportPlans plans;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Appointments appointments;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	ParticipantId participant;

	UUID goal;

	UUID step;

	@BeforeEach
	void planWithAStep() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Planwechsel"), "Ana", LocalDate.of(1991, 3, 3)), null,
				false, this.counsellor);
		this.goal = this.plans.addGoal(this.participant, "Sprachkurs B2", null, null, this.counsellor);
		this.step = this.plans.addStep(this.participant, this.goal, "Anmeldung VHS", StepResponsibility.PARTICIPANT,
				LocalDate.now().plusDays(5), this.counsellor);
	}

	@Test
	void aStaleStepRemovalIsRefusedWithAConflictAndTheCurrentOneRemovesIt() throws Exception {
		this.mvc
			.perform(delete("/api/v1/participants/{p}/plan/steps/{s}", this.participant.id(), this.step)
				.param("version", "4")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(steps()).isOne();

		this.mvc
			.perform(delete("/api/v1/participants/{p}/plan/steps/{s}", this.participant.id(), this.step)
				.param("version", "0")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNoContent());
		assertThat(steps()).isZero();
	}

	@Test
	void aStaleStepChangeOnThePageIsExplainedInGermanAndChangesNothing() throws Exception {
		this.plans.changeStep(this.participant, this.step, 0, "Anmeldung VHS bis Freitag",
				StepResponsibility.PARTICIPANT, LocalDate.now().plusDays(5), this.counsellor);

		this.mvc
			.perform(post("/participants/{p}/plan/steps/{s}", this.participant.id(), this.step).param("version", "0")
				.param("description", "Anmeldung abgeschlossen")
				.param("responsible", "COUNSELLOR")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(flash().attribute("planErrorKey", "participant.plan.changed-in-the-meantime"));
		assertThat(this.plans.of(this.participant, this.counsellor).goals().get(0).steps().get(0).description())
			.isEqualTo("Anmeldung VHS bis Freitag");
	}

	@Test
	void aGoalIsChangedOnThePageAndAStaleChangeIsExplainedAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/participants/{p}/plan/goals/{g}", this.participant.id(), this.goal).param("version", "0")
				.param("title", "Sprachkurs C1")
				.param("participantWords", "Ich will im Beruf sicher sprechen.")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(flash().attribute("planMessageKey", "participant.plan.goal-changed"));
		this.mvc
			.perform(post("/participants/{p}/plan/goals/{g}", this.participant.id(), this.goal).param("version", "0")
				.param("title", "Sprachkurs A2")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(flash().attribute("planErrorKey", "participant.plan.changed-in-the-meantime"));

		var goal = this.plans.of(this.participant, this.counsellor).goals().get(0);
		assertThat(goal.title()).isEqualTo("Sprachkurs C1");
		assertThat(goal.participantWords()).isEqualTo("Ich will im Beruf sicher sprechen.");
	}

	@Test
	void aGoalIsRemovedWithItsSteps() throws Exception {
		this.mvc
			.perform(delete("/api/v1/participants/{p}/plan/goals/{g}", this.participant.id(), this.goal)
				.param("version", "0")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNoContent());
		assertThat(this.plans.of(this.participant, this.counsellor).goals()).isEmpty();
	}

	@Test
	void anAppointmentIsRemovedOnlyBasedOnTheVersionRead() throws Exception {
		UUID appointment = this.appointments.plan(this.participant, LocalDate.now().plusDays(3),
				java.time.LocalTime.of(10, 0), 45, AppointmentKind.IN_PERSON, null, this.counsellor);

		this.mvc
			.perform(delete("/api/v1/participants/{p}/appointments/{a}", this.participant.id(), appointment)
				.param("version", "2")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isConflict());
		assertThat(this.appointments.all(this.participant)).hasSize(1);

		this.mvc
			.perform(post("/participants/{p}/appointments/{a}/removal", this.participant.id(), appointment)
				.param("version", "0")
				.with(csrf())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(flash().attribute("appointmentsMessageKey", "participant.appointment.removed"));
		assertThat(this.appointments.all(this.participant)).isEmpty();
	}

	private long steps() {
		return this.plans.of(this.participant, this.counsellor)
			.goals()
			.stream()
			.mapToLong(goal -> goal.steps().size())
			.sum();
	}

}
