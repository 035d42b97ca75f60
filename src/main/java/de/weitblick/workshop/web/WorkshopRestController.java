package de.weitblick.workshop.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.project.ProjectId;
import de.weitblick.shared.Money;
import de.weitblick.shared.NotFound;
import de.weitblick.workshop.AbsenceReason;
import de.weitblick.workshop.AllowanceStatement;
import de.weitblick.workshop.AssignmentId;
import de.weitblick.workshop.AssignmentRequest;
import de.weitblick.workshop.AssignmentView;
import de.weitblick.workshop.Allowances;
import de.weitblick.workshop.Assignments;
import de.weitblick.workshop.MonthlyList;
import de.weitblick.workshop.NextStep;
import de.weitblick.workshop.Skill;
import de.weitblick.workshop.Workshop;
import de.weitblick.workshop.WorkshopId;
import de.weitblick.workshop.WorkshopManagement;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work opportunities (§ 16d SGB II) as JSON: workshops, the Jobcenter's assignments with
 * the legal limits checked, absences, skills, the next step, allowance statements and the
 * monthly list.
 */
@RestController
@RequestMapping("/api/v1/workshops")
@Tag(name = "Work opportunities")
class WorkshopRestController {

	private final WorkshopManagement workshops;

	private final Assignments assignments;

	private final Allowances allowances;

	private final SignedInStaff signedIn;

	WorkshopRestController(WorkshopManagement workshops, Assignments assignments, Allowances allowances,
			SignedInStaff signedIn) {
		this.workshops = workshops;
		this.assignments = assignments;
		this.allowances = allowances;
		this.signedIn = signedIn;
	}

	@GetMapping
	@Operation(summary = "The workshops with their tasks, places, places taken today and allowance rates")
	List<Workshop> listWorkshops() {
		return this.workshops.workshops();
	}

