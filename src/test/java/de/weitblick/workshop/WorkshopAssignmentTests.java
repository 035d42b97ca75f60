package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Jobcenter assigns people to the carriage workshop; the limits of § 16d (6) SGB II
 * refuse what passes them with the months used and the day a new assignment is possible,
 * and nothing refused is stored. Instructors see what the work needs; the allowance is
 * paid for the hours of the project's attendance.
 */
@WeitblickIntegrationTest
class WorkshopAssignmentTests {

	static final WorkshopId CARRIAGE_WORKSHOP = new WorkshopId(UUID.fromString("019a0000-0000-7000-8000-000000011001"));

	@Autowired
	Assignments assignments;

	@Autowired
	Allowances allowances;

	@Autowired
	WorkshopManagement workshops;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	CaseFileMerge merge;

	@Autowired
	AuditTrail audit;

	StaffMember jobcenter;

	StaffMember counsellor;

	StaffMember instructor;

	Person person;

	@BeforeEach
	void aPersonOfTheCounsellorsTeamNotAssignedYet() {
		this.jobcenter = this.organisation.staffMember("jobcenter").orElseThrow();
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.instructor = this.organisation.staffMember("fachanleitung").orElseThrow();
		this.person = unassigned();
	}

	@Test
	void theJobcenterAssignsAndAnAssignmentPastTwentyFourMonthsIsRefusedWithTheMonthsUsedAndNothingStored()
			throws Exception {
		assign("2010-01-01", "2011-06-30", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.startsOn").value("2010-01-01"))
			.andExpect(jsonPath("$.weeklyHours").value(20));

		// 546 days used: 18.2 months; 275 more pass 24 months
		assign("2011-07-01", "2012-03-31", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("furtherMonthsReason"))
			.andExpect(jsonPath("$.detail", containsString("18,2 Monate")))
			.andExpect(jsonPath("$.detail", containsString("§ 16d Abs. 6 SGB II")))
			.andExpect(jsonPath("$.detail", containsString("01.07.2011")));
		assertThat(assignmentsOf(this.person)).isEqualTo(1);

		assign("2011-07-01", "2012-03-31", "Die Voraussetzungen nach Abs. 1 und 5 liegen weiter vor.")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.furtherMonthsReason")
				.value("Die Voraussetzungen nach Abs. 1 und 5 liegen weiter vor."));
		assertThat(assignmentsOf(this.person)).isEqualTo(2);

		// 821 days used: 27.4 months; 36 months are never passed, and the window ends
		// with 2014
		assign("2012-04-01", "2013-03-31", "Weiter erforderlich").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Höchstdauer von 36 Monaten")))
			.andExpect(jsonPath("$.detail", containsString("27,4 Monate")))
			.andExpect(jsonPath("$.detail", containsString("01.01.2015")));
		assertThat(assignmentsOf(this.person)).isEqualTo(2);
	}

