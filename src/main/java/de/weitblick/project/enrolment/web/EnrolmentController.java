package de.weitblick.project.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.project.web.Viewers;
import de.weitblick.organisation.Role;
import de.weitblick.project.attendance.AttendanceRates;
import de.weitblick.project.outcome.FollowUpsDue;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.Enrolments;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.Referrals;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ReferralRequest;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.Outcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referring a person to a project, the steps of an enrolment as buttons, and the list of
 * the referrals a person works with.
 */
@Controller
class EnrolmentController {

	private static final int CANDIDATES = 20;

	private final Enrolments enrolments;

	private final EnrolmentLists lists;

	private final Referrals referrals;

	private final ProjectManagement projects;

	private final ParticipantFinder participants;

	private final Viewers viewers;

	private final Attendances attendances;

	private final AttendanceRates rates;

	private final Outcomes outcomes;

	private final FollowUpsDue followUps;

	private final Clock clock;

	EnrolmentController(Enrolments enrolments, EnrolmentLists lists, Referrals referrals, ProjectManagement projects,
			ParticipantFinder participants, Attendances attendances, AttendanceRates rates, Outcomes outcomes,
			FollowUpsDue followUps, Viewers viewers, Clock clock) {
		this.attendances = attendances;
		this.rates = rates;
		this.outcomes = outcomes;
		this.followUps = followUps;
		this.enrolments = enrolments;
		this.lists = lists;
		this.referrals = referrals;
		this.projects = projects;
		this.participants = participants;
		this.viewers = viewers;
		this.clock = clock;
	}

	@GetMapping("/enrolments")
	String list(@RequestParam(defaultValue = "true") boolean activeOnly, Authentication authentication, Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		model.addAttribute("enrolments", this.lists.visibleTo(viewer, activeOnly));
		model.addAttribute("activeOnly", activeOnly);
		model.addAttribute("partnerView", viewer.role() == Role.PARTNER);
		model.addAttribute("leadView", viewer.role() == Role.PROJECT_LEAD);
		return "project/enrolments";
	}

	@GetMapping("/enrolments/{id}")
	String enrolment(@PathVariable UUID id, Authentication authentication, Model model) {
		return page(id, this.viewers.of(authentication), model);
	}

