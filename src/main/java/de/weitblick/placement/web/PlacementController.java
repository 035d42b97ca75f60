package de.weitblick.placement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.OfferId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.placement.EndReason;
import de.weitblick.placement.Placement;
import de.weitblick.placement.PlacementId;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.placement.EngagementRecords;
import de.weitblick.placement.FollowUps;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's placements and engagement record, a placement's page with the steps from
 * agreement to follow-up, and the printable placement agreement.
 */
@Controller
class PlacementController {

	private final PlacementManagement placements;

	private final EngagementRecords engagementRecords;

	private final FollowUps followUps;

	private final SignedInStaff signedIn;

	private final AgreementDocument agreement;

	private final Clock clock;

	PlacementController(PlacementManagement placements, SignedInStaff signedIn, AgreementDocument agreement,
			Clock clock, FollowUps followUps, EngagementRecords engagementRecords) {
		this.engagementRecords = engagementRecords;
		this.followUps = followUps;
		this.placements = placements;
		this.signedIn = signedIn;
		this.agreement = agreement;
		this.clock = clock;
	}

	@GetMapping("/employers/{id}/engagement")
	String engagement(@PathVariable UUID id, @RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, @ModelAttribute PersonQuery person,
			Authentication authentication, Model model) {
		return engagementPage(id, fromYear, toYear, person, this.signedIn.required(authentication), model);
	}

	@PostMapping("/employers/{id}/placements")
	String propose(@PathVariable UUID id, @RequestParam(required = false) String participantId,
			@RequestParam(required = false) UUID offerId, @ModelAttribute PersonQuery person,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		try {
			PlacementId placement = this.placements.propose(participant(participantId),
					(offerId != null) ? new OfferId(offerId) : null, viewer);
			redirect.addFlashAttribute("messageKey", "placement.proposed");
			return "redirect:/placements/" + placement.id();
		}
		catch (RuleViolation violation) {
			model.addAttribute("proposalError", violation);
			model.addAttribute("participantInput", participantId);
			model.addAttribute("offerInput", offerId);
			return engagementPage(id, null, null, person, viewer, model);
		}
	}

	@GetMapping("/placements")
	String followUps(Authentication authentication, Model model) {
		model.addAttribute("due", this.followUps.followUpsDue(this.signedIn.required(authentication)));
		return "placement/follow-ups";
	}

	@GetMapping("/placements/{id}")
	String placement(@PathVariable UUID id, Authentication authentication, Model model) {
		return detail(id, this.signedIn.required(authentication), model);
	}

	@PostMapping("/placements/{id}/agreement")
	String agree(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "placement.agreed",
				() -> this.placements.agree(new PlacementId(id), version, on, viewer));
	}

	@PostMapping("/placements/{id}/start")
	String start(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "placement.started",
				() -> this.placements.start(new PlacementId(id), version, on, viewer));
	}

	@PostMapping("/placements/{id}/end")
	String end(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) EndReason reason, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "placement.ended",
				() -> this.placements.end(new PlacementId(id), version, on, reason, viewer));
	}

	@PostMapping("/placements/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) Boolean stillEmployed, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "placement.followed-up", () -> {
			if (stillEmployed == null) {
				throw new RuleViolation("stillEmployed", "placement.rule.still-employed-required");
			}
			this.followUps.recordFollowUp(new PlacementId(id), version, stillEmployed, viewer);
		});
	}

	@GetMapping(path = "/placements/{id}/agreement.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> agreementPdf(@PathVariable UUID id, Authentication authentication, Locale locale) {
		Placement placement = this.placements.placement(new PlacementId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("placement.not-found"));
		byte[] document = this.agreement.render(
				Map.of("p", placement, "today", LocalDate.now(this.clock), "counsellor", authentication.getName()),
				locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vermittlung-" + id + ".pdf").build().toString())
			.body(document);
	}

	private String step(UUID id, StaffMember viewer, Model model, RedirectAttributes redirect, String messageKey,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("messageKey", messageKey);
			return "redirect:/placements/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("stepError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("stepError", new RuleViolation(null, "placement.changed-in-the-meantime"));
		}
		return detail(id, viewer, model);
	}

	private String detail(UUID id, StaffMember viewer, Model model) {
		Placement placement = this.placements.placement(new PlacementId(id), viewer)
			.orElseThrow(() -> new NotFound("placement.not-found"));
		model.addAttribute("p", placement);
		model.addAttribute("reasons", EndReason.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "placement/detail";
	}

	private String engagementPage(UUID id, Integer fromYear, Integer toYear, PersonQuery person, StaffMember viewer,
			Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int to = (toYear != null) ? toYear : thisYear;
		int from = (fromYear != null) ? fromYear : to - 4;
		try {
			model.addAttribute("page",
					this.engagementRecords
						.engagementPage(new EmployerId(id), from, to, person.personName(), person.personBirthDate(),
								viewer)
						.orElseThrow(() -> new NotFound("employer.not-found")));
		}
		catch (RuleViolation violation) {
			model.addAttribute("yearsError", violation);
			from = thisYear - 4;
			to = thisYear;
			model.addAttribute("page",
					this.engagementRecords
						.engagementPage(new EmployerId(id), from, to, person.personName(), person.personBirthDate(),
								viewer)
						.orElseThrow(() -> new NotFound("employer.not-found")));
		}
		model.addAttribute("person", person);
		model.addAttribute("searched", person.isSearch());
		model.addAttribute("fromYear", from);
		model.addAttribute("toYear", to);
		return "placement/engagement";
	}

	/**
	 * The search for a person to propose: name or date of birth.
	 */
	record PersonQuery(String personName, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate personBirthDate) {

		boolean isSearch() {
			return (this.personName != null && !this.personName.isBlank()) || this.personBirthDate != null;
		}

	}

	static ParticipantId participant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new ParticipantId(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("participantId", "placement.rule.participant-unknown");
		}
	}

}
