package de.weitblick.project.enrolment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.project.web.Viewers;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.Enrolments;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.Referrals;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ReferralRequest;
import de.weitblick.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals and enrolments as JSON, with the rules of the pages. A partner organisation
 * such as the Jobcenter refers with its own account a person it names by the identifier
 * and date of birth, and reads the status of its own referrals only; it never sees names
 * from the case file.
 */
@RestController
@RequestMapping("/api/v1/enrolments")
@Tag(name = "Enrolments", description = "Referrals, waiting lists and enrolments (Zuweisungen, Wartelisten, "
		+ "Teilnahmen); every call is audited")
class EnrolmentRestController {

	private final Enrolments enrolments;

	private final EnrolmentLists lists;

	private final Referrals referrals;

	private final Viewers viewers;

	EnrolmentRestController(Enrolments enrolments, EnrolmentLists lists, Referrals referrals, Viewers viewers) {
		this.enrolments = enrolments;
		this.lists = lists;
		this.referrals = referrals;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(summary = "The referrals the caller works with: a counsellor the own team's, a project lead the own "
			+ "projects', a partner organisation its own referrals; newest first")
	List<EnrolmentResource> listEnrolments(@RequestParam(defaultValue = "false") boolean activeOnly,
			Authentication authentication) {
		return this.lists.visibleTo(this.viewers.of(authentication), activeOnly)
			.stream()
			.map(EnrolmentResource::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One referral or enrolment with its status and, while waiting, its place on the list")
	@ApiResponse(responseCode = "404", description = "No such enrolment, or the caller may not see it")
	EnrolmentResource getEnrolment(@PathVariable UUID id, Authentication authentication) {
		return view(id, this.viewers.of(authentication));
	}

	@PostMapping
	@Operation(summary = "Refer a person to a project. An eligible person is offered a free place of the period, "
			+ "or goes onto its waiting list. Partners must give the person's date of birth.")
	@ApiResponse(responseCode = "201", description = "Referred: status OFFERED or WAITING")
	@ApiResponse(responseCode = "422",
			description = "Not eligible (every reason in reasons), already in the project, project ended, no period")
	ResponseEntity<EnrolmentResource> referPerson(@Valid @RequestBody ReferralInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		EnrolmentId id = this.referrals.refer(new ReferralRequest(new ProjectId(input.projectId()),
				input.placePeriodId(), new ParticipantId(input.participantId()), input.birthDate(), input.note()),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/enrolments/" + id.id())).body(view(id.id(), viewer));
	}

	@PostMapping("/{id}/start")
	@Operation(summary = "The person starts in the place offered (project lead); eligibility is checked again")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "Not offered, not eligible, or the date out of order")
	EnrolmentResource startEnrolment(@PathVariable UUID id, @Valid @RequestBody StepInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.enrolments.enrol(new EnrolmentId(id), input.version(), input.date(), viewer);
		return view(id, viewer);
	}

	@PostMapping("/{id}/exit")
	@Operation(summary = "The person leaves: COMPLETED, DROPPED_OUT or TRANSFERRED (project lead); "
			+ "the place goes to the next person waiting")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "Not taking part, or the date out of order")
	EnrolmentResource recordExit(@PathVariable UUID id, @Valid @RequestBody ExitInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.enrolments.exit(new EnrolmentId(id), input.version(), input.exit().status(), input.date(),
				(input.transferredTo() != null) ? new ProjectId(input.transferredTo()) : null, input.note(), viewer);
		return view(id, viewer);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "The person does not take the place offered (project lead or the person's counsellor)")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "No place offered, or the date out of order")
	EnrolmentResource declineOffer(@PathVariable UUID id, @Valid @RequestBody StepInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.enrolments.decline(new EnrolmentId(id), input.version(), input.date(), input.note(), viewer);
		return view(id, viewer);
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a referral before the start (project lead or the person's counsellor)")
	@ApiResponse(responseCode = "409", description = "Changed since the given version")
	@ApiResponse(responseCode = "422", description = "Already started or ended, or the date out of order")
	EnrolmentResource withdrawReferral(@PathVariable UUID id, @Valid @RequestBody StepInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.enrolments.withdraw(new EnrolmentId(id), input.version(), input.date(), input.note(), viewer);
		return view(id, viewer);
	}

	private EnrolmentResource view(UUID id, StaffMember viewer) {
		return this.enrolments.enrolment(new EnrolmentId(id), viewer)
			.map(EnrolmentResource::of)
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
	}

	record ReferralInput(@NotNull(message = "{enrolment.validation.project}") UUID projectId, UUID placePeriodId,
			@NotNull(message = "{enrolment.validation.participant}") UUID participantId, LocalDate birthDate,
			@Size(max = 1000, message = "{project.validation.too-long}") String note) {
	}

	record StepInput(@NotNull(message = "{project.validation.version}") Integer version,
			@NotNull(message = "{enrolment.validation.date}") LocalDate date,
			@Size(max = 1000, message = "{project.validation.too-long}") String note) {
	}

	record ExitInput(@NotNull(message = "{project.validation.version}") Integer version,
			@NotNull(message = "{enrolment.validation.exit}") Exit exit,
			@NotNull(message = "{enrolment.validation.date}") LocalDate date, UUID transferredTo,
			@Size(max = 1000, message = "{project.validation.too-long}") String note) {
	}

	/**
	 * The ways of leaving, the only statuses an exit accepts.
	 */
	enum Exit {

		/** Took part to the end. */
		COMPLETED(EnrolmentStatus.COMPLETED),

		/** Left early. */
		DROPPED_OUT(EnrolmentStatus.DROPPED_OUT),

		/** Moved to another project, named in transferredTo. */
		TRANSFERRED(EnrolmentStatus.TRANSFERRED);

		private final EnrolmentStatus status;

		Exit(EnrolmentStatus status) {
			this.status = status;
		}

		EnrolmentStatus status() {
			return this.status;
		}

	}

	/**
	 * An enrolment as the caller may see it; the person's name only for the project lead
	 * and the person's counsellor.
	 */
	record EnrolmentResource(UUID id, int version, UUID projectId, String projectName, UUID placePeriodId,
			String periodLabel, UUID participantId, String personName, EnrolmentStatus status, LocalDate referredOn,
			LocalDate offeredOn, LocalDate startedOn, LocalDate endedOn, UUID transferredToProjectId,
			Integer waitingPosition, Integer priorityPoints) {

		static EnrolmentResource of(EnrolmentView view) {
			var e = view.enrolment();
			return new EnrolmentResource(e.id().id(), e.version(), e.projectId().id(), view.projectName(),
					e.placePeriodId(), view.periodLabel(), e.participantId(), view.personName(), e.status(),
					e.referredOn(), e.offeredOn(), e.startedOn(), e.endedOn(), e.transferredToProjectId(),
					view.position(), (view.priority() != null) ? view.priority().points() : null);
		}

	}

}
