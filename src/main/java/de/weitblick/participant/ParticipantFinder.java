package de.weitblick.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
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
 * Finds the cases a viewer may see, by name (typo-tolerant), birth date, focus group,
 * counsellor, status and district, one page at a time; every case shown is written to the
 * audit trail.
 */
@Service
@Transactional
public class ParticipantFinder {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CaseAccessPolicy policy;

	private final Clock clock;

	ParticipantFinder(JdbcClient jdbc, AuditTrail audit, CaseAccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Finds the cases the viewer may see, one page at a time; every case shown is written
	 * to the audit trail.
	 */
	public ParticipantPage search(ParticipantSearch search, StaffMember viewer, AccessPurpose purpose) {
		CaseAccessPolicy.Scope scope = this.policy.scope(viewer, revealed(search));
		List<String> conditions = new ArrayList<>();
		conditions.add(scope.condition());
		String normalisedName = (search.name() != null) ? Participant.normalise(search.name()) : null;
		if (normalisedName != null) {
			// Typo-tolerant: a word of the name close enough to what was typed, or a name
			// that starts with it.
			this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true)")
				.query(String.class)
				.single();
			conditions.add("(p.search_name LIKE :prefix OR :name <% p.search_name)");
		}
		if (search.birthDate() != null) {
			conditions.add("p.birth_date = :birthDate");
		}
		if (search.focusGroup() != null) {
			conditions.add("""
					EXISTS (SELECT 1 FROM participant_focus_group g WHERE g.participant_id = p.id
					        AND g.focus_group_code = :focusGroup AND g.valid_from <= :today
					        AND (g.valid_until IS NULL OR g.valid_until > :today))""");
		}
		if (search.counsellorId() != null) {
			conditions.add("p.counsellor_id = :counsellorId");
		}
		if (search.status() != null) {
			conditions.add("p.status = :status");
		}
		if (search.districtCode() != null) {
			conditions.add("p.district_code = :districtCode");
		}
		String where = String.join(" AND ", conditions);
		String direction = search.descending() ? "DESC" : "ASC";
		String order = switch (search.sort()) {
			// The person called exactly that first (the family name, or family and given
			// names, as typed), then the names with a word closest to it, then the
			// closest
			// names as a whole; only the team's matches are ordered, so the trigram index
			// still finds them.
			case RELEVANCE ->
				(normalisedName != null) ? "(p.search_name = :name OR starts_with(p.search_name, :name || ' ')) DESC, "
						+ "word_similarity(:name, p.search_name) DESC, similarity(:name, p.search_name) DESC, "
						+ "p.search_name, p.id" : "p.search_name, p.id";
			case NAME -> "p.search_name " + direction + ", p.id";
			case BIRTH_DATE -> "p.birth_date " + direction + ", p.search_name, p.id";
			case REGISTERED_ON -> "p.registered_on " + direction + ", p.search_name, p.id";
		};
		var count = this.jdbc.sql("SELECT count(*) FROM participant p WHERE " + where);
		var rows = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date, d.name AS district_name, p.counsellor_id,
				       p.status,
				       ARRAY(SELECT g.focus_group_code FROM participant_focus_group g
				             WHERE g.participant_id = p.id AND g.valid_from <= :today
				               AND (g.valid_until IS NULL OR g.valid_until > :today)) AS focus_groups
				FROM participant p LEFT JOIN city_district d ON d.code = p.district_code
				WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset
				""".formatted(where, order));
		for (var statement : List.of(count, rows)) {
			statement.param("viewerUnit", viewer.unitId())
				.param("granted", scope.grantedIds())
				.param("today", today())
				.param("prefix", (normalisedName != null) ? normalisedName + "%" : null)
				.param("name", normalisedName)
				.param("birthDate", search.birthDate())
				.param("focusGroup", (search.focusGroup() != null) ? search.focusGroup().name() : null)
				.param("counsellorId", search.counsellorId())
				.param("status", (search.status() != null) ? search.status().name() : null)
				.param("districtCode", search.districtCode());
		}
		long total = count.query(Long.class).single();
		List<ParticipantListItem> items = rows.param("limit", search.size())
			.param("offset", (long) search.page() * search.size())
			.query((rs, n) -> new ParticipantListItem(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("family_name"), rs.getString("given_names"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("district_name"),
					rs.getObject("counsellor_id", UUID.class), ParticipantStatus.valueOf(rs.getString("status")),
					focusGroups(rs.getArray("focus_groups")), CaseView.FULL, List.of()))
			.list();
		if (viewer.role() != Role.COUNSELLOR) {
			items = items.stream().map(item -> {
				List<CaseGrant> grants = scope.grants().get(item.id());
				return item.within(CaseAccessPolicy.Access.granted(grants).view(), grants);
			}).toList();
		}
		auditListed(items, scope, viewer, purpose);
		return new ParticipantPage(items, search.page(), search.size(), total);
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
		this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true)")
			.query(String.class)
			.single();
		List<PersonFound> found = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date FROM participant p
				WHERE p.responsible_unit_id = :unit
				  AND (CAST(:name AS text) IS NULL OR p.search_name LIKE :prefix OR :name <% p.search_name)
				  AND (CAST(:birthDate AS date) IS NULL OR p.birth_date = CAST(:birthDate AS date))
				ORDER BY (CAST(:name AS text) IS NOT NULL AND starts_with(p.search_name, CAST(:name AS text))) DESC,
				         word_similarity(COALESCE(CAST(:name AS text), ''), p.search_name) DESC, p.search_name, p.id
				LIMIT 20
				""")
			.param("unit", viewer.unitId())
			.param("name", normalised)
			.param("prefix", (normalised != null) ? normalised + "%" : null)
			.param("birthDate", birthDate)
			.query(ParticipantFinder::personFound)
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
				""")
			.param("id", id.id())
			.param("unit", viewer.unitId())
			.query(ParticipantFinder::personFound)
			.optional();
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

	/**
	 * The sections a search's criteria and order would reveal about the cases it finds: a
	 * case seen through a grant is only found when its view shows them.
	 */
	private static java.util.Set<CaseSection> revealed(ParticipantSearch search) {
		java.util.Set<CaseSection> sections = java.util.EnumSet.noneOf(CaseSection.class);
		if (search.birthDate() != null || search.districtCode() != null
				|| search.sort() == ParticipantSearch.SortOrder.BIRTH_DATE) {
			sections.add(CaseSection.PERSON);
		}
		if (search.focusGroup() != null) {
			sections.add(CaseSection.FOCUS_GROUPS);
		}
		if (search.counsellorId() != null || search.sort() == ParticipantSearch.SortOrder.REGISTERED_ON) {
			sections.add(CaseSection.BENEFITS);
		}
		return sections;
	}

	/**
	 * Every case a list shows is a read: the team's with the purpose asked for, those
	 * seen through a grant with the grant's purpose and basis.
	 */
	private void auditListed(List<ParticipantListItem> items, CaseAccessPolicy.Scope scope, StaffMember viewer,
			AccessPurpose purpose) {
		if (!scope.isGranted()) {
			this.audit.recordList(actor(viewer), ParticipantManagement.SUBJECT_TYPE,
					items.stream().map(item -> item.id().id()).toList(), purpose,
					AuditDetail.of("participant.audit.listed", items.size()));
			return;
		}
		Map<AccessPurpose, List<UUID>> byPurpose = new LinkedHashMap<>();
		for (ParticipantListItem item : items) {
			AccessPurpose audited = CaseAccessPolicy.Access.granted(item.grants()).purpose(purpose);
			byPurpose.computeIfAbsent(audited, key -> new ArrayList<>()).add(item.id().id());
		}
		byPurpose.forEach((audited, ids) -> this.audit.recordList(actor(viewer), ParticipantManagement.SUBJECT_TYPE,
				ids, audited, AuditDetail.of("participant.audit.listed-through-grant", ids.size(),
						AuditDetail.term(purpose.messageKey()))));
	}

	private static List<FocusGroupCode> focusGroups(Array array) throws java.sql.SQLException {
		return Arrays.stream((Object[]) array.getArray())
			.map(code -> FocusGroupCode.valueOf((String) code))
			.sorted()
			.toList();
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
