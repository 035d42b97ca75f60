package de.weitblick.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.employer.OfferId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places synthetic people of the reference case with the demo employers, through the same
 * steps as the employer service: a few hires in care and home economics that began in
 * earlier years and were followed up, jobs begun this year, proposals for internship
 * modules and taster slots. Only when no placement exists.
 */
@Component
public class SyntheticPlacements {

	private static final UUID CARE_JOB = UUID.fromString("019a0000-0000-7000-8000-000000009107");

	private static final UUID HOME_CARE_JOB = UUID.fromString("019a0000-0000-7000-8000-000000009112");

	private static final UUID HOME_ECONOMICS_JOB = UUID.fromString("019a0000-0000-7000-8000-000000009114");

	private static final UUID BUS_DRIVER = UUID.fromString("019a0000-0000-7000-8000-000000009116");

	private static final UUID CARE_MODULE = UUID.fromString("019a0000-0000-7000-8000-000000009109");

	private static final UUID JOINERY_SLOT = UUID.fromString("019a0000-0000-7000-8000-000000009101");

	private final PlacementManagement placements;

	private final FollowUps followUps;

	private final ParticipantFinder participants;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	SyntheticPlacements(PlacementManagement placements, ParticipantFinder participants,
			OrganisationManagement organisation, JdbcClient jdbc, Clock clock, FollowUps followUps) {
		this.followUps = followUps;
		this.placements = placements;
		this.participants = participants;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param counsellorUsername the counsellor whose caseload is placed
	 * @param serviceUsername the employer service's account that places them
	 * @return how many placements were made
	 */
	@Transactional
	public int createIfNone(String counsellorUsername, String serviceUsername) {
		if (this.jdbc.sql("SELECT count(*) FROM placement").query(Integer.class).single() > 0
				|| this.jdbc.sql("SELECT count(*) FROM offer WHERE id = :id")
					.param("id", CARE_JOB)
					.query(Integer.class)
					.single() == 0) {
			return 0;
		}
		StaffMember counsellor = this.organisation.staffMember(counsellorUsername).orElse(null);
		StaffMember service = this.organisation.staffMember(serviceUsername).orElse(null);
		if (counsellor == null || service == null) {
			return 0;
		}
		List<ParticipantId> people = new ArrayList<>();
		this.participants
			.search(new ParticipantSearch(null, null, null, counsellor.id(), ParticipantStatus.ACTIVE, null,
					ParticipantSearch.SortOrder.NAME, false, 0, 20), counsellor, AccessPurpose.CASELOAD)
			.items()
			.forEach(item -> people.add(item.id()));
		if (people.size() < 12) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		// Hires that began in earlier years and lasted: the engagement over time.
		made += started(people.get(0), CARE_JOB, today.minusYears(3).withDayOfYear(60), service, true);
		made += started(people.get(1), CARE_JOB, today.minusYears(2).withDayOfYear(120), service, true);
		made += started(people.get(2), HOME_ECONOMICS_JOB, today.minusYears(2).withDayOfYear(200), service, false);
		made += started(people.get(3), HOME_CARE_JOB, today.minusYears(1).withDayOfYear(90), service, true);
		made += started(people.get(4), BUS_DRIVER, today.minusYears(1).withDayOfYear(150), service, null);
		// Begun this month.
		made += started(people.get(5), CARE_JOB, today.minusDays(7), service, null);
		made += started(people.get(6), HOME_ECONOMICS_JOB, today.minusDays(3), service, null);
		// Agreed and proposed.
		PlacementId module = this.placements.propose(people.get(7), new OfferId(CARE_MODULE), service);
		this.placements.agree(module, 0, today, service);
		this.placements.propose(people.get(8), new OfferId(JOINERY_SLOT), service);
		this.placements.propose(people.get(9), new OfferId(BUS_DRIVER), service);
		return made + 3;
	}

	private int started(ParticipantId person, UUID offer, LocalDate startedOn, StaffMember service,
			Boolean stillEmployed) {
		PlacementId id = this.placements.propose(person, new OfferId(offer), service);
		this.placements.agree(id, 0, startedOn.minusDays(14), service);
		this.placements.start(id, 1, startedOn, service);
		// The demo history: dated as the employer service would have recorded it then.
		this.jdbc.sql("""
				UPDATE placement SET proposed_on = :proposed, period_starts_on = LEAST(period_starts_on, :started)
				WHERE id = :id
				""")
			.param("proposed", startedOn.minusDays(21))
			.param("started", startedOn)
			.param("id", id.id())
			.update();
		if (stillEmployed != null) {
			this.followUps.recordFollowUp(id, 2, stillEmployed, service);
			if (!stillEmployed) {
				this.placements.end(id, 3, startedOn.plusMonths(4), EndReason.ENDED_BY_PARTICIPANT, service);
			}
		}
		return 1;
	}

}
