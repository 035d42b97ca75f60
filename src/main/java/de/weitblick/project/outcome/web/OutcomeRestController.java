package de.weitblick.project.outcome.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.project.web.Viewers;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.attendance.AttendanceRates;
import de.weitblick.project.outcome.FollowUpsDue;
import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.ProjectFigures;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ResultIndicator;
import de.weitblick.project.attendance.AttendanceEntry;
import de.weitblick.project.attendance.AttendanceRate;
import de.weitblick.project.attendance.AttendanceRecord;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.FollowUpDue;
import de.weitblick.project.outcome.Outcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance, outcomes and follow-ups of enrolments, and a project's figures, as JSON
 * with the rules of the pages: attendance is recorded by the project's lead and its
 * assigned instructors, outcomes by the lead and read by the person's counsellor too,
 * figures are seen by the lead and the head of department, with every count of people
 * under disclosure control.
 */
@RestController
@Tag(name = "Attendance and outcomes",
		description = "Attendance per project day, outcomes on leaving, "
				+ "the follow-up six months later and a project's figures with the ESF Plus result indicators; "
				+ "every read and change of a person's data is audited")
class OutcomeRestController {

	private final Attendances attendances;

	private final AttendanceRates rates;

	private final Outcomes outcomes;

	private final FollowUpsDue followUps;

	private final ProjectFigures figures;

	private final Viewers viewers;

	OutcomeRestController(Attendances attendances, AttendanceRates rates, Outcomes outcomes, FollowUpsDue followUps,
			ProjectFigures figures, Viewers viewers) {
		this.attendances = attendances;
		this.rates = rates;
		this.outcomes = outcomes;
		this.followUps = followUps;
		this.figures = figures;
		this.viewers = viewers;
	}

	@GetMapping("/api/v1/enrolments/{id}/attendance")
	@Operation(summary = "A person's attendance in the project with the attendance rate (project lead, assigned "
			+ "instructors, the person's counsellor)")
	@ApiResponse(responseCode = "404", description = "No such enrolment, or the caller may not see it")
	AttendanceResource getAttendance(@PathVariable UUID id, Authentication authentication) {
		return this.rates.ofEnrolment(new EnrolmentId(id), this.viewers.of(authentication))
			.map(found -> new AttendanceResource(id, RateResource.of(found.rate()), found.records()))
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
	}

