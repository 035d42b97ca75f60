package de.weitblick.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.ModuleOffer;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recognition cases' tables: a case, its gaps and its modules are one aggregate, and
 * every change raises the case's version.
 */
@Component
class RecognitionStore {

	private final JdbcClient jdbc;

	RecognitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RecognitionCase> find(UUID id, Map<UUID, String> employerNames) {
		return this.jdbc.sql("SELECT * FROM recognition_case WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> caseOf(rs))
			.optional()
			.map(found -> withParts(found, employerNames));
	}

	Optional<UUID> unitOf(UUID id) {
		return this.jdbc.sql("SELECT unit_id FROM recognition_case WHERE id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	List<UUID> employersOf(UUID id) {
		return this.jdbc.sql("SELECT DISTINCT employer_id FROM recognition_module WHERE case_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list();
	}

	List<RecognitionSummary> ofUnit(UUID unit) {
		return this.jdbc.sql("""
				SELECT c.id, c.participant_id, c.reference_occupation, c.status,
				       (SELECT count(*) FROM recognition_gap g WHERE g.case_id = c.id) AS gaps,
				       (SELECT count(*) FROM recognition_gap g WHERE g.case_id = c.id AND EXISTS (
				          SELECT 1 FROM recognition_module m WHERE m.gap_id = g.id AND m.status = 'COMPLETED'))
				         AS closed
				FROM recognition_case c WHERE c.unit_id = :unit
				ORDER BY c.status, c.opened_on DESC, c.id LIMIT 500
				""")
			.param("unit", unit)
			.query((rs, n) -> new RecognitionSummary(rs.getObject("id", UUID.class),
					rs.getObject("participant_id", UUID.class), null, rs.getString("reference_occupation"),
					RecognitionStatus.valueOf(rs.getString("status")), rs.getInt("gaps"), rs.getInt("closed")))
			.list();
	}

	boolean inProgressFor(UUID participant) {
		return this.jdbc.sql("""
				SELECT count(*) FROM recognition_case WHERE participant_id = :participant AND status = 'IN_PROGRESS'
				""").param("participant", participant).query(Integer.class).single() > 0;
	}

	UUID insert(RecognitionDraft draft, UUID unit, LocalDate today) {
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO recognition_case (id, version, participant_id, unit_id, qualification, country,
				  reference_occupation, competent_body, notice_on, opened_on, status)
				VALUES (:id, 0, :participant, :unit, :qualification, :country, :occupation, :body, :noticeOn, :today,
				  'IN_PROGRESS')
				""")
			.param("id", id)
			.param("participant", draft.participantId())
			.param("unit", unit)
			.param("qualification", draft.qualification().strip())
			.param("country", draft.country().strip())
			.param("occupation", draft.referenceOccupation().strip())
			.param("body", draft.competentBody().strip())
			.param("noticeOn", draft.noticeOn())
			.param("today", today)
			.update();
		int position = 0;
		for (String gap : draft.gaps()) {
			this.jdbc.sql("""
					INSERT INTO recognition_gap (id, case_id, position, competence_area)
					VALUES (:id, :case, :position, :area)
					""")
				.param("id", TimeOrderedIds.next())
				.param("case", id)
				.param("position", position++)
				.param("area", gap)
				.update();
		}
		return id;
	}

	/**
	 * Raises the version, unless someone changed the case since it was read; the row
	 * stays locked until the transaction ends.
	 */
	void claim(UUID id, int expectedVersion) {
		int changed = this.jdbc
			.sql("UPDATE recognition_case SET version = version + 1 WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Recognition case " + id + " was changed in the meantime");
		}
	}

	void insertModule(UUID caseId, UUID gapId, ModuleOffer offer, LocalDate startsOn) {
		this.jdbc.sql("""
				INSERT INTO recognition_module (id, case_id, gap_id, employer_id, offer_id, city_group, competence_area,
				  weeks, starts_on, status)
				VALUES (:id, :case, :gap, :employer, :offer, :cityGroup, :area, :weeks, :startsOn, 'PLANNED')
				""")
			.param("id", TimeOrderedIds.next())
			.param("case", caseId)
			.param("gap", gapId)
			.param("employer", offer.employerId().id())
			.param("offer", offer.offerId().id())
			.param("cityGroup", offer.cityGroup())
			.param("area", offer.competenceArea())
			.param("weeks", offer.weeks())
			.param("startsOn", startsOn)
			.update();
	}

	void updateModule(UUID moduleId, ModuleStatus status, LocalDate startedOn, int weeksCompleted,
			LocalDate completedOn) {
		this.jdbc.sql("""
				UPDATE recognition_module SET status = :status, started_on = :startedOn,
				  weeks_completed = :weeks, completed_on = :completedOn
				WHERE id = :id
				""")
			.param("status", status.name())
			.param("startedOn", startedOn)
			.param("weeks", weeksCompleted)
			.param("completedOn", completedOn)
			.param("id", moduleId)
			.update();
	}

	void recordRecognised(UUID id, LocalDate on) {
		this.jdbc.sql("UPDATE recognition_case SET status = 'RECOGNISED', recognised_on = :on WHERE id = :id")
			.param("on", on)
			.param("id", id)
			.update();
	}

	Map<Integer, Integer> modulesStarted(EmployerId employer, int fromYear, int toYear) {
		Map<Integer, Integer> years = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT CAST(extract(YEAR FROM started_on) AS integer) AS year, count(*) AS modules
				FROM recognition_module
				WHERE employer_id = :employer AND started_on >= :from AND started_on < :until
				GROUP BY 1
				""")
			.param("employer", employer.id())
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> years.put(rs.getInt("year"), rs.getInt("modules")))
			.list();
		return years;
	}

	Map<EmployerId, Integer> modulesStarted(Collection<EmployerId> employers, int fromYear, int toYear) {
		Map<EmployerId, Integer> modules = new LinkedHashMap<>();
		if (employers.isEmpty()) {
			return modules;
		}
		this.jdbc.sql("""
				SELECT employer_id, count(*) AS modules
				FROM recognition_module
				WHERE employer_id = ANY(CAST(:employers AS uuid[])) AND started_on >= :from AND started_on < :until
				GROUP BY employer_id
				""")
			.param("employers", employers.stream().map(EmployerId::id).toArray(UUID[]::new))
			.param("from", LocalDate.of(fromYear, 1, 1))
			.param("until", LocalDate.of(toYear + 1, 1, 1))
			.query((rs, n) -> modules.put(new EmployerId(rs.getObject("employer_id", UUID.class)),
					rs.getInt("modules")))
			.list();
		return modules;
	}

	/**
	 * Per year: people in recognition, modules started inside and outside the city group,
	 * full recognitions.
	 */
	List<int[]> figures(int fromYear, int toYear) {
		return this.jdbc.sql("""
				SELECT y AS year,
				  (SELECT count(DISTINCT c.participant_id) FROM recognition_case c
				    WHERE c.opened_on < make_date(y + 1, 1, 1)
				      AND (c.recognised_on IS NULL OR c.recognised_on >= make_date(y, 1, 1))) AS people,
				  (SELECT count(*) FROM recognition_module m WHERE m.city_group
				    AND m.started_on >= make_date(y, 1, 1) AND m.started_on < make_date(y + 1, 1, 1)) AS inside,
				  (SELECT count(*) FROM recognition_module m WHERE NOT m.city_group
				    AND m.started_on >= make_date(y, 1, 1) AND m.started_on < make_date(y + 1, 1, 1)) AS outside,
				  (SELECT count(*) FROM recognition_case c WHERE c.recognised_on >= make_date(y, 1, 1)
				    AND c.recognised_on < make_date(y + 1, 1, 1)) AS recognised
				FROM generate_series(CAST(:from AS integer), CAST(:to AS integer)) AS y ORDER BY y
				""")
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs,
					n) -> new int[] { rs.getInt("year"), rs.getInt("people"), rs.getInt("inside"), rs.getInt("outside"),
							rs.getInt("recognised") })
			.list();
	}

	private RecognitionCase withParts(RecognitionCase found, Map<UUID, String> employerNames) {
		List<RecognitionCase.PlannedModule> modules = this.jdbc
			.sql("SELECT * FROM recognition_module WHERE case_id = :id ORDER BY starts_on, id")
			.param("id", found.id())
			.query((rs, n) -> new RecognitionCase.PlannedModule(rs.getObject("id", UUID.class),
					rs.getObject("gap_id", UUID.class), rs.getObject("employer_id", UUID.class),
					employerNames.getOrDefault(rs.getObject("employer_id", UUID.class), ""),
					rs.getBoolean("city_group"), rs.getObject("offer_id", UUID.class), rs.getString("competence_area"),
					rs.getInt("weeks"), rs.getObject("starts_on", LocalDate.class),
					ModuleStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
					rs.getInt("weeks_completed"), rs.getObject("completed_on", LocalDate.class)))
			.list();
		List<RecognitionCase.Gap> gaps = new ArrayList<>();
		this.jdbc.sql("SELECT id, competence_area FROM recognition_gap WHERE case_id = :id ORDER BY position")
			.param("id", found.id())
			.query((rs, n) -> {
				UUID gap = rs.getObject("id", UUID.class);
				return gaps.add(new RecognitionCase.Gap(gap, rs.getString("competence_area"), modules.stream()
					.anyMatch(module -> module.gapId().equals(gap) && module.status() == ModuleStatus.COMPLETED)));
			})
			.list();
		return new RecognitionCase(found.id(), found.version(), found.participantId(), found.personName(),
				found.qualification(), found.country(), found.referenceOccupation(), found.competentBody(),
				found.noticeOn(), found.openedOn(), found.status(), found.recognisedOn(), gaps, modules);
	}

	private static RecognitionCase caseOf(ResultSet rs) throws SQLException {
		return new RecognitionCase(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("participant_id", UUID.class), null, rs.getString("qualification"),
				rs.getString("country"), rs.getString("reference_occupation"), rs.getString("competent_body"),
				rs.getObject("notice_on", LocalDate.class), rs.getObject("opened_on", LocalDate.class),
				RecognitionStatus.valueOf(rs.getString("status")), rs.getObject("recognised_on", LocalDate.class),
				List.of(), List.of());
	}

}
