package de.weitblick.participant;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
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

	/**
	 * The search's rule for a name, over the table aliased {@code p}: a word of the name
	 * at a word similarity of {@value #WORD_SIMILARITY} or more to what was typed
	 * ({@code :name}), or a name starting with it ({@code :prefix}).
	 */
	static final String NAME_MATCHES = "(p.search_name LIKE :prefix OR :name <% p.search_name)";

	/** The word similarity a word of a name must reach to be found. */
	static final String WORD_SIMILARITY = "0.4";

	/**
	 * The people of the viewer's team ({@code :viewerUnit}) whose names share at least
	 * 0.4 of the typed name's {@code :typedTrigrams} trigrams, read from the postings of
	 * the team alone. Every name {@link #NAME_MATCHES} finds is among them: a word
	 * similarity of 0.4 needs that share, and a name that starts with what was typed
	 * lacks at most one of its trigrams (the end of its last word).
	 */
	static final String TEAM_NAME_CANDIDATES = "p.id IN (" + teamNameCandidates("t.participant_id") + ")";

	private static String teamNameCandidates(String column) {
		return """
				SELECT %s FROM participant_name_trigram t
				WHERE t.unit_id = :viewerUnit AND t.trigram = ANY (show_trgm(:name))
				GROUP BY t.participant_id HAVING 5 * count(*) >= 2 * :typedTrigrams""".formatted(column);
	}

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
		int typedTrigrams = 0;
		String nameCandidates = "";
		if (normalisedName != null) {
			typedTrigrams = typoTolerance(this.jdbc, normalisedName);
			if (scope.isTeam() && typedTrigrams > 0) {
				nameCandidates = "name_candidates AS MATERIALIZED (" + teamNameCandidates("t.participant_id AS id")
						+ "), ";
				conditions.add("p.id IN (SELECT id FROM name_candidates)");
			}
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
		// Typo-tolerant: a word of the name close enough to what was typed, or a name
		// that starts with it. The word similarity is computed once for each candidate,
		// for the rule and the order alike, and only for the candidates: the planner
		// takes the function to be cheap and would otherwise test every name of the team
		// before it joins the candidates.
		String found = (normalisedName != null)
				? """
						candidates AS MATERIALIZED (
						    SELECT p.id, p.search_name, p.birth_date, p.registered_on,
						           word_similarity(:name, p.search_name) AS name_closeness
						    FROM participant p WHERE %s
						), found AS MATERIALIZED (
						    SELECT * FROM candidates p WHERE p.search_name LIKE :prefix OR p.name_closeness >= CAST(%s AS float8)
						)"""
					.formatted(where, WORD_SIMILARITY)
				: """
						found AS MATERIALIZED (
						    SELECT p.id, p.search_name, p.birth_date, p.registered_on FROM participant p WHERE %s
						)""".formatted(where);
		// One statement: the cases found are kept with what orders them, counted, and
		// only the page's rows are read in full; the count does not search a second time.
		List<FoundRow> rows = this.jdbc
			.sql("""
					WITH %1$s%2$s
					SELECT counted.total, p.id, p.family_name, p.given_names, p.birth_date, d.name AS district_name,
					       p.counsellor_id, p.status,
					       ARRAY(SELECT g.focus_group_code FROM participant_focus_group g
					             WHERE g.participant_id = p.id AND g.valid_from <= :today
					               AND (g.valid_until IS NULL OR g.valid_until > :today)) AS focus_groups
					FROM (SELECT count(*) AS total FROM found) counted
					LEFT JOIN LATERAL (SELECT * FROM found p ORDER BY %3$s LIMIT :limit OFFSET :offset) shown ON TRUE
					LEFT JOIN participant p ON p.id = shown.id
					LEFT JOIN city_district d ON d.code = p.district_code
					ORDER BY %4$s
					""".formatted(nameCandidates, found, order(search, normalisedName, "p"),
					order(search, normalisedName, "shown")))
			.param("viewerUnit", viewer.unitId())
			.param("granted", scope.grantedIds())
			.param("today", today())
			.param("prefix", (normalisedName != null) ? normalisedName + "%" : null)
			.param("name", normalisedName)
			.param("typedTrigrams", typedTrigrams)
			.param("birthDate", search.birthDate())
			.param("focusGroup", (search.focusGroup() != null) ? search.focusGroup().name() : null)
			.param("counsellorId", search.counsellorId())
			.param("status", (search.status() != null) ? search.status().name() : null)
			.param("districtCode", search.districtCode())
			.param("limit", search.size())
			.param("offset", (long) search.page() * search.size())
			.query((rs, n) -> new FoundRow(rs.getLong("total"),
					(rs.getObject("id") != null) ? new ParticipantListItem(
							new ParticipantId(rs.getObject("id", UUID.class)), rs.getString("family_name"),
							rs.getString("given_names"), rs.getObject("birth_date", LocalDate.class),
							rs.getString("district_name"), rs.getObject("counsellor_id", UUID.class),
							ParticipantStatus.valueOf(rs.getString("status")), focusGroups(rs.getArray("focus_groups")),
							CaseView.FULL, List.of()) : null))
			.list();
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		List<ParticipantListItem> shown = rows.stream().map(FoundRow::item).filter(Objects::nonNull).toList();
		if (viewer.role() != Role.COUNSELLOR) {
			shown = shown.stream().map(item -> {
				List<CaseGrant> grants = scope.grants().get(item.id());
				return item.within(CaseAccessPolicy.Access.granted(grants).view(), grants);
			}).toList();
		}
		auditListed(shown, scope, viewer, purpose);
		return new ParticipantPage(shown, search.page(), search.size(), total);
	}

	/**
	 * The order of a page over the cases found, aliased {@code alias}.
	 */
	private static String order(ParticipantSearch search, String normalisedName, String alias) {
		String direction = search.descending() ? "DESC" : "ASC";
		String order = switch (search.sort()) {
			// The person called exactly that first (the family name, or family and given
			// names, as typed), then the names with a word closest to it, then the
			// closest names as a whole.
			case RELEVANCE -> (normalisedName != null)
					? "(p.search_name = :name OR starts_with(p.search_name, :name || ' ')) DESC, "
							+ "p.name_closeness DESC, similarity(:name, p.search_name) DESC, p.search_name, p.id"
					: "p.search_name, p.id";
			case NAME -> "p.search_name " + direction + ", p.id";
			case BIRTH_DATE -> "p.birth_date " + direction + ", p.search_name, p.id";
			case REGISTERED_ON -> "p.registered_on " + direction + ", p.search_name, p.id";
		};
		return order.replace("p.", alias + ".");
	}

	/**
	 * Sets the word similarity the name rule asks for, for this transaction.
	 * @return how many distinct trigrams the typed name has
	 */
	static int typoTolerance(JdbcClient jdbc, String normalisedName) {
		return jdbc
			.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '" + WORD_SIMILARITY
					+ "', true), cardinality(show_trgm(:name))")
			.param("name", normalisedName)
			.query((rs, n) -> rs.getInt(2))
			.single();
	}

	private record FoundRow(long total, ParticipantListItem item) {
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

	private static List<FocusGroupCode> focusGroups(Array array) throws SQLException {
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
