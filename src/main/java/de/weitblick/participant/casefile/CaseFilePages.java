package de.weitblick.participant.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.CityDistrict;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.plan.own.OwnPlanChanges;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case file's page for one viewer: the case file (one audited read, with the
 * access decided once) and the parts its view shows, read with that decision rather than
 * each asking again.
 */
@Service
public class CaseFilePages {

	private final CaseFileReading caseFiles;

	private final ParticipantManagement participants;

	private final Catalogues catalogues;

	private final OrganisationManagement organisation;

	private final SupportPlans plans;

	private final OwnPlanChanges ownPlanChanges;

	private final CaseJournal journal;

	private final Appointments appointments;

	private final CaseDocuments documents;

	private final HealthData health;

	private final Clock clock;

	CaseFilePages(CaseFileReading caseFiles, ParticipantManagement participants, Catalogues catalogues,
			OrganisationManagement organisation, SupportPlans plans, OwnPlanChanges ownPlanChanges, CaseJournal journal,
			Appointments appointments, CaseDocuments documents, HealthData health, Clock clock) {
		this.caseFiles = caseFiles;
		this.participants = participants;
		this.catalogues = catalogues;
		this.organisation = organisation;
		this.plans = plans;
		this.ownPlanChanges = ownPlanChanges;
		this.journal = journal;
		this.appointments = appointments;
		this.documents = documents;
		this.health = health;
		this.clock = clock;
	}

	/**
	 * @param id the case file, must not be null
	 * @param viewer must not be null
	 * @return the page, or the record a merged case file lives on in; never null
	 * @throws NotFound when there is no such case file or the viewer may not see it
	 */
	@Transactional
	public CaseFileLookup of(ParticipantId id, StaffMember viewer) {
		var found = this.caseFiles.caseFile(id, viewer, AccessPurpose.CASE_WORK);
		if (found.isEmpty()) {
			return this.caseFiles.mergedInto(id, viewer)
				.map(CaseFileMoved::new)
				.orElseThrow(() -> new NotFound("participant.not-found"));
		}
		CaseFile caseFile = found.get();
		CaseView view = caseFile.view();
		Participant participant = caseFile.participant();
		boolean healthPermitted = view.shows(CaseSection.HEALTH) && this.health.mayAccess(viewer);
		SupportPlan plan = view.shows(CaseSection.PLAN) ? this.plans.shownWith(caseFile) : null;
		return new CaseFilePage(caseFile,
				view.shows(CaseSection.BENEFITS)
						? this.organisation.staffMember(participant.counsellorId()).orElse(null) : null,
				districtName(participant.details().districtCode()), plan, this.ownPlanChanges.shownWith(caseFile, plan),
				this.journal.notesShownWith(caseFile, viewer), this.documents.shownWith(caseFile),
				this.appointments.shownWith(caseFile),
				view.shows(CaseSection.OCCUPATION_INTERESTS)
						? this.catalogues.occupations(participant.occupationCodes()) : List.of(),
				healthPermitted, healthPermitted ? this.health.shownWith(caseFile, viewer).orElse(null) : null,
				caseFile.mayChange() ? this.participants.possibleDuplicates(participant.details(), id, viewer)
					.stream()
					.filter(PossibleDuplicate::isVisible)
					.toList() : List.of(),
				view.shows(CaseSection.SUBJECT_ACCESS) ? this.caseFiles.merges(id) : List.of(),
				view.shows(CaseSection.PARTICIPATIONS) ? this.caseFiles.allParticipations(id) : List.of(),
				LocalDate.now(this.clock), viewer.username());
	}

	private String districtName(String code) {
		return this.catalogues.districts()
			.stream()
			.filter(district -> district.code().equals(code))
			.map(CityDistrict::name)
			.findFirst()
			.orElse(null);
	}

}
