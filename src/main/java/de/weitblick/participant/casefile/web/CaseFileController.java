package de.weitblick.participant.casefile.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseFileReading;
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
import de.weitblick.participant.casefile.CaseFileMoved;
import de.weitblick.participant.casefile.CaseFilePage;
import de.weitblick.participant.casefile.CaseFilePages;
import de.weitblick.participant.web.Viewers;
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

	private final Viewers viewers;

	private final MessageSource messages;

	private final CaseFilePages pages;

	CaseFileController(ParticipantManagement participants, Catalogues catalogues, CaseFileReading caseFiles,
			CaseFilePages pages, Viewers viewers, MessageSource messages) {
		this.participants = participants;
		this.catalogues = catalogues;
		this.caseFiles = caseFiles;
		this.pages = pages;
		this.viewers = viewers;
		this.messages = messages;
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
		return switch (this.pages.of(new ParticipantId(id), this.viewers.of(authentication))) {
			case CaseFileMoved moved -> {
				// A record merged into another leads there, for old links and bookmarks.
				redirect.addFlashAttribute("messageKey", "participant.merge.moved");
				yield "redirect:/participants/" + moved.survivor().id();
			}
			case CaseFilePage page -> {
				model.addAttribute("page", page);
				model.addAttribute("names", new Names(locale, this.messages));
				yield "participant/detail";
			}
		};
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
