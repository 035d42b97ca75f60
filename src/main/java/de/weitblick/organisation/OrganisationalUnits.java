package de.weitblick.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up and changes the office's organisational units and teams and moves counsellors
 * between teams, for administrators. Every change is kept with who made it, when and why
 * ({@link #history}). When a counsellor moves, {@link CounsellorMoved} tells the modules
 * that keep cases, in the move's own transaction, where the caseload goes.
 */
@Service
@Transactional
public class OrganisationalUnits {

	/** The longest reason accepted, as the column allows. */
	public static final int MAXIMUM_REASON_LENGTH = 500;

	/** The longest unit code accepted, as the column allows. */
	public static final int MAXIMUM_CODE_LENGTH = 20;

	/** The longest unit name accepted, as the column allows. */
	public static final int MAXIMUM_NAME_LENGTH = 200;

	/** The longest description accepted. */
	public static final int MAXIMUM_DESCRIPTION_LENGTH = 2000;

	private static final String CHANGES = """
			SELECT c.unit_id, c.kind, c.before_text, c.after_text, a.display_name AS counsellor,
			       f.code || ' ' || f.name AS from_unit, t.code || ' ' || t.name AS to_unit, c.caseload,
			       h.display_name AS handed_over_to, c.reason, c.changed_by, c.changed_at
			FROM organisational_unit_change c
			JOIN organisational_unit t ON t.id = c.unit_id
			LEFT JOIN organisational_unit f ON f.id = c.from_unit_id
			LEFT JOIN staff_account a ON a.id = c.staff_account_id
			LEFT JOIN staff_account h ON h.id = c.handed_over_to_id
			""";

	private final OrganisationalUnitRepository units;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationalUnits(OrganisationalUnitRepository units, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Sets up a unit or team and records it.
	 * @param description must not be null
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who sets it up, must not be null
	 * @return the new unit's identifier, never null
	 * @throws RuleViolation when a field is missing or too long, the code is taken or the
	 * parent unit does not exist
	 */
	public OrganisationalUnitId create(UnitDescription description, String reason, String administrator) {
		UUID id = TimeOrderedIds.next();
		UnitDescription clean = checked(id, description);
		String cleanReason = reason(reason);
		this.units
			.save(new OrganisationalUnit(id, null, clean.code(), clean.name(), clean.parentId(), clean.description()));
		record(id, OrganisationalUnitChange.Kind.CREATED, null, shown(clean.code(), clean.name()), cleanReason,
				administrator);
		return new OrganisationalUnitId(id);
	}

	/**
	 * Renames a unit or changes its code, parent or description, provided nobody changed
	 * it since the administrator read it, and records the change.
	 * @param id must not be null
	 * @param expectedVersion the version the administrator read
	 * @param description must not be null
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who changes it, must not be null
	 * @throws NotFound when there is no such unit
	 * @throws RuleViolation when a field is missing or too long, the code is taken, the
	 * parent would make the unit part of itself, or nothing would change
	 * @throws OptimisticLockingFailureException when someone changed it in the meantime
	 */
	public void change(OrganisationalUnitId id, int expectedVersion, UnitDescription description, String reason,
			String administrator) {
		OrganisationalUnit unit = this.units.findById(id.id())
			.orElseThrow(() -> new NotFound("organisation.unit.not-found"));
		UnitDescription clean = checked(id.id(), description);
		String cleanReason = reason(reason);
		if (unit.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Unit " + id.id() + " was changed in the meantime");
		}
		if (clean.equals(new UnitDescription(unit.code(), unit.name(), unit.parentId(), unit.description()))) {
			throw new RuleViolation(null, "organisation.unit.rule.nothing-changed");
		}
		// Saved with the version read: a change committed meanwhile makes this fail.
		this.units.save(new OrganisationalUnit(unit.id(), expectedVersion, clean.code(), clean.name(), clean.parentId(),
				clean.description()));
		record(unit.id(), OrganisationalUnitChange.Kind.CHANGED, shown(unit.code(), unit.name()),
				shown(clean.code(), clean.name()), cleanReason, administrator);
	}

	/**
	 * Moves a counsellor from one team to another. The caseload either follows the
	 * counsellor to the new team or stays with the old one and goes to a named counsellor
	 * of it.
	 * @param counsellorId must not be null
	 * @param from the team the counsellor is in as the administrator saw it, must not be
	 * null
	 * @param to the team the counsellor moves to, must not be null
	 * @param caseload required
	 * @param handOverTo a counsellor of the old team when the caseload stays, otherwise
	 * ignored
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who moves the counsellor, must not be null
	 * @throws NotFound when there is no such account or unit
	 * @throws RuleViolation when the account is not a counsellor, the teams are the same,
	 * no choice for the caseload was made or the one to take it over is no counsellor of
	 * the old team
	 * @throws OptimisticLockingFailureException when the counsellor is no longer in the
	 * team the administrator saw
	 */
	public void moveCounsellor(UUID counsellorId, OrganisationalUnitId from, OrganisationalUnitId to,
			CaseloadChoice caseload, UUID handOverTo, String reason, String administrator) {
		StaffMember counsellor = staff(counsellorId);
		if (counsellor.role() != Role.COUNSELLOR) {
			throw new RuleViolation("counsellorId", "organisation.move.rule.not-a-counsellor");
		}
		if (!this.units.existsById(from.id())) {
			throw new NotFound("organisation.unit.not-found");
		}
		if (to == null) {
			throw new RuleViolation("toUnitId", "organisation.move.rule.team-required");
		}
		if (!this.units.existsById(to.id())) {
			throw new RuleViolation("toUnitId", "organisation.move.rule.team-unknown");
		}
		if (to.equals(from)) {
			throw new RuleViolation("toUnitId", "organisation.move.rule.same-team");
		}
		if (caseload == null) {
			throw new RuleViolation("caseload", "organisation.move.rule.caseload-required");
		}
		UUID successor = null;
		if (caseload == CaseloadChoice.STAYS_WITH_TEAM) {
			if (handOverTo == null) {
				throw new RuleViolation("handOverToId", "organisation.move.rule.successor-required");
			}
			// Held until the move commits, so that the successor cannot leave the team
			// meanwhile.
			boolean ofOldTeam = this.jdbc.sql("""
					SELECT id FROM staff_account
					WHERE id = :id AND id <> :counsellor AND role = 'COUNSELLOR' AND enabled
					  AND organisational_unit_id = :from
					FOR SHARE
					""")
				.param("id", handOverTo)
				.param("counsellor", counsellorId)
				.param("from", from.id())
				.query(UUID.class)
				.optional()
				.isPresent();
			if (!ofOldTeam) {
				throw new RuleViolation("handOverToId", "organisation.move.rule.successor-not-in-team");
			}
			successor = handOverTo;
		}
		String cleanReason = reason(reason);
		int moved = this.jdbc.sql("""
				UPDATE staff_account SET organisational_unit_id = :to, version = version + 1
				WHERE id = :id AND organisational_unit_id = :from
				""").param("to", to.id()).param("id", counsellorId).param("from", from.id()).update();
		if (moved == 0) {
			throw new OptimisticLockingFailureException(
					"Counsellor " + counsellorId + " is no longer in unit " + from.id());
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO organisational_unit_change (id, unit_id, kind, staff_account_id, from_unit_id, caseload,
				    handed_over_to_id, reason, changed_by, changed_at)
				VALUES (:id, :to, 'COUNSELLOR_MOVED', :counsellor, :from, :caseload, :successor, :reason, :by, :at)
				""")
			.param("id", TimeOrderedIds.next())
			.param("to", to.id())
			.param("counsellor", counsellorId)
			.param("from", from.id())
			.param("caseload", caseload.name())
			.param("successor", successor)
			.param("reason", cleanReason)
			.param("by", administrator)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new CounsellorMoved(counsellorId, from.id(), to.id(), caseload, successor, cleanReason,
				administrator, now));
	}

	/**
	 * @param id must not be null
	 * @return the changes of a unit and the moves into and out of it, newest first; never
	 * null
	 */
	@Transactional(readOnly = true)
	public List<OrganisationalUnitChange> history(OrganisationalUnitId id) {
		return this.jdbc
			.sql(CHANGES + " WHERE c.unit_id = :unit OR c.from_unit_id = :unit ORDER BY c.changed_at DESC, c.id DESC")
			.param("unit", id.id())
			.query(OrganisationalUnits::change)
			.list();
	}

	/**
	 * @param id must not be null
	 * @return the enabled members of staff working in a unit, counsellors first, then by
	 * name; never null
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> members(OrganisationalUnitId id) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE organisational_unit_id = :unit AND enabled
				ORDER BY role <> 'COUNSELLOR', display_name, username
				""").param("unit", id.id()).query(OrganisationManagement::staffMember).list();
	}

	private StaffMember staff(UUID id) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account WHERE id = :id
				""")
			.param("id", id)
			.query(OrganisationManagement::staffMember)
			.optional()
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
	}

	private UnitDescription checked(UUID id, UnitDescription description) {
		String code = stripped(description.code());
		String name = stripped(description.name());
		String text = stripped(description.description());
		if (code == null) {
			throw new RuleViolation("code", "organisation.unit.rule.code-required");
		}
		if (code.length() > MAXIMUM_CODE_LENGTH) {
			throw new RuleViolation("code", "organisation.unit.rule.too-long", MAXIMUM_CODE_LENGTH);
		}
		if (name == null) {
			throw new RuleViolation("name", "organisation.unit.rule.name-required");
		}
		if (name.length() > MAXIMUM_NAME_LENGTH) {
			throw new RuleViolation("name", "organisation.unit.rule.too-long", MAXIMUM_NAME_LENGTH);
		}
		if (text != null && text.length() > MAXIMUM_DESCRIPTION_LENGTH) {
			throw new RuleViolation("description", "organisation.unit.rule.too-long", MAXIMUM_DESCRIPTION_LENGTH);
		}
		boolean codeTaken = this.jdbc
			.sql("SELECT count(*) FROM organisational_unit WHERE lower(code) = lower(:code) AND id <> :id")
			.param("code", code)
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
		if (codeTaken) {
			throw new RuleViolation("code", "organisation.unit.rule.code-taken", code);
		}
		UUID parent = description.parentId();
		if (parent != null) {
			Map<UUID, OrganisationalUnit> all = this.units.findAll()
				.stream()
				.collect(Collectors.toMap(OrganisationalUnit::id, Function.identity()));
			if (!all.containsKey(parent)) {
				throw new RuleViolation("parentId", "organisation.unit.rule.parent-unknown");
			}
			// Up the chain from the new parent: meeting the unit itself would make it
			// part
			// of itself.
			Set<UUID> seen = new HashSet<>();
			for (UUID step = parent; step != null && seen.add(step); step = all.get(step).parentId()) {
				if (step.equals(id)) {
					throw new RuleViolation("parentId", "organisation.unit.rule.parent-cycle");
				}
			}
		}
		return new UnitDescription(code, name, parent, text);
	}

	private static String reason(String reason) {
		String clean = stripped(reason);
		if (clean == null) {
			throw new RuleViolation("reason", "organisation.unit.rule.reason-required");
		}
		if (clean.length() > MAXIMUM_REASON_LENGTH) {
			throw new RuleViolation("reason", "organisation.unit.rule.too-long", MAXIMUM_REASON_LENGTH);
		}
		return clean;
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String shown(String code, String name) {
		return code + " " + name;
	}

	private void record(UUID unitId, OrganisationalUnitChange.Kind kind, String before, String after, String reason,
			String administrator) {
		this.jdbc.sql("""
				INSERT INTO organisational_unit_change (id, unit_id, kind, before_text, after_text, reason, changed_by,
				    changed_at)
				VALUES (:id, :unit, :kind, :before, :after, :reason, :by, :at)
				""")
			.param("id", TimeOrderedIds.next())
			.param("unit", unitId)
			.param("kind", kind.name())
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.param("by", administrator)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static OrganisationalUnitChange change(ResultSet rs, int row) throws SQLException {
		String caseload = rs.getString("caseload");
		return new OrganisationalUnitChange(rs.getObject("unit_id", UUID.class),
				OrganisationalUnitChange.Kind.valueOf(rs.getString("kind")), rs.getString("before_text"),
				rs.getString("after_text"), rs.getString("counsellor"), rs.getString("from_unit"),
				rs.getString("to_unit"), (caseload != null) ? CaseloadChoice.valueOf(caseload) : null,
				rs.getString("handed_over_to"), rs.getString("reason"), rs.getString("changed_by"),
				SqlTimes.instant(rs, "changed_at"));
	}

}
