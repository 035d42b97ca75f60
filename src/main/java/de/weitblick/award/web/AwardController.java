package de.weitblick.award.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.weitblick.award.AwardManagement;
import de.weitblick.award.AwardPages;
import de.weitblick.award.AwardRoundId;
import de.weitblick.award.JuryScoring;
import de.weitblick.award.Nominations;
import de.weitblick.award.RoundPage;
import de.weitblick.employer.EmployerId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The award's pages for the people who run it, the jury and those who nominate: the
 * rounds, the form that opens one, and a round's page with its criteria, jury,
 * nominations, scores, ranking and winners.
 */
@Controller
class AwardController {

	private static final String SCORE = "score-";

	private final AwardManagement award;

	private final AwardPages pages;

	private final Nominations nominations;

	private final JuryScoring scoring;

	private final SignedInStaff signedIn;

	private final MessageSource messages;

	AwardController(AwardManagement award, AwardPages pages, Nominations nominations, JuryScoring scoring,
			SignedInStaff signedIn, MessageSource messages) {
		this.award = award;
		this.pages = pages;
		this.nominations = nominations;
		this.scoring = scoring;
		this.signedIn = signedIn;
		this.messages = messages;
	}

	@GetMapping("/awards")
	String list(Authentication authentication, Model model) {
		model.addAttribute("rounds", this.pages.rounds());
		model.addAttribute("mayManage", this.award.mayManage(this.signedIn.required(authentication)));
		return "award/list";
	}

	@GetMapping("/awards/new")
	String form(Authentication authentication, Model model) {
		if (!this.award.mayManage(this.signedIn.required(authentication))) {
			return "redirect:/awards";
		}
		model.addAttribute("editions", this.award.editionsWithoutRound());
		return "award/form";
	}

	@PostMapping("/awards")
	String open(@RequestParam(required = false) UUID editionId, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominationsCloseOn,
			Authentication authentication, Model model) {
		try {
			AwardRoundId id = this.award.openRound(editionId, title, nominationsCloseOn,
					this.signedIn.required(authentication));
			return "redirect:/awards/" + id.id();
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", text(violation));
			model.addAttribute("errorField", (violation.field() != null) ? violation.field() : "editionId");
			model.addAttribute("editions", this.award.editionsWithoutRound());
			model.addAttribute("editionId", editionId);
			model.addAttribute("roundTitle", title);
			model.addAttribute("nominationsCloseOn", nominationsCloseOn);
			return "award/form";
		}
	}

	@GetMapping("/awards/{id}")
	String page(@PathVariable UUID id, Authentication authentication, Model model) {
		RoundPage page = this.pages.page(new AwardRoundId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("award.round.not-found"));
		model.addAttribute("page", page);
		return "award/round";
	}

	@PostMapping("/awards/{id}/criteria")
	String addCriterion(@PathVariable UUID id, @RequestParam(required = false) String criterionName,
			@RequestParam(required = false) Integer weight, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, "criteria", redirect, () -> this.award.addCriterion(new AwardRoundId(id), criterionName, weight,
				this.signedIn.required(authentication)), "award.criterion.added");
	}

	@PostMapping("/awards/{id}/jurors")
	String appointJuror(@PathVariable UUID id, @RequestParam(required = false) String username,
			Authentication authentication, RedirectAttributes redirect) {
		return act(id, "jury", redirect,
				() -> this.award.appointJuror(new AwardRoundId(id), username, this.signedIn.required(authentication)),
				"award.juror.appointed");
	}

	@PostMapping("/awards/{id}/nominations")
	String nominate(@PathVariable UUID id, @RequestParam(required = false) String employerName,
			@RequestParam(required = false) UUID suggestedEmployerId, @RequestParam(required = false) String reasons,
			Authentication authentication, RedirectAttributes redirect) {
		return act(id, "nominations", redirect, () -> {
			StaffMember viewer = this.signedIn.required(authentication);
			boolean suggested = suggestedEmployerId != null;
			EmployerId employer = suggested ? new EmployerId(suggestedEmployerId)
					: this.nominations.employerNamed(employerName);
			this.nominations.nominate(new AwardRoundId(id), employer, reasons, suggested, viewer);
		}, "award.nomination.stored");
	}

	@PostMapping("/awards/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, "status", redirect, () -> this.award.closeNominations(new AwardRoundId(id), version,
				this.signedIn.required(authentication)), "award.nominations.closed");
	}

	@PostMapping("/awards/{id}/nominations/{nomination}/scores")
	String score(@PathVariable UUID id, @PathVariable UUID nomination, @RequestParam Map<String, String> form,
			Authentication authentication, RedirectAttributes redirect) {
		return act(id, "nomination-" + nomination, redirect, () -> {
			StaffMember viewer = this.signedIn.required(authentication);
			Map<UUID, Integer> scores = new HashMap<>();
			for (Map.Entry<String, String> field : form.entrySet()) {
				if (!field.getKey().startsWith(SCORE)) {
					continue;
				}
				UUID criterion;
				try {
					criterion = UUID.fromString(field.getKey().substring(SCORE.length()));
				}
				catch (IllegalArgumentException unknown) {
					throw new RuleViolation("scores", "award.rule.score-every-criterion");
				}
				String value = field.getValue().strip();
				try {
					scores.put(criterion, value.isEmpty() ? null : Integer.valueOf(value));
				}
				catch (NumberFormatException notANumber) {
					throw new RuleViolation(field.getKey(), "award.rule.score-not-a-number");
				}
			}
			this.scoring.score(nomination, scores, viewer);
		}, "award.scores.recorded");
	}

	@PostMapping("/awards/{id}/nominations/{nomination}/winner")
	String decideWinner(@PathVariable UUID id, @PathVariable UUID nomination, @RequestParam int version,
			@RequestParam(required = false) String citation, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, "nomination-" + nomination, redirect,
				() -> this.award.decideWinner(nomination, version, citation, this.signedIn.required(authentication)),
				"award.winner.decided");
	}

	@PostMapping("/awards/{id}/announcement")
	String announce(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, "status", redirect,
				() -> this.award.announce(new AwardRoundId(id), version, this.signedIn.required(authentication)),
				"award.winners.announced");
	}

	private String act(UUID round, String anchor, RedirectAttributes redirect, Runnable action, String doneKey) {
		try {
			action.run();
			redirect.addFlashAttribute("doneKey", doneKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", text(violation));
			redirect.addFlashAttribute("errorSection", anchor);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("award.changed-in-the-meantime", null, LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("errorSection", anchor);
		}
		return "redirect:/awards/" + round + "#" + anchor;
	}

	private String text(RuleViolation violation) {
		return this.messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale());
	}

}
