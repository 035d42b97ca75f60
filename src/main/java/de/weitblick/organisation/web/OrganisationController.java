package de.weitblick.organisation.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.OrganisationalUnitId;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages for the organisational units, the partner organisations and, for administrators,
 * the accounts.
 */
@Controller
class OrganisationController {

	/** Times are stored in UTC and shown as people in the office read them. */
	private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

	private final OrganisationManagement organisation;

	private final Clock clock;

	OrganisationController(OrganisationManagement organisation, Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/organisation/units")
	String units(Model model) {
		model.addAttribute("units", this.organisation.units());
		return "organisation/units";
	}

	@GetMapping("/organisation/units/{id}")
	String unit(@PathVariable UUID id, Model model) {
		var unit = this.organisation.unit(new OrganisationalUnitId(id))
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
		model.addAttribute("unit", unit);
		model.addAttribute("parent", (unit.parentId() != null)
				? this.organisation.unit(new OrganisationalUnitId(unit.parentId())).orElse(null) : null);
		model.addAttribute("children",
				this.organisation.units().stream().filter(child -> id.equals(child.parentId())).toList());
		return "organisation/unit";
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
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", DISPLAY_ZONE);
		return "organisation/accounts";
	}

}
