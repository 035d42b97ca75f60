package de.weitblick.participant.casefile.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.Clock;

import jakarta.validation.Valid;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.DrivingLicenceClass;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.PossibleDuplicatesFound;
import de.weitblick.participant.QualificationLevel;
import de.weitblick.participant.RecognitionStatus;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.web.Viewers;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;

/**
 * The counsellor's pages of one case file: registration, the case file, its changes,
 * closing and reopening it.
 */
@Controller
class CaseFileController {

	private final ParticipantManagement participants;

	private final Catalogues catalogues;

	private final CaseFileReading caseFiles;

	private final OrganisationManagement organisation;

	private final Viewers viewers;

	private final MessageSource messages;

	private final SupportPlans plans;

	private final CaseJournal journal;

	private final CaseDocuments documents;

	private final Clock clock;

	private final HealthData health;

	CaseFileController(ParticipantManagement participants, Catalogues catalogues, CaseFileReading caseFiles,
			OrganisationManagement organisation, Viewers viewers, MessageSource messages, SupportPlans plans,
			CaseJournal journal, CaseDocuments documents, HealthData health, Clock clock) {
		this.participants = participants;
		this.catalogues = catalogues;
		this.caseFiles = caseFiles;
		this.organisation = organisation;
		this.viewers = viewers;
		this.messages = messages;
		this.plans = plans;
		this.journal = journal;
		this.documents = documents;
		this.health = health;
		this.clock = clock;
	}

	@GetMapping("/participants/new")
	String registrationForm(Authentication authentication, Model model, Locale locale) {
		StaffMember viewer = this.viewers.of(authentication);
		requireRegistrar(viewer);
		ParticipantForm form = new ParticipantForm();
		form.setCounsellorId(viewer.id());
		return form(form, viewer, model, locale, List.of());
	}

	@PostMapping("/participants")
	String register(@Valid @ModelAttribute("form") ParticipantForm form, BindingResult errors,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		requireRegistrar(viewer);
		if (errors.hasErrors()) {
			return form(form, viewer, model, locale, List.of());
		}
		var record = form.toRecord();
		try {
			ParticipantId id = this.participants.register(record, form.getCounsellorId(),
					form.isConsentToParentsOrigin(), form.isConfirmedNoDuplicate(), viewer);
			redirect.addFlashAttribute("messageKey", "participant.registered");
			return "redirect:/participants/" + id.id();
		}
		catch (PossibleDuplicatesFound found) {
			return form(form, viewer, model, locale, found.duplicates());
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return form(form, viewer, model, locale, List.of());
		}
	}

