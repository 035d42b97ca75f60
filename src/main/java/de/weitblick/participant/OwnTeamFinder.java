package de.weitblick.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people of the viewer's own unit by name (typo-tolerant) or date of birth, for
 * staff who propose or plan for a person without keeping the case file: counsellors and
 * the employer service (see {@link CaseAccessPolicy#findsOwnTeam}). Every person shown is
 * written to the audit trail.
 */
@Service
@Transactional
public class OwnTeamFinder {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OwnTeamFinder(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer finds people of the own unit with
	 * {@link #findInOwnTeam}: counsellors and the employer service of a unit
	 */
	public static boolean findsOwnTeam(StaffMember viewer) {
		return CaseAccessPolicy.findsOwnTeam(viewer);
	}

	/**
	 * Finds people of the viewer's own unit by name (typos allowed) and date of birth,
	 * for staff who propose or plan for a person without keeping the case file (see
	 * {@link CaseAccessPolicy#findsOwnTeam}). Every person shown is written to the audit
	 * trail.
	 * @param name part of the name, may be null
	 * @param birthDate may be null
	 * @param viewer must not be null
	 * @param purpose must not be null
	 * @return at most 20, the closest names first; empty without a criterion or for a
	 * viewer outside the rule; never null
	 */
	public List<PersonFound> findInOwnTeam(String name, LocalDate birthDate, StaffMember viewer,
			AccessPurpose purpose) {
		String normalised = (name != null && !name.isBlank()) ? Participant.normalise(name.strip()) : null;
		if (!CaseAccessPolicy.findsOwnTeam(viewer) || (normalised == null && birthDate == null)) {
			return List.of();
		}
		String byName = "";
		int typedTrigrams = 0;
		if (normalised != null) {
			typedTrigrams = ParticipantFinder.typoTolerance(this.jdbc, normalised);
			byName = " AND " + ParticipantFinder.NAME_MATCHES
					+ ((typedTrigrams > 0) ? " AND " + ParticipantFinder.TEAM_NAME_CANDIDATES : "");
		}
		List<PersonFound> found = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date FROM participant p
				WHERE p.responsible_unit_id = :viewerUnit%s
				  AND (CAST(:birthDate AS date) IS NULL OR p.birth_date = CAST(:birthDate AS date))
				ORDER BY (CAST(:name AS text) IS NOT NULL AND starts_with(p.search_name, CAST(:name AS text))) DESC,
				         word_similarity(COALESCE(CAST(:name AS text), ''), p.search_name) DESC, p.search_name, p.id
				LIMIT 20
				""".formatted(byName))
			.param("viewerUnit", viewer.unitId())
			.param("name", normalised)
			.param("prefix", (normalised != null) ? normalised + "%" : null)
			.param("typedTrigrams", typedTrigrams)
			.param("birthDate", birthDate)
			.query(OwnTeamFinder::personFound)
			.list();
		this.audit.recordList(actor(viewer), ParticipantManagement.SUBJECT_TYPE,
				found.stream().map(person -> person.id().id()).toList(), purpose,
				AuditDetail.of("participant.audit.listed", found.size()));
		return found;
	}

	/**
	 * One person of the viewer's own unit, by identifier, under the same rule as
	 * {@link #findInOwnTeam}; the read is written to the audit trail.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @param purpose must not be null
	 * @return empty when there is no such person in the viewer's unit
	 */
	public Optional<PersonFound> personInOwnTeam(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		if (!CaseAccessPolicy.findsOwnTeam(viewer)) {
			return Optional.empty();
		}
		Optional<PersonFound> found = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date FROM participant p
				WHERE p.id = :id AND p.responsible_unit_id = :unit
				""").param("id", id.id()).param("unit", viewer.unitId()).query(OwnTeamFinder::personFound).optional();
		found.ifPresent(
				person -> this.audit.recordAction(actor(viewer), AuditAction.READ, ParticipantManagement.SUBJECT_TYPE,
						id.id(), purpose, AuditDetail.of("participant.audit.profile-read")));
		return found;
	}

	private static PersonFound personFound(ResultSet rs, int row) throws SQLException {
		return new PersonFound(new ParticipantId(rs.getObject("id", UUID.class)),
				rs.getString("family_name") + ", " + rs.getString("given_names"),
				rs.getObject("birth_date", LocalDate.class));
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

}
