package de.weitblick.organisation.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.HealthDataPermissions;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.OrganisationalUnits;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for the organisational units, the partner organisations and, for administrators,
 * the accounts.
 */
@Controller
class OrganisationController {

	/** Times are stored in UTC and shown as people in the office read them. */
	private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

	/** The latest changes of the health-data permission shown below the accounts. */
	private static final int HISTORY_SHOWN = 50;

	private final OrganisationManagement organisation;

	private final HealthDataPermissions healthPermissions;

	private final OrganisationalUnits units;

	private final Clock clock;

	OrganisationController(OrganisationManagement organisation, HealthDataPermissions healthPermissions,
			OrganisationalUnits units, Clock clock) {
		this.organisation = organisation;
		this.healthPermissions = healthPermissions;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/organisation/units")
	String units(Model model, Authentication authentication) {
		model.addAttribute("units", this.organisation.units());
		model.addAttribute("mayAdminister", isAdministrator(authentication));
		return "organisation/units";
	}

	@GetMapping("/organisation/units/{id}")
	String unit(@PathVariable UUID id, Model model, Authentication authentication) {
		var unit = this.organisation.unit(new OrganisationalUnitId(id))
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
		model.addAttribute("unit", unit);
		model.addAttribute("parent", (unit.parentId() != null)
				? this.organisation.unit(new OrganisationalUnitId(unit.parentId())).orElse(null) : null);
		model.addAttribute("children",
				this.organisation.units().stream().filter(child -> id.equals(child.parentId())).toList());
		boolean administrator = isAdministrator(authentication);
		// Who works where is for the administration, not for partners.
		model.addAttribute("members", administrator ? this.units.members(unit.unitId()) : List.of());
		model.addAttribute("mayAdminister", administrator);
		// Who changed what and why is for the administration, as the accounts are.
		model.addAttribute("changes", administrator ? this.units.history(unit.unitId()) : List.of());
		model.addAttribute("zone", DISPLAY_ZONE);
		return "organisation/unit";
	}

	private static boolean isAdministrator(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
	}

	@GetMapping("/organisation/partners")
	String partners(Model model) {
		model.addAttribute("partners", this.organisation.partners());
		return "organisation/partners";
	}

	@GetMapping("/organisation/partners/{id}")
	String partner(@PathVariable UUID id, Model model) {
		model.addAttribute("partner", this.organisation.partner(new PartnerOrganisationId(id))
			.orElseThrow(() -> new NotFound("organisation.partner.not-found")));
		return "organisation/partner";
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", this.organisation.accounts());
		model.addAttribute("healthPermissionChanges", this.healthPermissions.history(HISTORY_SHOWN));
		model.addAttribute("maximumReasonLength", HealthDataPermissions.MAXIMUM_REASON_LENGTH);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", DISPLAY_ZONE);
		return "organisation/accounts";
	}

	@PostMapping("/admin/accounts/{id}/health-data-permission")
	String changeHealthDataPermission(@PathVariable UUID id, @RequestParam boolean grant,
			@RequestParam boolean seenGranted, @RequestParam(required = false) String reason,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.healthPermissions.change(id, grant, seenGranted, reason, authentication.getName());
			redirect.addFlashAttribute("healthPermissionMessageKey",
					grant ? "organisation.health-permission.granted" : "organisation.health-permission.withdrawn");
		}
		catch (RuleViolation violation) {
			refused(redirect, violation.messageKey(), violation.arguments());
		}
		catch (OptimisticLockingFailureException stale) {
			refused(redirect, "organisation.health-permission.changed-in-the-meantime", new Object[0]);
		}
		redirect.addFlashAttribute("healthPermissionAccount", id);
		return "redirect:/admin/accounts";
	}

	private static void refused(RedirectAttributes redirect, String messageKey, Object[] arguments) {
		redirect.addFlashAttribute("healthPermissionErrorKey", messageKey);
		redirect.addFlashAttribute("healthPermissionErrorArguments", arguments);
	}

}
