package de.weitblick.employer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * The rules an employer's details keep: a name, a size class, a chamber, a known WZ 2008
 * code, a German postal code and contacts with a name.
 */
@Component
class EmployerChecks {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	private final SectorCodes sectors;

	private final EmployerContacts contacts;

	EmployerChecks(SectorCodes sectors, EmployerContacts contacts) {
		this.sectors = sectors;
		this.contacts = contacts;
	}

	EmployerDetails check(EmployerDetails details, EmployerId except) {
		if (details.name() == null || details.name().isBlank()) {
			throw new RuleViolation("name", "employer.rule.name-required");
		}
		if (details.sizeClass() == null) {
			throw new RuleViolation("sizeClass", "employer.rule.size-required");
		}
		if (details.chamber() == null) {
			throw new RuleViolation("chamber", "employer.rule.chamber-required");
		}
		String sector = (details.sectorCode() != null) ? details.sectorCode().strip().toUpperCase(Locale.ROOT) : "";
		if (this.sectors.title(sector).isEmpty()) {
			throw new RuleViolation("sectorCode", "employer.rule.sector-unknown", sector);
		}
		String postalCode = EmployerTexts.blankToNull(details.postalCode());
		if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
			throw new RuleViolation("postalCode", "employer.rule.postal-code", postalCode);
		}
		List<EmployerContact> contacts = new ArrayList<>();
		Set<UUID> accounts = new HashSet<>();
		for (EmployerContact contact : details.contacts()) {
			contacts.add(this.contacts.check(contact, contacts.size(), accounts, except));
		}
		return new EmployerDetails(details.name().strip(), EmployerTexts.blankToNull(details.legalForm()), sector,
				details.sizeClass(), EmployerTexts.blankToNull(details.street()), postalCode,
				EmployerTexts.blankToNull(details.city()), EmployerTexts.blankToNull(details.district()),
				details.cityGroup(), details.chamber(), details.publicNamingConsent(), contacts);
	}

}
