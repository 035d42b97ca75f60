package de.weitblick.project;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Referrals and enrolments of the synthetic demo participants, made through the same
 * rules as a counsellor's and a project lead's: the demo counsellor refers people of the
 * caseload to InMigra and to the carriage workshop, the project lead starts some of them,
 * and the carriage workshop fills up so that its waiting list shows.
 */
@Service
public class SyntheticEnrolments {

	static final ProjectId IN_MIGRA = new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005002"));

	static final ProjectId CARRIAGE_WORKSHOP = new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005005"));

	private final Enrolments enrolments;

	private final ParticipantManagement participants;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	SyntheticEnrolments(Enrolments enrolments, ParticipantManagement participants, OrganisationManagement organisation,
			JdbcClient jdbc) {
		this.enrolments = enrolments;
		this.participants = participants;
		this.organisation = organisation;
		this.jdbc = jdbc;
	}

	/**
	 * Refers and enrols demo participants, unless any enrolment exists.
	 * @param counsellorUsername the counsellor whose caseload is referred
	 * @param leadUsername the lead of the demo projects
	 * @return how many referrals were made
	 */
	public int createIfNone(String counsellorUsername, String leadUsername) {
		if (this.jdbc.sql("SELECT count(*) FROM enrolment").query(Integer.class).single() > 0) {
			return 0;
		}
		StaffMember counsellor = this.organisation.staffMember(counsellorUsername).orElse(null);
		StaffMember lead = this.organisation.staffMember(leadUsername).orElse(null);
		if (counsellor == null || lead == null) {
			return 0;
		}
		List<UUID> caseload = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			List<ParticipantListItem> items = this.participants
				.search(new ParticipantSearch(null, null, null, counsellor.id(), ParticipantStatus.ACTIVE, null,
						ParticipantSearch.SortOrder.NAME, false, page, ParticipantSearch.MAXIMUM_SIZE), counsellor,
						AccessPurpose.CASELOAD)
				.items();
			items.forEach(item -> caseload.add(item.id().id()));
		}
		int referred = refer(IN_MIGRA, caseload, 24, 14, counsellor, lead);
		referred += refer(CARRIAGE_WORKSHOP, caseload, 16, 8, counsellor, lead);
		return referred;
	}

	private int refer(ProjectId project, List<UUID> caseload, int wanted, int toStart, StaffMember counsellor,
			StaffMember lead) {
		int referred = 0;
		int started = 0;
		for (UUID person : caseload) {
			if (referred == wanted) {
				break;
			}
			try {
				EnrolmentId id = this.enrolments.refer(new ReferralRequest(project, null,
						new de.weitblick.participant.ParticipantId(person), null, null), counsellor);
				referred++;
				EnrolmentView view = this.enrolments.enrolment(id, lead).orElseThrow();
				if (started < toStart && view.enrolment().status() == EnrolmentStatus.OFFERED) {
					this.enrolments.enrol(id, view.enrolment().version(), view.enrolment().offeredOn(), lead);
					started++;
				}
			}
			catch (RuleViolation notEligible) {
				// The demo shows eligible people only; the others stay in the caseload.
			}
		}
		return referred;
	}

}
