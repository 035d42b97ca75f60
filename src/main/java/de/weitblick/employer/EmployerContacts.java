package de.weitblick.employer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An employer's contact persons: their checks and storage. One of them may be linked to
 * an employer account, which then reaches only this employer's data.
 */
@Component
class EmployerContacts {

	private final JdbcClient jdbc;

	private final OrganisationManagement organisation;

	EmployerContacts(JdbcClient jdbc, OrganisationManagement organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	EmployerContact check(EmployerContact contact, int index, Set<UUID> accounts, EmployerId except) {
		String field = "contacts[" + index + "]";
		if (contact.name() == null || contact.name().isBlank()) {
			throw new RuleViolation(field + ".name", "employer.rule.contact-name-required");
		}
		String email = EmployerTexts.blankToNull(contact.email());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolation(field + ".email", "employer.rule.contact-email", email);
		}
		if (contact.accountId() != null) {
			boolean employerAccount = this.organisation.staffMember(contact.accountId())
				.filter(member -> member.role() == Role.EMPLOYER)
				.isPresent();
			if (!employerAccount) {
				throw new RuleViolation(field + ".accountId", "employer.rule.account-not-employer");
			}
			boolean taken = this.jdbc.sql("""
					SELECT count(*) FROM employer_contact WHERE account_id = :account
					  AND (CAST(:except AS uuid) IS NULL OR employer_id <> CAST(:except AS uuid))
					""")
				.param("account", contact.accountId())
				.param("except", (except != null) ? except.id() : null)
				.query(Integer.class)
				.single() > 0;
			if (taken || !accounts.add(contact.accountId())) {
				throw new RuleViolation(field + ".accountId", "employer.rule.account-taken");
			}
		}
		return new EmployerContact(contact.name().strip(), EmployerTexts.blankToNull(contact.role()), email,
				EmployerTexts.blankToNull(contact.phone()), contact.accountId());
	}

	List<EmployerContact> of(EmployerId id) {
		return this.jdbc.sql("""
				SELECT name, role, email, phone, account_id FROM employer_contact
				WHERE employer_id = :id ORDER BY position
				""")
			.param("id", id.id())
			.query((rs, n) -> new EmployerContact(rs.getString("name"), rs.getString("role"), rs.getString("email"),
					rs.getString("phone"), rs.getObject("account_id", UUID.class)))
			.list();
	}

	void replace(EmployerId id, List<EmployerContact> contacts) {
		this.jdbc.sql("DELETE FROM employer_contact WHERE employer_id = :id").param("id", id.id()).update();
		save(id, contacts);
	}

	void save(EmployerId id, List<EmployerContact> contacts) {
		int position = 0;
		for (EmployerContact contact : contacts) {
			this.jdbc.sql("""
					INSERT INTO employer_contact (id, employer_id, position, name, role, email, phone, account_id)
					VALUES (:id, :employer, :position, :name, :role, :email, :phone, :account)
					""")
				.param("id", TimeOrderedIds.next())
				.param("employer", id.id())
				.param("position", position++)
				.param("name", contact.name())
				.param("role", contact.role())
				.param("email", contact.email())
				.param("phone", contact.phone())
				.param("account", contact.accountId())
				.update();
		}
	}

}
