package de.weitblick.organisation.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.organisation.HealthDataPermissions;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PasswordPolicy;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccount;
import de.weitblick.organisation.StaffAccounts;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for one staff account: create it, change it, set a new
 * initial password, unlock, disable and enable it, each with a reason, and read its
 * history.
 */
@Controller
@RequestMapping("/admin/accounts")
class StaffAccountController {

	/** Times are stored in UTC and shown as people in the office read them. */
	private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

	/** The message keys of the fields a change names in the history. */
	private static final Map<String, String> FIELD_KEYS = Map.of("displayName", "organisation.account.display-name",
			"email", "organisation.account.email", "role", "organisation.account.role", "organisationalUnitId",
			"organisation.account.unit", "partnerOrganisationId", "organisation.account.partner");

	private final StaffAccounts accounts;

	private final OrganisationManagement organisation;

	private final HealthDataPermissions healthPermissions;

	private final Clock clock;

	StaffAccountController(StaffAccounts accounts, OrganisationManagement organisation,
			HealthDataPermissions healthPermissions, Clock clock) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.healthPermissions = healthPermissions;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return newAccountPage(new StaffAccountForm(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (form.getUsername() == null || form.getUsername().isBlank()) {
			errors.rejectValue("username", "organisation.account.rule.username-required");
		}
		if (form.getInitialPassword() == null || form.getInitialPassword().isEmpty()) {
			errors.rejectValue("initialPassword", "organisation.password.rule.too-short",
					new Object[] { PasswordPolicy.MINIMUM_LENGTH }, null);
		}
		if (errors.hasErrors()) {
			return newAccountPage(form, model);
		}
		try {
			UUID id = this.accounts.create(form.getUsername(), form.toDetails(), form.getInitialPassword(),
					form.getReason(), authentication.getName());
			redirect.addFlashAttribute("messageKey", "organisation.account.created");
			return "redirect:/admin/accounts/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return newAccountPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String account(@PathVariable UUID id, Model model) {
		return accountPage(id, model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffAccountForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			errors.reject("organisation.account.changed-in-the-meantime");
		}
		if (errors.hasErrors()) {
			return accountPage(id, model);
		}
		try {
			this.accounts.change(id, form.getVersion(), form.toDetails(), form.getReason(), authentication.getName());
			redirect.addFlashAttribute("messageKey", "organisation.account.changed");
			return "redirect:/admin/accounts/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return accountPage(id, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return changedInTheMeantime(id, redirect);
		}
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable UUID id, @ModelAttribute("resetForm") AccountActionForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(id, form, errors, model, redirect, "organisation.account.password-reset.done",
				version -> this.accounts.resetPassword(id, version, form.getInitialPassword(), form.getReason(),
						authentication.getName()));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, @ModelAttribute("unlockForm") AccountActionForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		model.addAttribute("refusedAction", "unlock");
		return act(id, form, errors, model, redirect, "organisation.account.unlock.done",
				version -> this.accounts.unlock(id, version, form.getReason(), authentication.getName()));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @ModelAttribute("stateForm") AccountActionForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(id, form, errors, model, redirect, "organisation.account.disable.done",
				version -> this.accounts.disable(id, version, form.getReason(), authentication.getName()));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, @ModelAttribute("stateForm") AccountActionForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(id, form, errors, model, redirect, "organisation.account.enable.done",
				version -> this.accounts.enable(id, version, form.getReason(), authentication.getName()));
	}

	private String act(UUID id, AccountActionForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			String doneKey, java.util.function.IntConsumer action) {
		if (form.getVersion() == null) {
			return changedInTheMeantime(id, redirect);
		}
		try {
			action.accept(form.getVersion());
			redirect.addFlashAttribute("messageKey", doneKey);
			return "redirect:/admin/accounts/" + id;
		}
		catch (RuleViolation violation) {
			reject(errors, violation);
			return accountPage(id, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return changedInTheMeantime(id, redirect);
		}
	}

	private static String changedInTheMeantime(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", "organisation.account.changed-in-the-meantime");
		return "redirect:/admin/accounts/" + id;
	}

	private static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	private String newAccountPage(StaffAccountForm form, Model model) {
		model.addAttribute("form", form);
		choices(model);
		return "organisation/account-new";
	}

	private String accountPage(UUID id, Model model) {
		StaffAccount account = this.accounts.account(id)
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StaffAccountForm.of(account));
		}
		for (String action : List.of("resetForm", "unlockForm", "stateForm")) {
			if (!model.containsAttribute(action)) {
				model.addAttribute(action, AccountActionForm.at(account.version()));
			}
		}
		Instant now = this.clock.instant();
		model.addAttribute("locked", account.lockedAt(now));
		model.addAttribute("history", history(id));
		model.addAttribute("unitName",
				(account.details().organisationalUnitId() != null) ? this.organisation.units()
					.stream()
					.filter(unit -> unit.id().equals(account.details().organisationalUnitId()))
					.map(unit -> unit.code() + " " + unit.name())
					.findFirst()
					.orElse(null) : null);
		model.addAttribute("now", now);
		choices(model);
		return "organisation/account";
	}

	private void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", this.organisation.units());
		model.addAttribute("partners", this.organisation.partners());
		model.addAttribute("zone", DISPLAY_ZONE);
		model.addAttribute("minimumPasswordLength", PasswordPolicy.MINIMUM_LENGTH);
		model.addAttribute("maximumReasonLength", StaffAccounts.MAXIMUM_REASON_LENGTH);
	}

	private List<HistoryEntry> history(UUID id) {
		List<HistoryEntry> entries = new ArrayList<>();
		this.accounts.history(id)
			.forEach(change -> entries.add(new HistoryEntry(change.changedAt(), change.kind().messageKey(),
					change.changedFields().stream().map(field -> FIELD_KEYS.getOrDefault(field, field)).toList(),
					change.reason(), change.changedBy())));
		this.healthPermissions.history(id)
			.forEach(change -> entries.add(new HistoryEntry(change.changedAt(),
					change.granted() ? "organisation.account.change.HEALTH_DATA_GRANTED"
							: "organisation.account.change.HEALTH_DATA_WITHDRAWN",
					List.of(), change.reason(), change.changedBy())));
		entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
		return entries;
	}

	/**
	 * One line of an account's history on its page.
	 *
	 * @param at when
	 * @param kindKey the message key of what happened
	 * @param fieldKeys the message keys of the fields changed
	 * @param reason why, or null
	 * @param by who
	 */
	record HistoryEntry(Instant at, String kindKey, List<String> fieldKeys, String reason, String by) {
	}

}
