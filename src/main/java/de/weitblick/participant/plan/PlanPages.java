package de.weitblick.participant.plan;

import java.time.Clock;
import java.time.LocalDate;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the printed support plan for one viewer: the case file (one audited read, with
 * the access decided once) and the plan it shows.
 */
@Service
public class PlanPages {

	private final CaseFileReading caseFiles;

	private final SupportPlans plans;

	private final Clock clock;

	PlanPages(CaseFileReading caseFiles, SupportPlans plans, Clock clock) {
		this.caseFiles = caseFiles;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * @param id the case file, must not be null
	 * @param viewer must not be null
	 * @return the plan to print, never null
	 * @throws NotFound when there is no such case file, the viewer may not see it or its
	 * view leaves out the plan
	 */
	@Transactional
	public PlanPage of(ParticipantId id, StaffMember viewer) {
		CaseFile caseFile = this.caseFiles.caseFile(id, viewer, AccessPurpose.CASE_WORK)
			.orElseThrow(() -> new NotFound("participant.not-found"));
		return new PlanPage(caseFile.participant(), this.plans.shownWith(caseFile), viewer.displayName(),
				LocalDate.now(this.clock));
	}

}
