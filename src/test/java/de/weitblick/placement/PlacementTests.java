package de.weitblick.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.AuditedSubjects;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.employer.Chamber;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.SizeClass;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Placements from the proposal to the follow-up, the refusals the employer service meets,
 * and the engagement record computed from them.
 */
@WeitblickIntegrationTest
class PlacementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlacementManagement placements;

	@Autowired
	EngagementRecords engagementRecords;

	@Autowired
	FollowUps followUps;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offerManagement;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	StaffMember service() {
		return this.organisation.staffMember("arbeitgeberservice").orElseThrow();
	}

	/** A synthetic person of the reference case with no placement yet. */
	ParticipantId freePerson() {
		return new ParticipantId(this.jdbc.sql("""
				SELECT p.id FROM participant p
				WHERE NOT EXISTS (SELECT 1 FROM placement x WHERE x.participant_id = p.id)
				ORDER BY random() LIMIT 1
				""").query(UUID.class).single());
	}

	EmployerId employer(String stem) {
		return this.employers.register(new EmployerDetails(stem + " " + UUID.randomUUID(), null, "87.10",
				SizeClass.MEDIUM, null, null, "Kassel", null, false, Chamber.OTHER, true,
				List.of(new EmployerContact("Leitung", null, null, null, null))), service());
	}

	OfferId offer(EmployerId employer, OfferKind kind, OccupationalField field, LocalDate startsOn, LocalDate endsOn,
			int seats) {
		return this.offerManagement.addOffer(employer,
				new OfferDetails(kind, "Angebot " + kind, field, "Beruf",
						(kind == OfferKind.INTERNSHIP_MODULE) ? "Bereich" : null,
						(kind == OfferKind.INTERNSHIP_MODULE) ? 6 : null,
						(kind == OfferKind.TASTER_SLOT) ? "Gewerk" : null, startsOn, endsOn, seats, null),
				service());
	}

	int placementsIn(OfferId offer) {
		return this.jdbc.sql("SELECT count(*) FROM placement WHERE offer_id = :offer")
			.param("offer", offer.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void aPersonCannotBeProposedForAFullOffer() {
		LocalDate today = LocalDate.now();
		OfferId internship = offer(employer("Pflegeheim"), OfferKind.INTERNSHIP, OccupationalField.CARE,
				today.plusDays(5), today.plusDays(30), 1);
		this.placements.propose(freePerson(), internship, service());

		assertThatThrownBy(() -> this.placements.propose(freePerson(), internship, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("placement.rule.offer-full");
		assertThat(placementsIn(internship)).isOne();
	}

	@Test
	void aPersonCannotBeProposedForAnOfferThatHasEnded() throws Exception {
		LocalDate today = LocalDate.now();
		EmployerId employer = employer("Kita");
		OfferId ended = offer(employer, OfferKind.INTERNSHIP, OccupationalField.EDUCATION, today.minusDays(30),
				today.minusDays(1), 3);

		this.mvc
			.perform(post("/employers/" + employer.id() + "/placements")
				.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE"))
				.with(csrf())
				.param("participantId", freePerson().id().toString())
				.param("offerId", ended.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ist abgelaufen")));
		assertThat(placementsIn(ended)).isZero();
	}

	@Test
	void aPersonCannotBePlacedTwiceAtTheSameTime() {
		LocalDate today = LocalDate.now();
		ParticipantId person = freePerson();
		OfferId first = offer(employer("Pflegedienst"), OfferKind.INTERNSHIP, OccupationalField.CARE,
				today.plusDays(10), today.plusDays(40), 2);
		OfferId overlapping = offer(employer("Seniorenheim"), OfferKind.JOB, OccupationalField.CARE, today.plusDays(30),
				null, 2);
		OfferId later = offer(employer("Hauswirtschaft"), OfferKind.INTERNSHIP, OccupationalField.HOME_ECONOMICS,
				today.plusDays(41), today.plusDays(60), 2);
		this.placements.propose(person, first, service());

		assertThatThrownBy(() -> this.placements.propose(person, overlapping, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("placement.rule.conflict");
		assertThat(placementsIn(overlapping)).isZero();
		this.placements.propose(person, later, service());
		assertThat(placementsIn(later)).isOne();
	}

	@Test
	void anUnknownPersonIsRefused() {
		OfferId offer = offer(employer("Betrieb"), OfferKind.JOB, OccupationalField.OTHER, LocalDate.now(), null, 1);
		assertThatThrownBy(() -> this.placements.propose(new ParticipantId(UUID.randomUUID()), offer, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("placement.rule.participant-unknown");
	}

	@Test
	void aCareHireRunsFromProposalToTheSixMonthFollowUpAndCountsInTheEngagementRecord() throws Exception {
		LocalDate today = LocalDate.now();
		LocalDate started = today.minusMonths(7);
		EmployerId employer = employer("Pflegegesellschaft");
		OfferId job = offer(employer, OfferKind.JOB, OccupationalField.CARE, started.minusDays(10), null, 3);
		PlacementId id = this.placements.propose(freePerson(), job, service());
		this.placements.agree(id, 0, started.minusDays(5), service());
		assertThatThrownBy(() -> this.followUps.recordFollowUp(id, 1, true, service()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("follow-up-only-hires");
		this.placements.start(id, 1, started, service());
		this.followUps.recordFollowUp(id, 2, true, service());

		Placement placement = this.placements.placement(id, service()).orElseThrow();
		assertThat(placement.status()).isEqualTo(PlacementStatus.STARTED);
		assertThat(placement.stillEmployed()).isTrue();
		assertThat(placement.countsForSocialEconomy()).isTrue();
		assertThat(placement.participantName()).isNotBlank();

		EngagementRecord record = this.engagementRecords.engagement(employer, started.getYear(), today.getYear(),
				service());
		assertThat(record.total().hires()).isOne();
		assertThat(record.total().hiresLastingSixMonths()).isOne();
		assertThat(record.total().socialEconomyHires()).isOne();

		this.mvc
			.perform(get("/placements/" + id.id() + "/agreement.pdf")
				.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc
			.perform(get("/employers/" + employer.id() + "/engagement")
				.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Davon sechs Monate gehalten")))
			.andExpect(content().string(containsString(placement.participantName())));
	}

	@Test
	void aStaleStepIsRefusedAndAPlacementEndsOnlyWithAReason() {
		LocalDate today = LocalDate.now();
		OfferId offer = offer(employer("Werkstatt"), OfferKind.INTERNSHIP, OccupationalField.OTHER, today.plusDays(3),
				today.plusDays(20), 2);
		PlacementId id = this.placements.propose(freePerson(), offer, service());
		this.placements.agree(id, 0, today, service());
		assertThatThrownBy(() -> this.placements.agree(id, 0, today, service()))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.placements.end(id, 1, today, null, service())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("reason-required");
		this.placements.end(id, 1, today, EndReason.NOT_STARTED, service());
		assertThat(this.placements.placement(id, service()).orElseThrow().status()).isEqualTo(PlacementStatus.ENDED);
	}

	@Test
	void anEmployerAccountSeesItsEngagementButNoPersonsPlacement() throws Exception {
		StaffMember account = this.organisation.staffMember("arbeitgeber").orElseThrow();
		UUID joinery = UUID.fromString("019a0000-0000-7000-8000-000000009001");
		assertThat(this.engagementRecords.engagement(new EmployerId(joinery), 2022, 2026, account).years()).hasSize(5);
		assertThatThrownBy(() -> this.placements.placementsOf(new EmployerId(joinery), account))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/employers/" + joinery + "/engagement").with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Person vorschlagen"))));
		this.mvc
			.perform(get("/api/v1/placements").param("employerId", joinery.toString())
				.with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEmployerServiceFindsAPersonOfItsOwnUnitByNameAndTheSearchIsAudited() throws Exception {
		UUID person = this.jdbc.sql("""
				SELECT p.id FROM participant p WHERE p.responsible_unit_id = :unit ORDER BY random() LIMIT 1
				""").param("unit", service().unitId()).query(UUID.class).single();
		String name = this.jdbc.sql("SELECT family_name || ' ' || given_names FROM participant WHERE id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		UUID otherUnit = this.jdbc.sql("""
				SELECT p.id FROM participant p WHERE p.responsible_unit_id <> :unit ORDER BY random() LIMIT 1
				""").param("unit", service().unitId()).query(UUID.class).single();
		String otherName = this.jdbc.sql("SELECT family_name || ' ' || given_names FROM participant WHERE id = :id")
			.param("id", otherUnit)
			.query(String.class)
			.single();

		assertThat(this.placements.findPeople(name, null, service()))
			.anySatisfy(found -> assertThat(found.id().id()).isEqualTo(person));
		assertThat(this.placements.findPeople(otherName, null, service()))
			.noneSatisfy(found -> assertThat(found.id().id()).isEqualTo(otherUnit));
		assertThat(this.placements.findPeople(null, null, service())).isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE actor = 'arbeitgeberservice' AND purpose = 'PLACEMENT' AND :person = ANY(%s)
				""".formatted(AuditedSubjects.OF_AUDIT_EVENT)).param("person", person).query(Integer.class).single())
			.isPositive();
		this.mvc
			.perform(get("/employers/019a0000-0000-7000-8000-000000009005/engagement").param("personName", name)
				.with(user("arbeitgeberservice").roles("EMPLOYER_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.toString())));
	}

	@Test
	void theApiTakesEachStepOfAPlacementThroughOneOperation() throws Exception {
		LocalDate today = LocalDate.now();
		OfferId offer = offer(employer("Schreinerei"), OfferKind.INTERNSHIP, OccupationalField.OTHER,
				today.minusDays(3), today.plusDays(20), 2);
		PlacementId id = this.placements.propose(freePerson(), offer, service());
		for (String[] step : new String[][] { { "agreement", "0", "AGREED" }, { "start", "1", "STARTED" } }) {
			this.mvc
				.perform(post("/api/v1/placements/" + id.id() + "/" + step[0])
					.with(httpBasic("arbeitgeberservice", "weitblick-demo"))
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content("{\"version\": " + step[1] + "}"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
					.value(step[2]));
		}
		this.mvc
			.perform(post("/api/v1/placements/" + id.id() + "/end")
				.with(httpBasic("arbeitgeberservice", "weitblick-demo"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"version\": 2}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/placements/" + id.id() + "/end")
				.with(httpBasic("arbeitgeberservice", "weitblick-demo"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"reason\": \"COMPLETED\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/placements/" + id.id() + "/end")
				.with(httpBasic("arbeitgeberservice", "weitblick-demo"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"version\": 2, \"reason\": \"COMPLETED\"}"))
			.andExpect(status().isOk());
		assertThat(this.placements.placement(id, service()).orElseThrow().status()).isEqualTo(PlacementStatus.ENDED);
	}

}
