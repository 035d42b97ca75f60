package de.weitblick.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.matching.taster.TasterDayStore;
import de.weitblick.matching.taster.TasterDayWorker;
import de.weitblick.matching.taster.TasterInputs;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taster days ("Handwerk live"): the team's pupils × the employers' open taster slots,
 * scheduled with CP-SAT in the background under a time limit (the rules are
 * {@link TasterDayWorker#RULES}). Each schedule is kept with its inputs and rules, so it
 * can be made again and audited; the team's schedules are listed, the latest first.
 */
@Service
public class TasterDays {

	private static final int LISTED = 50;

	private final TasterDayStore store;

	private final TasterDayWorker worker;

	private final ParticipantDirectory participants;

	private final Clock clock;

	TasterDays(TasterDayStore store, TasterDayWorker worker, ParticipantDirectory participants, Clock clock) {
		this.store = store;
		this.worker = worker;
		this.participants = participants;
		this.clock = clock;
	}

	/**
	 * Starts scheduling the team's pupils into the open taster slots in the background.
	 * @return the schedule, to follow it
	 * @throws RuleViolation when the viewer may not match or a schedule of the team is
	 * being made
	 */
	public UUID start(StaffMember viewer) {
		if (!MatchingAccess.mayMatch(viewer)) {
			throw new RuleViolation(null, "matching.rule.may-not-match");
		}
		UUID id = TimeOrderedIds.next();
		this.store.open(id, key(viewer), TasterDayWorker.RULES, viewer.username(), this.clock.instant());
		this.worker.submit(id, viewer);
		return id;
	}

	/**
	 * @return the team's schedules, the latest first, without pupils or slots
	 */
	public List<TasterDayView> schedules(StaffMember viewer) {
		if (!MatchingAccess.mayMatch(viewer)) {
			return List.of();
		}
		return this.store.list(key(viewer), LISTED).stream().map(header -> view(header, List.of(), List.of())).toList();
	}

	/**
	 * A schedule of the team, per pupil and per business; every name shown is written to
	 * the audit trail.
	 * @return empty when there is no such schedule of the viewer's team
	 */
	@Transactional
	public Optional<TasterDayView> schedule(UUID id, StaffMember viewer) {
		if (!MatchingAccess.mayMatch(viewer)) {
			return Optional.empty();
		}
		Optional<TasterDayStore.Header> found = this.store.header(id, key(viewer));
		if (found.isEmpty() || found.get().status() != RunStatus.COMPLETED) {
			return found.map(header -> view(header, List.of(), List.of()));
		}
		List<ParticipantId> pupils = this.store.pupils(id).stream().map(ParticipantId::new).toList();
		List<TasterInputs.Slot> slots = this.store.slots(id);
		List<List<Integer>> seats = this.store.seats(id, pupils.size());
		List<ParticipantId> seated = new ArrayList<>();
		for (int i = 0; i < pupils.size(); i++) {
			if (!seats.get(i).isEmpty()) {
				seated.add(pupils.get(i));
			}
		}
		Map<ParticipantId, String> names = this.participants.names(seated, MatchingAccess.actor(viewer),
				AccessPurpose.CASE_WORK);
		List<List<String>> namesPerSlot = new ArrayList<>();
		slots.forEach(slot -> namesPerSlot.add(new ArrayList<>()));
		List<TasterDayView.PupilRow> byPupil = new ArrayList<>();
		for (int i = 0; i < pupils.size(); i++) {
			if (seats.get(i).isEmpty()) {
				continue;
			}
			String name = names.getOrDefault(pupils.get(i), "");
			List<TasterDayView.SlotRow> rows = new ArrayList<>();
			for (int s : seats.get(i)) {
				namesPerSlot.get(s).add(name);
				rows.add(row(slots.get(s), List.of()));
			}
			rows.sort(Comparator.comparing(TasterDayView.SlotRow::day));
			byPupil.add(new TasterDayView.PupilRow(name, rows));
		}
		byPupil.sort(Comparator.comparing(TasterDayView.PupilRow::name));
		List<TasterDayView.SlotRow> byBusiness = new ArrayList<>();
		for (int s = 0; s < slots.size(); s++) {
			byBusiness.add(row(slots.get(s), namesPerSlot.get(s).stream().sorted().toList()));
		}
		byBusiness
			.sort(Comparator.comparing(TasterDayView.SlotRow::day).thenComparing(TasterDayView.SlotRow::employerName));
		return Optional.of(view(found.get(), byPupil, byBusiness));
	}

	private static TasterDayView view(TasterDayStore.Header header, List<TasterDayView.PupilRow> byPupil,
			List<TasterDayView.SlotRow> byBusiness) {
		return new TasterDayView(header.id(), header.status(), header.startedBy(), header.startedAt(),
				header.finishedAt(), header.pupils(), header.slots(),
				(header.interest() != null) ? header.interest() : 0, (header.bound() != null) ? header.bound() : 0,
				Boolean.TRUE.equals(header.optimal()), (header.gapPermille() != null) ? header.gapPermille() : 0,
				header.failure(), byPupil, byBusiness);
	}

	private static TasterDayView.SlotRow row(TasterInputs.Slot slot, List<String> pupils) {
		return new TasterDayView.SlotRow(slot.employerName(), slot.trade(), slot.day(), slot.seats(), pupils);
	}

	private static String key(StaffMember viewer) {
		return "taster:" + viewer.unitId();
	}

}
