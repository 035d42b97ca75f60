package de.weitblick.project;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a counsellor merges two records of one person, the enrolments follow the record
 * that remains, in the same transaction: nothing names a record that no longer exists, a
 * person is never twice in one project, and a place held twice goes to the next person
 * waiting.
 */
@WeitblickIntegrationTest
class EnrolmentsOnMergeTests {

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	CaseFileMerge merge;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Notifications notifications;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@Test
	void theEnrolmentsOfTheMergedRecordMoveToTheRecordThatRemains() {
		ProjectId first = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		ProjectId second = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		String name = "Doppelt" + UUID.randomUUID();
		ParticipantId survivor = this.fixtures.person(name);
		ParticipantId merged = this.fixtures.person(name);
		EnrolmentId survivors = this.referrals.refer(this.fixtures.referral(first, survivor), this.fixtures.counsellor);
		EnrolmentId moving = start(second, merged);

		mergeInto(survivor, merged);

		assertThat(participantOf(moving)).isEqualTo(survivor.id());
		assertThat(participantOf(survivors)).isEqualTo(survivor.id());
		assertThat(enrolmentsOf(merged)).isZero();
		EnrolmentView moved = this.enrolments.enrolment(moving, this.fixtures.lead).orElseThrow();
		assertThat(moved.enrolment().status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(moved.personName()).startsWith(name);
		assertThat(this.audit.search("fachkraft", survivor.id(), 50)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.CASE_WORK);
			assertThat(entry.structured()).isEqualTo(de.weitblick.privacy.AuditDetail
				.of("project.audit.enrolment-moved", moving.id(), second.id(), merged.id()));
		});
	}

	@Test
	void whenBothRecordsTookPartInOneProjectTheSurvivorsGoesOnTheOtherIsClosedAndItsPlaceOffered() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 2);
		String name = "Zweimal" + UUID.randomUUID();
		ParticipantId survivor = this.fixtures.person(name);
		ParticipantId merged = this.fixtures.person(name);
		ParticipantId next = this.fixtures.person("Naechste" + UUID.randomUUID());
		EnrolmentId goesOn = start(project, survivor);
		EnrolmentId duplicate = start(project, merged);
		EnrolmentId waiting = this.referrals.refer(this.fixtures.referral(project, next), this.fixtures.counsellor);
		int leadsInbox = this.notifications.unreadCount(this.fixtures.lead.id());

		mergeInto(survivor, merged);

		assertThat(statusOf(goesOn)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(statusOf(duplicate)).isEqualTo(EnrolmentStatus.MERGED);
		assertThat(participantOf(duplicate)).isEqualTo(survivor.id());
		assertThat(this.jdbc.sql("SELECT merged_into_enrolment_id FROM enrolment WHERE id = :id")
			.param("id", duplicate.id())
			.query(UUID.class)
			.single()).isEqualTo(goesOn.id());
		assertThat(statusOf(waiting)).as("the freed place goes to the next person").isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(this.fixtures.period(project).occupied()).isEqualTo(2);
		assertThat(this.notifications.inbox(this.fixtures.lead.id())).anySatisfy(notification -> {
			assertThat(notification.messageKey()).isEqualTo("enrolment.notification.merged");
			assertThat(notification.link()).isEqualTo("/projects/" + project.id());
		});
		assertThat(this.notifications.unreadCount(this.fixtures.lead.id())).isGreaterThan(leadsInbox);
	}

	@Test
	void theEnrolmentFurtherAlongGoesOnEvenWhenItWasTheMergedRecords() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		String name = "Weiter" + UUID.randomUUID();
		ParticipantId survivor = this.fixtures.person(name);
		ParticipantId merged = this.fixtures.person(name);
		EnrolmentId takingPart = start(project, merged);
		EnrolmentId waiting = this.referrals.refer(this.fixtures.referral(project, survivor), this.fixtures.counsellor);
		assertThat(statusOf(waiting)).isEqualTo(EnrolmentStatus.WAITING);

		mergeInto(survivor, merged);

		assertThat(statusOf(takingPart)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(participantOf(takingPart)).isEqualTo(survivor.id());
		assertThat(statusOf(waiting)).isEqualTo(EnrolmentStatus.MERGED);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM enrolment WHERE participant_id = :person AND project_id = :project
				  AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
				""").param("person", survivor.id()).param("project", project.id()).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.fixtures.period(project).occupied()).isEqualTo(1);
	}

	@Test
	void theMergedRecordsEnrolmentsAppearOnTheCaseFileThatRemains() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		String name = "Verlauf" + UUID.randomUUID();
		ParticipantId survivor = this.fixtures.person(name);
		ParticipantId merged = this.fixtures.person(name);
		start(project, merged);

		mergeInto(survivor, merged);

		assertThat(this.caseFiles.participations(survivor, this.fixtures.counsellor)).singleElement()
			.satisfies(participation -> {
				assertThat(participation.status()).isEqualTo("ENROLLED");
				assertThat(participation.link()).isEqualTo("/projects/" + project.id());
			});
	}

	private void mergeInto(ParticipantId survivor, ParticipantId merged) {
		this.merge.merge(survivor, version(survivor), merged, version(merged), Map.of(), this.fixtures.counsellor);
	}

	private int version(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.fixtures.counsellor, AccessPurpose.CASE_WORK)
			.orElseThrow()
			.participant()
			.version();
	}

	private EnrolmentId start(ProjectId project, ParticipantId person) {
		EnrolmentId id = this.referrals.refer(this.fixtures.referral(project, person), this.fixtures.counsellor);
		Enrolment offered = this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.enrol(id, offered.version(), LocalDate.now(this.clock), this.fixtures.lead);
		return id;
	}

	private EnrolmentStatus statusOf(EnrolmentId id) {
		return EnrolmentStatus.valueOf(this.jdbc.sql("SELECT status FROM enrolment WHERE id = :id")
			.param("id", id.id())
			.query(String.class)
			.single());
	}

	private UUID participantOf(EnrolmentId id) {
		return this.jdbc.sql("SELECT participant_id FROM enrolment WHERE id = :id")
			.param("id", id.id())
			.query(UUID.class)
			.single();
	}

	private int enrolmentsOf(ParticipantId id) {
		return this.jdbc.sql("SELECT count(*) FROM enrolment WHERE participant_id = :id")
			.param("id", id.id())
			.query(Integer.class)
			.single();
	}

}