	@GetMapping("/participants/{id}")
	String caseFile(@PathVariable UUID id, Authentication authentication, Model model, Locale locale,
			RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		var found = this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK);
		if (found.isEmpty()) {
			// A record merged into another leads there, for old links and bookmarks.
			ParticipantId survivor = this.caseFiles.mergedInto(new ParticipantId(id), viewer)
				.orElseThrow(() -> new NotFound("participant.not-found"));
			redirect.addFlashAttribute("messageKey", "participant.merge.moved");
			return "redirect:/participants/" + survivor.id();
		}
		CaseFile caseFile = found.get();
		CaseView view = caseFile.view();
		ParticipantId participant = new ParticipantId(id);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("p", caseFile.participant());
		model.addAttribute("counsellor", view.shows(CaseSection.BENEFITS)
				? this.organisation.staffMember(caseFile.participant().counsellorId()).orElse(null) : null);
		model.addAttribute("districtName",
				this.catalogues.districts()
					.stream()
					.filter(district -> district.code().equals(caseFile.participant().details().districtCode()))
					.map(district -> district.name())
					.findFirst()
					.orElse(null));
		model.addAttribute("names", new Names(locale, this.messages));
		// Only the parts the viewer's view shows are read: each read of a part outside it
		// would be refused and audited as such.
		model.addAttribute("plan", view.shows(CaseSection.PLAN) ? this.plans.of(participant, viewer) : null);
		model.addAttribute("notes",
				view.shows(CaseSection.NOTES) ? this.journal.notes(participant, viewer) : List.of());
		model.addAttribute("documents",
				view.shows(CaseSection.DOCUMENTS) ? this.documents.of(participant, viewer) : List.of());
		model.addAttribute("appointments",
				view.shows(CaseSection.APPOINTMENTS) ? this.journal.appointments(participant, viewer) : List.of());
		model.addAttribute("noteVisibilities", de.weitblick.participant.journal.NoteVisibility.values());
		model.addAttribute("appointmentKinds", de.weitblick.participant.plan.AppointmentKind.values());
		model.addAttribute("today", java.time.LocalDate.now(this.clock));
		model.addAttribute("responsibilities", de.weitblick.participant.plan.StepResponsibility.values());
		model.addAttribute("goalStatuses", de.weitblick.participant.plan.GoalStatus.values());
		model.addAttribute("occupations", view.shows(CaseSection.OCCUPATION_INTERESTS)
				? this.catalogues.occupations(caseFile.participant().occupationCodes()) : List.of());
		model.addAttribute("constraints", caseFile.participant().constraints());
		boolean healthPermitted = view.shows(CaseSection.HEALTH) && this.health.mayAccess(viewer);
		model.addAttribute("healthPermitted", healthPermitted);
		model.addAttribute("health", healthPermitted ? this.health.read(participant, viewer).orElse(null) : null);
		model.addAttribute("healthRestrictions", HealthRestriction.values());
		model.addAttribute("duplicates",
				caseFile.mayChange()
						? this.participants.possibleDuplicates(caseFile.participant().details(), participant, viewer)
							.stream()
							.filter(PossibleDuplicate::isVisible)
							.toList()
						: List.of());
		model.addAttribute("merges",
				view.shows(CaseSection.SUBJECT_ACCESS) ? this.caseFiles.merges(participant) : List.of());
		model.addAttribute("participations", view.shows(CaseSection.PARTICIPATIONS)
				? this.caseFiles.participations(participant, viewer) : List.of());
		return "participant/detail";
	}

	@GetMapping("/participants/{id}/edit")
	String editForm(@PathVariable UUID id, Authentication authentication, Model model, Locale locale) {
		StaffMember viewer = this.viewers.of(authentication);
		CaseFile caseFile = this.caseFiles.caseFileToChange(new ParticipantId(id), viewer);
		model.addAttribute("participantId", id);
		ParticipantForm form = ParticipantForm.of(caseFile.participant(), caseFile.consentToParentsOrigin());
		// The occupation fields show code and title, as the selection offers them.
		Map<String, String> labels = this.catalogues.occupations(caseFile.participant().occupationCodes())
			.stream()
			.collect(Collectors.toMap(Occupation::code, Occupation::label));
		form.setOccupationInterests(new java.util.ArrayList<>(
				form.getOccupationInterests().stream().map(code -> labels.getOrDefault(code, code)).toList()));
		return form(form, viewer, model, locale, List.of());
	}

	@PostMapping("/participants/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") ParticipantForm form, BindingResult errors,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		model.addAttribute("participantId", id);
		if (errors.hasErrors()) {
			return form(form, viewer, model, locale, List.of());
		}
		try {
			this.participants.change(new ParticipantId(id), form.getVersion(), form.toRecord(), viewer);
			redirect.addFlashAttribute("messageKey", "participant.changed");
			return "redirect:/participants/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("participant.changed-in-the-meantime");
		}
		return form(form, viewer, model, locale, List.of());
	}

	@PostMapping("/participants/{id}/consent/parents-origin")
	String consent(@PathVariable UUID id, @RequestParam boolean consent, Authentication authentication,
			RedirectAttributes redirect) {
		this.participants.setConsentToParentsOrigin(new ParticipantId(id), consent, this.viewers.of(authentication));
		redirect.addFlashAttribute("messageKey",
				consent ? "participant.consent.given" : "participant.consent.withdrawn");
		return "redirect:/participants/" + id;
	}

	@PostMapping("/participants/{id}/close")
	String close(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		this.participants.close(new ParticipantId(id), this.viewers.of(authentication));
		redirect.addFlashAttribute("messageKey", "participant.closed");
		return "redirect:/participants/" + id;
	}

	@PostMapping("/participants/{id}/reopen")
	String reopen(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		this.participants.reopen(new ParticipantId(id), this.viewers.of(authentication));
		redirect.addFlashAttribute("messageKey", "participant.reopened");
		return "redirect:/participants/" + id;
	}

	private String form(ParticipantForm form, StaffMember viewer, Model model, Locale locale,
			List<PossibleDuplicate> duplicates) {
		model.addAttribute("form", form);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("counsellors", this.participants.counsellorsOfTeam(viewer));
		model.addAttribute("districts", this.catalogues.districts());
		model.addAttribute("countries", ReferenceLists.countries(locale));
		model.addAttribute("languages", ReferenceLists.languages(locale));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("benefitBases", BenefitBasis.values());
		model.addAttribute("referralSources", ReferralSource.values());
		model.addAttribute("languageLevels", LanguageLevel.values());
		model.addAttribute("qualificationLevels", QualificationLevel.values());
		model.addAttribute("recognitionStatuses", RecognitionStatus.values());
		model.addAttribute("occupations", this.catalogues.occupations());
		model.addAttribute("days", ParticipantForm.DAYS);
		model.addAttribute("licenceClasses", DrivingLicenceClass.values());
		return "participant/form";
	}

	/**
	 * Registering is the counsellors' work; the form is not even shown to others.
	 */
	private void requireRegistrar(StaffMember viewer) {
		if (!this.participants.mayRegister(viewer)) {
			throw new AccessDeniedException("Only counsellors of a team register participants");
		}
	}

	private static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null) {
			// The form asks for the children as one text field of birth years.
			String field = switch (violation.field()) {
				case "children" -> "childrenBirthYears";
				case "availability" -> "availableFrom";
				default -> violation.field();
			};
			errors.rejectValue(field, violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