	@Test
	void afterAMergeOfCaseFilesTheAssignmentsFollowAndTheMonthsOfBothCountTowardsTheLimit() {
		String name = "Doppelt" + UUID.randomUUID();
		ParticipantId survivor = registered(name);
		ParticipantId merged = registered(name);
		this.assignments.assign(request(survivor, "2010-01-01", "2011-06-30"), this.jobcenter);
		AssignmentId moving = this.assignments.assign(request(merged, "2011-07-01", "2012-03-31"), this.jobcenter);

		this.merge.merge(survivor, version(survivor), merged, version(merged), Map.of(), this.counsellor);

		assertThat(this.assignments.assignment(moving, this.jobcenter).orElseThrow().participantId())
			.isEqualTo(survivor);
		assertThat(assignmentsOf(new Person(merged.id(), null))).isZero();
		assertThat(assignmentsOf(new Person(survivor.id(), null))).isEqualTo(2);
		// 546 and 275 days: 27.4 months of one person, past the 24 without a confirmation
		assertThatThrownBy(() -> this.assignments.assign(request(survivor, "2012-04-01", "2012-06-30"), this.jobcenter))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("workshop.rule.needs-confirmation");
				assertThat(violation.arguments()).contains(new BigDecimal("27.4"));
			});
		assertThat(assignmentsOf(new Person(survivor.id(), null))).isEqualTo(2);
		assertThat(this.audit.search("fachkraft", survivor.id(), 50)).anySatisfy(entry -> assertThat(entry.structured())
			.isEqualTo(AuditDetail.of("workshop.audit.assignment-moved", moving.id(), merged.id())));
	}

	@Test
	void overlappingAssignmentsOfOnePersonAreRefusedNamingTheOther() {
		this.assignments.assign(request("2012-01-01", "2012-06-30", null), this.counsellor);

		assertThatThrownBy(() -> this.assignments.assign(request("2012-06-30", "2012-09-30", null), this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("workshop.rule.overlap");
				assertThat(violation.arguments()).contains("Kutschenwerkstatt");
			});
		assertThat(assignmentsOf(this.person)).isEqualTo(1);
	}

	@Test
	void aCounsellorCannotConfirmFurtherMonthsOnlyTheJobcenterCan() {
		this.assignments.assign(request("2013-01-01", "2014-12-01", null), this.counsellor);
		AssignmentId first = this.assignments.ofWorkshop(CARRIAGE_WORKSHOP, this.counsellor)
			.stream()
			.filter(view -> view.participantId().id().equals(this.person.id()))
			.findFirst()
			.orElseThrow()
			.id();
		AssignmentView view = this.assignments.assignment(first, this.counsellor).orElseThrow();

		assertThatThrownBy(() -> this.assignments.extend(first, view.version(), LocalDate.of(2015, 3, 31),
				"Voraussetzungen liegen vor", this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("workshop.rule.needs-jobcenter"));
		assertThat(this.assignments.assignment(first, this.counsellor).orElseThrow().endsOn())
			.isEqualTo(LocalDate.of(2014, 12, 1));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() throws Exception {
		assign("2012-06-01", "2012-05-01", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("endsOn"))
			.andExpect(jsonPath("$.detail").value("Der letzte Tag der Zuweisung darf nicht vor dem ersten liegen."));
		this.mvc
			.perform(post("/api/v1/workshops/{id}/assignments", CARRIAGE_WORKSHOP.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "birthDate": "%s", "startsOn": "2012-01-01",
						 "endsOn": "2012-02-01", "weeklyHours": 31}
						""".formatted(this.person.id(), this.person.birthDate()))
				.with(user("jobcenter").roles("PARTNER"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("weeklyHours"));
		this.mvc
			.perform(post("/api/v1/workshops/{id}/assignments", CARRIAGE_WORKSHOP.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "birthDate": "1900-01-01", "startsOn": "2012-01-01",
						 "endsOn": "2012-02-01", "weeklyHours": 20}
						""".formatted(this.person.id()))
				.with(user("jobcenter").roles("PARTNER"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("participantId"));
		assertThat(assignmentsOf(this.person)).isZero();
	}

	@Test
	void theInstructorRecordsAbsencesAndSkillsButSeesNeitherTheReasonsNorTheAllowance() throws Exception {
		this.assignments.assign(request("2009-01-01", "2010-11-30", null), this.jobcenter);
		AssignmentView seen = this.assignments.ofWorkshop(CARRIAGE_WORKSHOP, this.jobcenter)
			.stream()
			.filter(view -> view.participantId().id().equals(this.person.id()))
			.findFirst()
			.orElseThrow();
		this.assignments.extend(seen.id(), seen.version(), LocalDate.of(2011, 6, 30), "Voraussetzungen liegen vor",
				this.jobcenter);

		this.assignments.recordAbsence(seen.id(), LocalDate.of(2009, 3, 2), AbsenceReason.ILLNESS, null,
				this.instructor);
		this.assignments.recordSkill(seen.id(), "WOODWORK", LocalDate.of(2009, 6, 1), this.instructor);
		AssignmentView instructorView = this.assignments.assignment(seen.id(), this.instructor).orElseThrow();

		assertThat(instructorView.furtherMonthsReason()).isNull();
		assertThat(instructorView.decides()).isFalse();
		assertThat(instructorView.absences()).extracting(AssignmentView.Absence::reason)
			.containsExactly(AbsenceReason.ILLNESS);
		assertThat(instructorView.skills()).extracting(AssignmentView.GainedSkill::code).containsExactly("WOODWORK");
		assertThatThrownBy(() -> this.allowances.statement(seen.id(), YearMonth.of(2009, 3), this.instructor))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.assignments.recordAbsence(seen.id(), LocalDate.of(2009, 3, 2),
				AbsenceReason.HOLIDAY, null, this.instructor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("workshop.rule.absence-twice"));
		this.mvc
			.perform(get("/api/v1/workshops/assignments/{id}", seen.id().id())
				.with(user("fachanleitung").roles("INSTRUCTOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.furtherMonthsReason").value(nullValue()));
		this.mvc
			.perform(get("/api/v1/workshops/assignments/{id}", seen.id().id())
				.with(user("fachkraft2").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAllowanceIsPaidForTheHoursOfTheProjectsAttendanceAtTheRateOfTheDay() {
		// somebody taking part in the carriage workshop's project, with attendance on
		// record
		var taking = this.jdbc.sql("""
				SELECT e.participant_id, p.birth_date, min(s.held_on) AS first_day
				FROM enrolment e JOIN participant p ON p.id = e.participant_id
				JOIN attendance a ON a.enrolment_id = e.id JOIN project_session s ON s.id = a.session_id
				WHERE e.project_id = '019a0000-0000-7000-8000-000000005005'
				  AND NOT EXISTS (SELECT 1 FROM work_assignment w WHERE w.participant_id = e.participant_id)
				GROUP BY e.participant_id, p.birth_date ORDER BY e.participant_id LIMIT 1
				""")
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
							rs.getObject(3, LocalDate.class) })
			.single();
		UUID id = (UUID) taking[0];
		LocalDate first = (LocalDate) taking[2];
		YearMonth month = YearMonth.from(first);
		AssignmentId assignment = this.assignments
			.assign(new AssignmentRequest(CARRIAGE_WORKSHOP, new ParticipantId(id), (LocalDate) taking[1],
					month.atDay(1), month.plusMonths(5).atEndOfMonth(), BigDecimal.valueOf(24), null), this.jobcenter);

		AllowanceStatement statement = this.allowances.statement(assignment, month, this.jobcenter);

		BigDecimal attended = this.jdbc.sql("""
				SELECT COALESCE(sum(a.hours), 0) FROM attendance a JOIN project_session s ON s.id = a.session_id
				JOIN enrolment e ON e.id = a.enrolment_id
				WHERE e.participant_id = :person AND e.project_id = '019a0000-0000-7000-8000-000000005005'
				  AND s.held_on BETWEEN :from AND :until
				""")
			.param("person", id)
			.param("from", month.atDay(1))
			.param("until", month.atEndOfMonth())
			.query(BigDecimal.class)
			.single();
		long cents = month.isBefore(YearMonth.of(2026, 1)) ? 150 : 180;
		assertThat(statement.hours()).isEqualByComparingTo(attended);
		assertThat(statement.total().cents()).isEqualTo(
				attended.multiply(BigDecimal.valueOf(cents)).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
		MonthlyList list = this.allowances.monthlyList(CARRIAGE_WORKSHOP, month, this.jobcenter);
		assertThat(list.rows()).anySatisfy(row -> {
			assertThat(row.assignmentId()).isEqualTo(assignment);
			assertThat(row.allowance()).isEqualTo(statement.total());
		});
		assertThatThrownBy(() -> this.allowances.monthlyList(CARRIAGE_WORKSHOP, month, this.instructor))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.allowances.statement(new AssignmentId(UUID.randomUUID()), month, this.jobcenter))
			.isInstanceOf(NotFound.class);
	}

	private org.springframework.test.web.servlet.ResultActions assign(String from, String until, String reason)
			throws Exception {
		return this.mvc.perform(post("/api/v1/workshops/{id}/assignments", CARRIAGE_WORKSHOP.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"participantId": "%s", "birthDate": "%s", "startsOn": "%s", "endsOn": "%s", "weeklyHours": 20,
					 "furtherMonthsReason": %s}
					""".formatted(this.person.id(), this.person.birthDate(), from, until,
					(reason == null) ? "null" : "\"" + reason + "\""))
			.with(user("jobcenter").roles("PARTNER"))
			.with(csrf()));
	}

	private AssignmentRequest request(String from, String until, String reason) {
		return new AssignmentRequest(CARRIAGE_WORKSHOP, new ParticipantId(this.person.id()), this.person.birthDate(),
				LocalDate.parse(from), LocalDate.parse(until), BigDecimal.valueOf(20), reason);
	}

	private AssignmentRequest request(ParticipantId person, String from, String until) {
		return new AssignmentRequest(CARRIAGE_WORKSHOP, person, LocalDate.of(1990, 5, 17), LocalDate.parse(from),
				LocalDate.parse(until), BigDecimal.valueOf(20), null);
	}

	private ParticipantId registered(String familyName) {
		PersonalDetails details = new PersonalDetails(familyName, "Test", LocalDate.of(1990, 5, 17), Gender.FEMALE,
				null, null, "Kassel", "14", null, null, true, "DE", null, false, BenefitBasis.SGB_II, null,
				ReferralSource.JOBCENTER);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null,
				false, this.counsellor);
	}

	private int version(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK)
			.orElseThrow()
			.participant()
			.version();
	}

	private int assignmentsOf(Person person) {
		return this.jdbc.sql("SELECT count(*) FROM work_assignment WHERE participant_id = :id")
			.param("id", person.id())
			.query(Integer.class)
			.single();
	}

	/** A person of the demo counsellor's team with no assignment on record. */
	private Person unassigned() {
		List<Person> people = this.jdbc.sql("""
				SELECT p.id, p.birth_date FROM participant p
				WHERE p.responsible_unit_id = :unit
				  AND NOT EXISTS (SELECT 1 FROM work_assignment w WHERE w.participant_id = p.id)
				ORDER BY p.id LIMIT 1
				""")
			.param("unit", this.counsellor.unitId())
			.query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.list();
		return people.get(0);
	}

	record Person(UUID id, LocalDate birthDate) {
	}

}