	@PostMapping
	@Operation(summary = "Set up the workshop of a project (head of department or a project lead)")
	@ApiResponse(responseCode = "201", description = "Set up")
	@ApiResponse(responseCode = "404", description = "No such project")
	@ApiResponse(responseCode = "422", description = "A value is missing or out of range, the project has a "
			+ "workshop already, or the caller may not")
	ResponseEntity<Workshop> createWorkshop(@Valid @RequestBody WorkshopInput input, Authentication authentication) {
		WorkshopId id = this.workshops.create(new ProjectId(input.projectId()), input.name(), input.tasks(),
				input.places(), viewer(authentication));
		return ResponseEntity.status(201).body(this.workshops.workshop(id).orElseThrow());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One workshop")
	@ApiResponse(responseCode = "404", description = "No such workshop")
	Workshop getWorkshop(@PathVariable UUID id) {
		return this.workshops.workshop(new WorkshopId(id)).orElseThrow(() -> new NotFound("workshop.not-found"));
	}

	@PostMapping("/{id}/rates")
	@Operation(summary = "Set the allowance (Mehraufwandsentschädigung) per hour attended from a day on; the rate "
			+ "before it ends the day before")
	@ApiResponse(responseCode = "200", description = "The workshop with its rates")
	@ApiResponse(responseCode = "404", description = "No such workshop")
	@ApiResponse(responseCode = "422",
			description = "The amount is out of range, a later rate exists, or the " + "caller may not")
	Workshop setAllowanceRate(@PathVariable UUID id, @Valid @RequestBody RateInput input,
			Authentication authentication) {
		this.workshops.setRate(new WorkshopId(id), input.validFrom(), new Money(input.centsPerHour()),
				viewer(authentication));
		return getWorkshop(id);
	}

	@GetMapping("/skills")
	@Operation(summary = "The catalogue of skills a person can gain, with the entries switched off")
	List<Skill> listSkills() {
		return this.workshops.skills(false);
	}

	@PostMapping("/skills")
	@Operation(summary = "Add a skill to the catalogue (head of department or a project lead)")
	@ApiResponse(responseCode = "201", description = "Added; the whole catalogue")
	@ApiResponse(responseCode = "422", description = "A value is missing, the code exists, or the caller may not")
	ResponseEntity<List<Skill>> addSkill(@Valid @RequestBody SkillInput input, Authentication authentication) {
		this.workshops.addSkill(input.code(), input.nameGerman(), input.nameEnglish(), viewer(authentication));
		return ResponseEntity.status(201).body(this.workshops.skills(false));
	}

	@GetMapping("/{id}/assignments")
	@Operation(summary = "The assignments of a workshop the caller may see: the Jobcenter its own, counsellors "
			+ "those of their team's people, instructors those of the workshops they instruct")
	@ApiResponse(responseCode = "404", description = "No such workshop")
	List<AssignmentView> listAssignments(@PathVariable UUID id, Authentication authentication) {
		getWorkshop(id);
		return this.assignments.ofWorkshop(new WorkshopId(id), viewer(authentication));
	}

	@PostMapping("/{id}/assignments")
	@Operation(summary = "Assign a person to the workshop for a period and weekly hours (the Jobcenter, naming "
			+ "the person with the date of birth, or a counsellor); the limits of § 16d (6) SGB II are checked "
			+ "across all assignments of the person")
	@ApiResponse(responseCode = "201", description = "Assigned")
	@ApiResponse(responseCode = "404", description = "No such workshop")
	@ApiResponse(responseCode = "422", description = "A value is missing or out of range, the person is assigned "
			+ "at the same time already, the workshop is full, or a limit would be passed: the detail names the "
			+ "months used and the day from which a new assignment is possible")
	ResponseEntity<AssignmentView> assignPerson(@PathVariable UUID id, @Valid @RequestBody AssignmentInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		AssignmentId assignment = this.assignments.assign(
				new AssignmentRequest(new WorkshopId(id), new ParticipantId(input.participantId()), input.birthDate(),
						input.startsOn(), input.endsOn(), input.weeklyHours(), input.furtherMonthsReason()),
				viewer);
		return ResponseEntity.status(201).body(this.assignments.assignment(assignment, viewer).orElseThrow());
	}

	@GetMapping("/assignments/{assignmentId}")
	@Operation(summary = "One assignment with its absences and skills, as far as the caller may see it")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	AssignmentView getAssignment(@PathVariable UUID assignmentId, Authentication authentication) {
		return this.assignments.assignment(new AssignmentId(assignmentId), viewer(authentication))
			.orElseThrow(() -> new NotFound("workshop.assignment-not-found"));
	}

	@PostMapping("/assignments/{assignmentId}/extension")
	@Operation(summary = "Extend an assignment to a later last day, with the limits checked again; further "
			+ "months beyond the limit only with the Jobcenter's reason")
	@ApiResponse(responseCode = "200", description = "Extended")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	@ApiResponse(responseCode = "409", description = "Changed since the version given")
	@ApiResponse(responseCode = "422", description = "Not later, overlapping, or a limit would be passed")
	AssignmentView extendAssignment(@PathVariable UUID assignmentId, @Valid @RequestBody ExtensionInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		AssignmentId id = new AssignmentId(assignmentId);
		this.assignments.extend(id, input.version(), input.endsOn(), input.furtherMonthsReason(), viewer);
		return this.assignments.assignment(id, viewer).orElseThrow();
	}

	@PostMapping("/assignments/{assignmentId}/absences")
	@Operation(summary = "Record a day the person was away, with the reason (no allowance is paid for it)")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	@ApiResponse(responseCode = "422",
			description = "The day lies outside the assignment or ahead, or is recorded already")
	ResponseEntity<AssignmentView> recordAbsence(@PathVariable UUID assignmentId,
			@Valid @RequestBody AbsenceInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		AssignmentId id = new AssignmentId(assignmentId);
		this.assignments.recordAbsence(id, input.day(), input.reason(), input.note(), viewer);
		return ResponseEntity.status(201).body(this.assignments.assignment(id, viewer).orElseThrow());
	}

	@PostMapping("/assignments/{assignmentId}/skills")
	@Operation(summary = "Record a skill of the catalogue the person gained")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	@ApiResponse(responseCode = "422", description = "Not in the catalogue, or recorded already")
	ResponseEntity<AssignmentView> recordSkill(@PathVariable UUID assignmentId,
			@Valid @RequestBody SkillGainedInput input, Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		AssignmentId id = new AssignmentId(assignmentId);
		this.assignments.recordSkill(id, input.code(), input.gainedOn(), viewer);
		return ResponseEntity.status(201).body(this.assignments.assignment(id, viewer).orElseThrow());
	}

	@PutMapping("/assignments/{assignmentId}/next-step")
	@Operation(summary = "Record the next step agreed with the person at the end of the assignment")
	@ApiResponse(responseCode = "200", description = "Recorded")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	@ApiResponse(responseCode = "409", description = "Changed since the version given")
	@ApiResponse(responseCode = "422", description = "No step given, or the caller may not")
	AssignmentView recordNextStep(@PathVariable UUID assignmentId, @Valid @RequestBody NextStepInput input,
			Authentication authentication) {
		StaffMember viewer = viewer(authentication);
		AssignmentId id = new AssignmentId(assignmentId);
		this.assignments.agreeNextStep(id, input.version(), input.nextStep(), input.note(), viewer);
		return this.assignments.assignment(id, viewer).orElseThrow();
	}

	@GetMapping("/assignments/{assignmentId}/statements/{month}")
	@Operation(summary = "The allowance statement of a month (yyyy-MM): the hours per day from the project's "
			+ "attendance, the rate and the amount in cents")
	@ApiResponse(responseCode = "404", description = "No such assignment, or the caller may not see it")
	@ApiResponse(responseCode = "422", description = "The caller is an instructor")
	AllowanceStatement getAllowanceStatement(@PathVariable UUID assignmentId, @PathVariable YearMonth month,
			Authentication authentication) {
		return this.allowances.statement(new AssignmentId(assignmentId), month, viewer(authentication));
	}

	@GetMapping("/{id}/monthly-lists/{month}")
	@Operation(summary = "The Jobcenter's monthly list of a workshop (yyyy-MM): everybody assigned in the month "
			+ "whom the caller may see, with hours, days away and the allowance; as CSV and XLSX under "
			+ "/workshops/{id}/monthly-lists/{month}.csv and .xlsx")
	@ApiResponse(responseCode = "404", description = "No such workshop")
	@ApiResponse(responseCode = "422", description = "The caller does not assign people")
	MonthlyList getMonthlyList(@PathVariable UUID id, @PathVariable YearMonth month, Authentication authentication) {
		return this.allowances.monthlyList(new WorkshopId(id), month, viewer(authentication));
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

	/**
	 * @param projectId the project whose attendance gives the hours
	 * @param name the workshop's name
	 * @param tasks the work done in it
	 * @param places how many people at once
	 */
	record WorkshopInput(@NotNull(message = "{workshop.validation.project}") UUID projectId,
			@NotNull(message = "{workshop.rule.required.name}") @Size(max = 200) String name,
			@NotNull(message = "{workshop.rule.required.tasks}") @Size(max = 2000) String tasks,
			@NotNull(message = "{workshop.validation.places}") Integer places) {
	}

	/**
	 * @param validFrom the first day the rate applies
	 * @param centsPerHour the allowance per hour attended, in cents
	 */
	record RateInput(@NotNull(message = "{workshop.rule.rate-from-missing}") LocalDate validFrom,
			@NotNull(message = "{workshop.rule.rate-range}") Long centsPerHour) {
	}

	/**
	 * @param code capital letters, digits and underscores
	 * @param nameGerman the name in German
	 * @param nameEnglish the name in English
	 */
	record SkillInput(@NotNull(message = "{workshop.rule.required.code}") String code,
			@NotNull(message = "{workshop.rule.required.nameGerman}") String nameGerman,
			@NotNull(message = "{workshop.rule.required.nameEnglish}") String nameEnglish) {
	}

	/**
	 * @param participantId the person's identifier in Weitblick
	 * @param birthDate the person's date of birth; required from the Jobcenter
	 * @param startsOn the first day
	 * @param endsOn the last day
	 * @param weeklyHours more than 0, at most 30
	 * @param furtherMonthsReason why the conditions for further months are met (Jobcenter
	 * only), when the assignment needs them
	 */
	record AssignmentInput(@NotNull(message = "{workshop.rule.person-missing}") UUID participantId, LocalDate birthDate,
			@NotNull(message = "{workshop.rule.start-missing}") LocalDate startsOn,
			@NotNull(message = "{workshop.rule.end-missing}") LocalDate endsOn,
			@NotNull(message = "{workshop.validation.weekly-hours}") BigDecimal weeklyHours,
			@Size(max = 1000) String furtherMonthsReason) {
	}

	/**
	 * @param version the version shown
	 * @param endsOn the new last day
	 * @param furtherMonthsReason as when assigning
	 */
	record ExtensionInput(@NotNull(message = "{workshop.validation.version}") Integer version,
			@NotNull(message = "{workshop.rule.end-missing}") LocalDate endsOn,
			@Size(max = 1000) String furtherMonthsReason) {
	}

	/**
	 * @param day the day away
	 * @param reason why
	 * @param note may be empty
	 */
	record AbsenceInput(@NotNull(message = "{workshop.rule.day-missing}") LocalDate day,
			@NotNull(message = "{workshop.rule.reason-missing}") AbsenceReason reason, @Size(max = 500) String note) {
	}

	/**
	 * @param code a code of the catalogue
	 * @param gainedOn the day; today when empty
	 */
	record SkillGainedInput(@NotNull(message = "{workshop.rule.skill-unknown}") String code, LocalDate gainedOn) {
	}

	/**
	 * @param version the version shown
	 * @param nextStep the step agreed
	 * @param note may be empty
	 */
	record NextStepInput(@NotNull(message = "{workshop.validation.version}") Integer version,
			@NotNull(message = "{workshop.rule.next-step-missing}") NextStep nextStep, @Size(max = 1000) String note) {
	}

}
