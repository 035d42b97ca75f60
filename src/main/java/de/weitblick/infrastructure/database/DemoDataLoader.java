package de.weitblick.infrastructure.database;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.participant.SyntheticParticipants;
import de.weitblick.participant.SyntheticParticipants.Caseload;
import de.weitblick.participant.SyntheticPortalAccounts;
import de.weitblick.placement.SyntheticPlacements;
import de.weitblick.project.SyntheticEnrolments;
import de.weitblick.recognition.SyntheticRecognitions;
import de.weitblick.workshop.SyntheticAssignments;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Adds the synthetic people of the reference case once the schema and the demo accounts
 * exist.
 */
@Component
class DemoDataLoader {

	/** A caseload of a few hundred people, as a KAF team has. */
	static final int DEMO_PARTICIPANTS = 300;

	/**
	 * The caseload of the second team's counsellor, so that the boundary between teams
	 * can be seen.
	 */
	static final int SECOND_TEAM_PARTICIPANTS = 60;

	private static final long SEED = 20220729L;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final SyntheticParticipants participants;

	private final SyntheticEnrolments enrolments;

	private final SyntheticAssignments assignments;

	private final SyntheticPlacements placements;

	private final SyntheticRecognitions recognitions;

	private final SyntheticPortalAccounts portalAccounts;

	private final Environment environment;

	DemoDataLoader(SyntheticParticipants participants, SyntheticEnrolments enrolments, SyntheticAssignments assignments,
			SyntheticPlacements placements, SyntheticRecognitions recognitions, SyntheticPortalAccounts portalAccounts,
			Environment environment) {
		this.recognitions = recognitions;
		this.portalAccounts = portalAccounts;
		this.participants = participants;
		this.enrolments = enrolments;
		this.assignments = assignments;
		this.placements = placements;
		this.environment = environment;
	}

	@EventListener
	void on(ApplicationStartedEvent event) {
		if (DemoData.isEnabled(this.environment)) {
			int created = this.participants.createIfNone(SEED, List.of(new Caseload("fachkraft", DEMO_PARTICIPANTS),
					new Caseload("fachkraft2", SECOND_TEAM_PARTICIPANTS)));
			if (created > 0) {
				log.info("Created {} synthetic demo participants", created);
			}
			int referred = this.enrolments.createIfNone("fachkraft", "projektleitung");
			if (referred > 0) {
				log.info("Referred {} synthetic demo participants to the demo projects", referred);
			}
			int assigned = this.assignments.createIfNone("fachkraft");
			if (assigned > 0) {
				log.info("Assigned {} synthetic demo participants to the workshops", assigned);
			}
			int placed = this.placements.createIfNone("fachkraft2", "arbeitgeberservice");
			if (placed > 0) {
				log.info("Placed {} synthetic demo participants with the demo employers", placed);
			}
			if (this.portalAccounts.bindIfNone("teilnehmende", "fachkraft")) {
				log.info("Bound the demo participant account to a synthetic case file");
			}
			int recognising = this.recognitions.createIfNone("fachkraft", "arbeitgeberservice");
			if (recognising > 0) {
				log.info("Opened {} synthetic demo recognition cases", recognising);
			}
		}
	}

}