	@PutMapping("/api/v1/projects/{id}/attendance")
	@Operation(summary = "Record one project day or session for the people given, all together or nothing "
			+ "(project lead, assigned instructors). A record's version must be given to change it; "
			+ "without one it is created.")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "409", description = "Somebody recorded the day or a person since the versions given")
	@ApiResponse(responseCode = "422", description = "A date in the future or outside a person's enrolment, hours "
			+ "below zero or above those planned, times out of order, or the caller may not record")
	org.springframework.http.ResponseEntity<Void> recordAttendance(@PathVariable UUID id,
			@Valid @RequestBody DayInput input, Authentication authentication) {
		this.attendances.record(new ProjectId(id), input.toEntry(), this.viewers.of(authentication));
		return org.springframework.http.ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/enrolments/{id}/outcome")
	@Operation(summary = "The outcome on leaving and the follow-up (project lead, the person's counsellor)")
	@ApiResponse(responseCode = "404", description = "None recorded, no such enrolment, or the caller may not see it")
	Outcome getOutcome(@PathVariable UUID id, Authentication authentication) {
		return this.outcomes.of(new EnrolmentId(id), this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
	}

	@PutMapping("/api/v1/enrolments/{id}/outcome")
	@Operation(summary = "Record or correct the outcome on leaving (project lead); give the version to correct it")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422",
			description = "Not left yet, kind missing or NOT_REACHABLE, or the caller may not record")
	Outcome recordOutcome(@PathVariable UUID id, @Valid @RequestBody OutcomeInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.outcomes.recordExit(new EnrolmentId(id), input.version(),
				new ExitOutcome(input.outcome(), input.jobSearching(), input.qualificationGained(), input.note()),
				viewer);
		return this.outcomes.of(new EnrolmentId(id), viewer).orElseThrow();
	}

	@PostMapping("/api/v1/enrolments/{id}/follow-up")
	@Operation(summary = "Record the follow-up six months after leaving (project lead); possible from two weeks "
			+ "before it falls due")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "No outcome on leaving yet, the day before the exit, before the "
			+ "follow-up window or in the future, or the caller may not record")
	Outcome recordFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.outcomes.recordFollowUp(new EnrolmentId(id), input.version(), input.status(), input.date(), input.note(),
				viewer);
		return this.outcomes.of(new EnrolmentId(id), viewer).orElseThrow();
	}

	@GetMapping("/api/v1/enrolments/follow-ups")
	@Operation(summary = "The follow-ups of the caller's projects that are due or fall due within two weeks "
			+ "(project leads; empty for everybody else)")
	List<FollowUpDue> listFollowUpsDue(
			@Parameter(description = "only this project's follow-ups") @RequestParam(required = false) UUID project,
			Authentication authentication) {
		return this.followUps.followUpsDue(this.viewers.of(authentication),
				(project != null) ? new ProjectId(project) : null);
	}

	@GetMapping("/api/v1/projects/{id}/figures")
	@Operation(summary = "A period's figures: places and people taking part per month, waiting list, people by "
			+ "focus group, outcomes on leaving and the ESF Plus result indicators (project lead, head of "
			+ "department). A count of people below the disclosure threshold has value null and 'below' set.")
	@ApiResponse(responseCode = "404", description = "No such project or period")
	@ApiResponse(responseCode = "422", description = "The caller may not see the figures")
	ProjectFigures.Figures getProjectFigures(@PathVariable UUID id, @RequestParam(required = false) UUID periodId,
			Authentication authentication) {
		return this.figures.of(new ProjectId(id), periodId, this.viewers.of(authentication));
	}

	@GetMapping("/api/v1/result-indicators")
	@Operation(summary = "The ESF Plus result indicators the figures count, with their wording")
	List<ResultIndicator> listResultIndicators() {
		return List.of(ResultIndicator.values());
	}

	record DayInput(@NotNull(message = "{attendance.rule.day-missing}") LocalDate day,
			@Size(max = 60, message = "{attendance.rule.label-too-long}") String label, LocalTime startsAt,
			LocalTime endsAt, @NotNull(message = "{attendance.rule.planned-hours}") BigDecimal plannedHours,
			Integer sessionVersion,
			@NotNull(message = "{attendance.rule.day-missing}") List<@Valid PersonInput> people) {

		AttendanceEntry toEntry() {
			return new AttendanceEntry(this.day, this.label, this.startsAt, this.endsAt, this.plannedHours,
					this.sessionVersion,
					this.people.stream()
						.map(p -> new AttendanceEntry.Person(new EnrolmentId(p.enrolmentId()), p.status(), p.hours(),
								p.version()))
						.toList());
		}

	}

	record PersonInput(@NotNull(message = "{enrolment.validation.participant}") UUID enrolmentId,
			@NotNull(message = "{attendance.status}") AttendanceStatus status, BigDecimal hours, Integer version) {
	}

	record OutcomeInput(Integer version, @NotNull(message = "{outcome.rule.kind-missing}") OutcomeKind outcome,
			boolean jobSearching, boolean qualificationGained,
			@Size(max = 1000, message = "{project.validation.too-long}") String note) {
	}

	record FollowUpInput(@NotNull(message = "{project.validation.version}") Integer version,
			@NotNull(message = "{outcome.rule.status-missing}") OutcomeKind status,
			@NotNull(message = "{outcome.rule.date-missing}") LocalDate date,
			@Size(max = 1000, message = "{project.validation.too-long}") String note) {
	}

	record AttendanceResource(UUID enrolmentId, RateResource rate, List<AttendanceRecord> records) {
	}

	record RateResource(int sessions, int present, int excused, int unexcused, BigDecimal plannedHours,
			BigDecimal hoursAttended, Integer hoursPercent, Integer daysPercent) {

		static RateResource of(AttendanceRate rate) {
			return new RateResource(rate.sessions(), rate.present(), rate.excused(), rate.unexcused(),
					rate.plannedHours(), rate.hoursAttended(), rate.hoursPercent(), rate.daysPercent());
		}

	}

}
