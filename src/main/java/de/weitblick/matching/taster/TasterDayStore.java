package de.weitblick.matching.taster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.matching.RunStatus;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.matching.engine.TasterDaySchedule;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps taster-day schedules: the schedule with its rules, its inputs, and who was given
 * which slot, written together with the schedule's completion in one transaction, so a
 * schedule that fails leaves no seat behind.
 */
@Repository
public class TasterDayStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	TasterDayStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = transaction;
	}

	/**
	 * A kept schedule without its inputs.
	 *
	 * @param optimal whether proven best, null until completed
	 * @param interest the total interest met, null until completed
	 * @param bound CP-SAT's bound of it, null until completed
	 * @param gapPermille the gap to the bound in thousandths, null until completed
	 * @param failure the message key of why it failed, or null
	 */
	public record Header(UUID id, RunStatus status, String startedBy, Instant startedAt, Instant finishedAt, int pupils,
			int slots, Boolean optimal, Long interest, Long bound, Integer gapPermille, String failure) {
	}

	/**
	 * Records a schedule as started, with the rules it is made under.
	 * @param scopeKey the team's key; one schedule at a time per team
	 * @throws RuleViolation when a schedule of the team is being made
	 */
	public void open(UUID id, String scopeKey, TasterInputs.Rules rules, String startedBy, Instant at) {
		try {
			this.jdbc.sql("""
					INSERT INTO matching_taster_schedule (id, scope_key, status, started_by, started_at,
					    slots_per_pupil, maximum_travel_minutes, same_district_minutes, other_district_minutes,
					    wanted_points, open_points, time_limit_seconds)
					VALUES (:id, :scopeKey, 'RUNNING', :by, :at, :slotsPerPupil, :maximumTravel, :same, :other,
					    :wanted, :open, :timeLimit)
					""")
				.param("id", id)
				.param("scopeKey", scopeKey)
				.param("by", startedBy)
				.param("at", Timestamp.from(at))
				.param("slotsPerPupil", rules.slotsPerPupil())
				.param("maximumTravel", rules.maximumTravelMinutes())
				.param("same", rules.sameDistrictMinutes())
				.param("other", rules.otherDistrictMinutes())
				.param("wanted", rules.wanted())
				.param("open", rules.open())
				.param("timeLimit", rules.timeLimitSeconds())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation(null, "matching.taster.under-way");
		}
	}

	/**
	 * Keeps the schedule's pupils and slots with it, in one transaction.
	 */
	public void keep(UUID id, List<TasterInputs.Pupil> pupils, List<TasterInputs.Slot> slots) {
		this.transaction.executeWithoutResult(status -> {
			List<Object[]> pupilRows = new ArrayList<>();
			for (int i = 0; i < pupils.size(); i++) {
				TasterInputs.Pupil pupil = pupils.get(i);
				pupilRows.add(new Object[] { id, i, pupil.participantId(), pupil.district(),
						pupil.wantedTrades().toArray(String[]::new) });
			}
			this.template.batchUpdate("""
					INSERT INTO matching_taster_pupil (schedule_id, ordinal, participant_id, district, wanted_trades)
					VALUES (?, ?, ?, ?, ?)
					""", pupilRows);
			List<Object[]> slotRows = new ArrayList<>();
			for (int s = 0; s < slots.size(); s++) {
				TasterInputs.Slot slot = slots.get(s);
				slotRows.add(new Object[] { id, s, slot.offerId(), slot.employerName(), slot.trade(), slot.tradeKey(),
						java.sql.Date.valueOf(slot.day()), slot.seats(), slot.district() });
			}
			this.template.batchUpdate("""
					INSERT INTO matching_taster_slot (schedule_id, ordinal, offer_id, employer_name, trade, trade_key,
					    day, seats, district)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", slotRows);
			this.jdbc.sql("UPDATE matching_taster_schedule SET pupils = :pupils, slots = :slots WHERE id = :id")
				.param("pupils", pupils.size())
				.param("slots", slots.size())
				.param("id", id)
				.update();
		});
	}

	/**
	 * @return the schedule's inputs as kept
	 */
	public TasterInputs load(UUID id) {
		TasterInputs.Rules rules = this.jdbc.sql("SELECT * FROM matching_taster_schedule WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new TasterInputs.Rules(rs.getInt("slots_per_pupil"), rs.getInt("maximum_travel_minutes"),
					rs.getInt("same_district_minutes"), rs.getInt("other_district_minutes"), rs.getInt("wanted_points"),
					rs.getInt("open_points"), rs.getInt("time_limit_seconds")))
			.single();
		List<TasterInputs.Pupil> pupils = this.jdbc
			.sql("SELECT * FROM matching_taster_pupil WHERE schedule_id = :id ORDER BY ordinal")
			.param("id", id)
			.query((rs, n) -> new TasterInputs.Pupil(rs.getObject("participant_id", UUID.class),
					rs.getString("district"), Arrays.asList((String[]) rs.getArray("wanted_trades").getArray())))
			.list();
		return new TasterInputs(rules, pupils, slots(id));
	}

	/**
	 * @return the schedule's slots as kept, in the order of their numbers
	 */
	public List<TasterInputs.Slot> slots(UUID id) {
		return this.jdbc.sql("SELECT * FROM matching_taster_slot WHERE schedule_id = :id ORDER BY ordinal")
			.param("id", id)
			.query((rs, n) -> new TasterInputs.Slot(rs.getObject("offer_id", UUID.class), rs.getString("employer_name"),
					rs.getString("trade"), rs.getString("trade_key"), rs.getDate("day").toLocalDate(),
					rs.getInt("seats"), rs.getString("district")))
			.list();
	}

	/**
	 * @return the people of the schedule, in the order of their numbers
	 */
	public List<UUID> pupils(UUID id) {
		return this.jdbc
			.sql("SELECT participant_id FROM matching_taster_pupil WHERE schedule_id = :id ORDER BY ordinal")
			.param("id", id)
			.query(UUID.class)
			.list();
	}

	/**
	 * @return per pupil number, the numbers of the slots they were given
	 */
	public List<List<Integer>> seats(UUID id, int pupils) {
		List<List<Integer>> seats = new ArrayList<>();
		for (int i = 0; i < pupils; i++) {
			seats.add(new ArrayList<>());
		}
		this.jdbc.sql("SELECT pupil, slot FROM matching_taster_seat WHERE schedule_id = :id ORDER BY pupil, slot")
			.param("id", id)
			.query((rs, n) -> seats.get(rs.getInt("pupil")).add(rs.getInt("slot")))
			.list();
		return seats;
	}

	/**
	 * Writes who was given which slot and completes the schedule, in one transaction.
	 */
	public void complete(UUID id, TasterDaySchedule schedule, Instant at) {
		this.transaction.executeWithoutResult(status -> {
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < schedule.slotsOfPupil().size(); i++) {
				for (int s : schedule.slotsOfPupil().get(i)) {
					rows.add(new Object[] { id, i, s });
				}
			}
			this.template.batchUpdate("INSERT INTO matching_taster_seat (schedule_id, pupil, slot) VALUES (?, ?, ?)",
					rows);
			this.jdbc.sql("""
					UPDATE matching_taster_schedule SET status = 'COMPLETED', finished_at = :at, optimal = :optimal,
					    interest = :interest, bound = :bound, gap_permille = :gap, solve_millis = :millis
					WHERE id = :id AND status = 'RUNNING'
					""")
				.param("at", Timestamp.from(at))
				.param("optimal", schedule.status() == SolveStatus.OPTIMAL)
				.param("interest", schedule.interest())
				.param("bound", schedule.bound())
				.param("gap", (int) Math.round(1000 * schedule.gap()))
				.param("millis", schedule.solveMillis())
				.param("id", id)
				.update();
		});
	}

	/**
	 * Ends the schedule with a message and without seats.
	 */
	public void fail(UUID id, String failure, Instant at) {
		this.jdbc.sql("""
				UPDATE matching_taster_schedule SET status = 'FAILED', failure = :failure, finished_at = :at
				WHERE id = :id AND status = 'RUNNING'
				""").param("failure", failure).param("at", Timestamp.from(at)).param("id", id).update();
	}

	/**
	 * Schedules that were being made when the process stopped can never finish: they end
	 * with a message, so the team can start a new one.
	 */
	public void endInterrupted() {
		this.jdbc.sql("""
				UPDATE matching_taster_schedule SET status = 'FAILED', failure = 'matching.failure.interrupted',
				    finished_at = now()
				WHERE status = 'RUNNING' AND started_at < now() - interval '1 minute'
				""").update();
	}

	/**
	 * @return the team's schedules, the latest first
	 */
	public List<Header> list(String scopeKey, int limit) {
		return this.jdbc
			.sql("SELECT * FROM matching_taster_schedule WHERE scope_key = :scopeKey "
					+ "ORDER BY started_at DESC LIMIT :limit")
			.param("scopeKey", scopeKey)
			.param("limit", limit)
			.query((rs, n) -> header(rs))
			.list();
	}

	/**
	 * @return the team's schedule, empty when there is none of the team
	 */
	public Optional<Header> header(UUID id, String scopeKey) {
		return this.jdbc.sql("SELECT * FROM matching_taster_schedule WHERE id = :id AND scope_key = :scopeKey")
			.param("id", id)
			.param("scopeKey", scopeKey)
			.query((rs, n) -> header(rs))
			.optional();
	}

	private static Header header(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Header(rs.getObject("id", UUID.class), RunStatus.valueOf(rs.getString("status")),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, rs.getInt("pupils"), rs.getInt("slots"),
				(Boolean) rs.getObject("optimal"), (Long) rs.getObject("interest"), (Long) rs.getObject("bound"),
				(Integer) rs.getObject("gap_permille"), rs.getString("failure"));
	}

}
