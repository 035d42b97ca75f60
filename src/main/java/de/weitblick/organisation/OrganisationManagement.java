package de.weitblick.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's facade: organisational units, partner organisations and staff
 * accounts.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

	private final OrganisationalUnitRepository units;

	private final PartnerOrganisationRepository partners;

	private final JdbcClient jdbc;

	OrganisationManagement(OrganisationalUnitRepository units, PartnerOrganisationRepository partners,
			JdbcClient jdbc) {
		this.units = units;
		this.partners = partners;
		this.jdbc = jdbc;
	}

	/**
	 * @return all organisational units ordered by their code, never null
	 */
	public List<OrganisationalUnit> units() {
		return this.units.findAllByOrderByCode();
	}

	/**
	 * @param id must not be null
	 * @return the unit, or empty when none has this identifier
	 */
	public Optional<OrganisationalUnit> unit(OrganisationalUnitId id) {
		return this.units.findById(id.id());
	}

	/**
	 * @return all partner organisations ordered by name, never null
	 */
	public List<PartnerOrganisation> partners() {
		return this.partners.findAllByOrderByName();
	}

	/**
	 * @param id must not be null
	 * @return the partner, or empty when none has this identifier
	 */
	public Optional<PartnerOrganisation> partner(PartnerOrganisationId id) {
		return this.partners.findById(id.id());
	}

	/**
	 * Looks up several partners at once, so that a page listing many does not ask one by
	 * one.
	 * @param ids must not be null
	 * @return the partners found, by identifier; never null
	 */
	public Map<PartnerOrganisationId, PartnerOrganisation> partners(Collection<PartnerOrganisationId> ids) {
		List<UUID> raw = ids.stream().map(PartnerOrganisationId::id).toList();
		return this.partners.findAllById(raw)
			.stream()
			.collect(Collectors.toMap(PartnerOrganisation::partnerId, Function.identity()));
	}

	/**
	 * @return every account with its unit or partner, ordered by role and user name;
	 * never null
	 */
	public List<StaffAccountSummary> accounts() {
		return this.jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, u.name AS unit_name, p.name AS partner_name,
				       a.enabled, a.demo, a.locked_until, a.last_sign_in, a.may_see_health_data
				FROM staff_account a
				LEFT JOIN organisational_unit u ON u.id = a.organisational_unit_id
				LEFT JOIN partner_organisation p ON p.id = a.partner_organisation_id
				ORDER BY a.role, lower(a.username)
				""")
			.query((rs, n) -> new StaffAccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("unit_name"),
					rs.getString("partner_name"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
					SqlTimes.instant(rs, "locked_until"), SqlTimes.instant(rs, "last_sign_in"),
					rs.getBoolean("may_see_health_data")))
			.list();
	}

	/**
	 * @param username must not be null
	 * @return the member of staff with this user name (case-insensitive), or empty
	 */
	public Optional<StaffMember> staffMember(String username) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE lower(username) = lower(:username)
				""").param("username", username).query(OrganisationManagement::staffMember).optional();
	}

	/**
	 * @param id must not be null
	 * @return the member of staff with this account identifier, or empty
	 */
	public Optional<StaffMember> staffMember(UUID id) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account WHERE id = :id
				""").param("id", id).query(OrganisationManagement::staffMember).optional();
	}

	/**
	 * Whether a member of staff was given the permission to read and record health
	 * restrictions, a special category of personal data (Art. 9 GDPR). It comes on top of
	 * the case access rules, never instead of them.
	 * @param staffId must not be null
	 * @return false for an unknown or disabled account
	 */
	public boolean maySeeHealthData(UUID staffId) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE id = :id AND enabled AND may_see_health_data")
			.param("id", staffId)
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * The enabled counsellors of one team, ordered by name.
	 * @param unitId must not be null
	 * @return never null
	 */
	public List<StaffMember> counsellors(UUID unitId) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE role = 'COUNSELLOR' AND enabled AND organisational_unit_id = :unit ORDER BY display_name, username
				""").param("unit", unitId).query(OrganisationManagement::staffMember).list();
	}

	/**
	 * The enabled project leads, ordered by name: who may be named lead of a project.
	 * @return never null
	 */
	public List<StaffMember> projectLeads() {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE role = 'PROJECT_LEAD' AND enabled ORDER BY display_name, username
				""").query(OrganisationManagement::staffMember).list();
	}

	/**
	 * The enabled instructors (Fachanleitungen), ordered by name: who may be assigned to
	 * a project.
	 * @return never null
	 */
	public List<StaffMember> instructors() {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE role = 'INSTRUCTOR' AND enabled ORDER BY display_name, username
				""").query(OrganisationManagement::staffMember).list();
	}

	/**
	 * The partner organisation an account belongs to, such as the Jobcenter for its
	 * partner account.
	 * @param accountId must not be null
	 * @return the partner, or empty for accounts of the office's own staff
	 */
	public Optional<PartnerOrganisationId> partnerOf(UUID accountId) {
		return this.jdbc.sql("""
				SELECT partner_organisation_id FROM staff_account
				WHERE id = :id AND partner_organisation_id IS NOT NULL
				""").param("id", accountId).query(UUID.class).optional().map(PartnerOrganisationId::new);
	}

	static StaffMember staffMember(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("organisational_unit_id", UUID.class));
	}

	/**
	 * The accounts that exist only to demonstrate the system: they must never be present
	 * in production.
	 * @return never null
	 */
	public List<StaffAccountSummary> demoAccounts() {
		return accounts().stream().filter(StaffAccountSummary::demo).toList();
	}

}