	private String page(UUID id, StaffMember viewer, Model model) {
		EnrolmentView view = this.enrolments.enrolment(new EnrolmentId(id), viewer)
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
		model.addAttribute("v", view);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("exits",
				List.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED_OUT, EnrolmentStatus.TRANSFERRED));
		model.addAttribute("otherProjects",
				view.mayRun() ? this.projects.transferTargets(view.enrolment().projectId()) : List.of());
		model.addAttribute("outcomeKinds", OutcomeKind.onExit());
		model.addAttribute("followUpKinds", OutcomeKind.atFollowUp());
		if (view.showsPerson()) {
			model.addAttribute("attendance", this.rates.ofEnrolment(new EnrolmentId(id), viewer).orElse(null));
			Outcome outcome = this.outcomes.of(new EnrolmentId(id), viewer).orElse(null);
			model.addAttribute("outcome", outcome);
			LocalDate today = LocalDate.now(this.clock);
			model.addAttribute("followUpOpen", outcome != null
					&& !outcome.followUpDueOn().minusDays(Outcomes.FOLLOW_UP_EARLY_DAYS).isAfter(today));
		}
		return "project/enrolment";
	}

	@GetMapping("/projects/{id}/referral")
	String referralForm(@PathVariable UUID id, @RequestParam(required = false) String name,
			Authentication authentication, Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		Project project = referable(id, viewer);
		model.addAttribute("project", project);
		model.addAttribute("periods",
				this.projects.places(project.id())
					.stream()
					.filter(period -> !period.endsOn().isBefore(LocalDate.now(this.clock)))
					.toList());
		model.addAttribute("name", name);
		if (name != null && !name.isBlank()) {
			ParticipantSearch search = new ParticipantSearch(name, null, null, null, ParticipantStatus.ACTIVE, null,
					ParticipantSearch.SortOrder.RELEVANCE, false, 0, CANDIDATES);
			model.addAttribute("candidates", this.participants.search(search, viewer, AccessPurpose.SEARCH).items());
		}
		else {
			model.addAttribute("candidates", List.of());
		}
		return "project/referral";
	}

	@PostMapping("/projects/{id}/referrals")
	String refer(@PathVariable UUID id, @RequestParam(required = false) UUID participantId,
			@RequestParam(required = false) UUID placePeriodId, @RequestParam(required = false) String note,
			@RequestParam(required = false) String name, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		referable(id, viewer);
		try {
			if (participantId == null) {
				throw new RuleViolation("participantId", "enrolment.rule.choose-person");
			}
			EnrolmentId enrolment = this.referrals.refer(
					new ReferralRequest(new ProjectId(id), placePeriodId, new ParticipantId(participantId), null, note),
					viewer);
			EnrolmentView view = this.enrolments.enrolment(enrolment, viewer).orElseThrow();
			redirect.addFlashAttribute("messageKey", "enrolment.referred." + view.enrolment().status());
			return "redirect:/projects/" + id + "#enrolments";
		}
		catch (RuleViolation violation) {
			model.addAttribute("referralError", violation);
			model.addAttribute("note", note);
			model.addAttribute("chosen", participantId);
			return referralForm(id, name, authentication, model);
		}
	}

	private Project referable(UUID id, StaffMember viewer) {
		Project project = this.projects.project(new ProjectId(id)).orElseThrow(() -> new NotFound("project.not-found"));
		if (viewer.role() != Role.COUNSELLOR || !this.projects.permissions(project, viewer).mayRefer()) {
			throw new AccessDeniedException("May not refer to this project");
		}
		return project;
	}

	@PostMapping("/enrolments/{id}/start")
	String start(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return step(id, authentication, model, redirect, "enrolment.started",
				viewer -> this.enrolments.enrol(new EnrolmentId(id), version, required(date), viewer));
	}

	@PostMapping("/enrolments/{id}/exit")
	String exit(@PathVariable UUID id, @RequestParam int version, @RequestParam EnrolmentStatus exit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) UUID transferredTo, @RequestParam(required = false) String note,
			@RequestParam(required = false) OutcomeKind outcome,
			@RequestParam(defaultValue = "false") boolean jobSearching,
			@RequestParam(defaultValue = "false") boolean qualificationGained, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		// The outcome may follow later: leaving it open records the exit alone.
		ExitOutcome exitOutcome = (outcome != null) ? new ExitOutcome(outcome, jobSearching, qualificationGained, null)
				: null;
		return step(id, authentication, model, redirect, "enrolment.ended",
				viewer -> this.enrolments.exit(new EnrolmentId(id), version, exit, required(date),
						(transferredTo != null) ? new ProjectId(transferredTo) : null, note, exitOutcome, viewer));
	}

	@PostMapping("/enrolments/{id}/outcome")
	String outcome(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) OutcomeKind outcome,
			@RequestParam(defaultValue = "false") boolean jobSearching,
			@RequestParam(defaultValue = "false") boolean qualificationGained,
			@RequestParam(required = false) String note, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return outcomeStep(id, authentication, model, redirect, "outcome.recorded",
				viewer -> this.outcomes.recordExit(new EnrolmentId(id), version,
						new ExitOutcome(outcome, jobSearching, qualificationGained, note), viewer));
	}

	@PostMapping("/enrolments/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) OutcomeKind status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String note, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return outcomeStep(id, authentication, model, redirect, "outcome.follow-up-recorded",
				viewer -> this.outcomes.recordFollowUp(new EnrolmentId(id), version, status, date, note, viewer));
	}

	@GetMapping("/enrolments/follow-ups")
	String followUps(@RequestParam(required = false) UUID project, Authentication authentication, Model model) {
		// The reminder links here with its project; an unknown one shows the whole list.
		Project only = (project != null) ? this.projects.project(new ProjectId(project)).orElse(null) : null;
		model.addAttribute("due",
				this.followUps.followUpsDue(this.viewers.of(authentication), (only != null) ? only.id() : null));
		model.addAttribute("onlyProject", (only != null) ? only.displayName() : null);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "project/follow-ups";
	}

	private String outcomeStep(UUID id, Authentication authentication, Model model, RedirectAttributes redirect,
			String doneKey, Step step) {
		StaffMember viewer = this.viewers.of(authentication);
		try {
			step.apply(viewer);
			redirect.addFlashAttribute("messageKey", doneKey);
			return "redirect:/enrolments/" + id + "#outcome";
		}
		catch (RuleViolation violation) {
			model.addAttribute("outcomeError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("outcomeError", new RuleViolation(null, "outcome.changed-in-the-meantime"));
		}
		return page(id, viewer, model);
	}

	@PostMapping("/enrolments/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String note, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return step(id, authentication, model, redirect, "enrolment.declined",
				viewer -> this.enrolments.decline(new EnrolmentId(id), version, required(date), note, viewer));
	}

	@PostMapping("/enrolments/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String note, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return step(id, authentication, model, redirect, "enrolment.withdrawn",
				viewer -> this.enrolments.withdraw(new EnrolmentId(id), version, required(date), note, viewer));
	}

	private static LocalDate required(LocalDate date) {
		if (date == null) {
			throw new RuleViolation("date", "enrolment.rule.date-missing");
		}
		return date;
	}

	@FunctionalInterface
	private interface Step {

		void apply(StaffMember viewer);

	}

	private String step(UUID id, Authentication authentication, Model model, RedirectAttributes redirect,
			String doneKey, Step step) {
		StaffMember viewer = this.viewers.of(authentication);
		EnrolmentView before = this.enrolments.enrolment(new EnrolmentId(id), viewer)
			.orElseThrow(() -> new NotFound("enrolment.not-found"));
		UUID projectId = before.enrolment().projectId().id();
		try {
			step.apply(viewer);
			redirect.addFlashAttribute("messageKey", doneKey);
			return "redirect:/projects/" + projectId + "#enrolments";
		}
		catch (RuleViolation violation) {
			model.addAttribute("enrolmentError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("enrolmentError", new RuleViolation(null, "enrolment.changed-in-the-meantime"));
		}
		return page(id, viewer, model);
	}

}
