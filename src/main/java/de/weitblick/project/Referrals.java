package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CustomerReferral;
import de.weitblick.participant.CustomerReferrals;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.enrolment.EligibilityPolicy;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.project.Enrolments.SUBJECT_TYPE;
import static de.weitblick.project.Enrolments.actor;

/**
 * Referrals to a project: by a counsellor, by a partner organisation, or by a Jobcenter
 * naming the person by its customer number. An eligible person gets a place offered when
 * one is free and goes onto the waiting list otherwise; the period's row is locked first,
 * so the occupancy counter is always right. Every referral is written to the audit trail.
 */
@Service
@Transactional
public class Referrals {

	private final ProjectRepository projects;

	private final EnrolmentRepository enrolments;

	private final Places places;

	private final ParticipantDirectory participants;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final CustomerReferrals customerReferrals;

	private final Clock clock;

	Referrals(ProjectRepository projects, EnrolmentRepository enrolments, Places places,
			ParticipantDirectory participants, OrganisationManagement organisation, Notifications notifications,
			AuditTrail audit, JdbcClient jdbc, CustomerReferrals customerReferrals, Clock clock) {
		this.projects = projects;
		this.enrolments = enrolments;
		this.places = places;
		this.participants = participants;
		this.organisation = organisation;
		this.notifications = notifications;
		this.audit = audit;
		this.jdbc = jdbc;
		this.customerReferrals = customerReferrals;
		this.clock = clock;
	}

	/**
	 * Refers a person to a project. An eligible person gets a place offered when one is
	 * free in the period, and goes onto its waiting list otherwise.
	 * @param request must not be null
	 * @param viewer a counsellor for a person of the own team, or a partner
	 * organisation's account for a person named with the date of birth; must not be null
	 * @return the new enrolment's identifier
	 * @throws NotFound when there is no such project or the counsellor may not see the
	 * person
	 * @throws RuleViolation when the person is not eligible (with every reason), is
	 * already in the project, the project has ended, or the period is over
	 */
	public EnrolmentId refer(ReferralRequest request, StaffMember viewer) {
		if (!ProjectAccessPolicy.mayRefer(viewer)) {
			throw new RuleViolation(null, "enrolment.rule.may-not-refer");
		}
		Project project = this.projects.findById(request.projectId().id())
			.orElseThrow(() -> new NotFound("project.not-found"));
		if (!project.takesReferrals()) {
			throw new RuleViolation("projectId", "enrolment.rule.project-ended");
		}
		UUID partnerId = null;
		ParticipantProfile person;
		AccessPurpose purpose;
		if (viewer.role() == Role.PARTNER) {
			partnerId = this.organisation.partnerOf(viewer.id())
				.map(PartnerOrganisationId::id)
				.orElseThrow(() -> new RuleViolation(null, "enrolment.rule.may-not-refer"));
			UUID partner = partnerId;
			if (project.partnerships().stream().noneMatch(p -> p.partnerOrganisationId().equals(partner))) {
				throw new RuleViolation("projectId", "enrolment.rule.partner-not-in-project");
			}
			if (request.birthDate() == null) {
				throw new RuleViolation("birthDate", "enrolment.rule.partner-needs-birth-date");
			}
			person = this.participants.profileForPartner(request.participantId(), request.birthDate(), actor(viewer))
				.orElseThrow(() -> new RuleViolation("participantId", "enrolment.rule.partner-unknown-person"));
			purpose = AccessPurpose.PARTNER_INTERFACE;
		}
		else {
			person = this.participants.profile(request.participantId(), viewer, AccessPurpose.CASE_WORK)
				.orElseThrow(() -> new NotFound("participant.not-found"));
			purpose = AccessPurpose.CASE_WORK;
		}
		LocalDate today = today();
		EligibilityPolicy.check(project.eligibility(), person, today);
		UUID periodId = (request.placePeriodId() != null) ? request.placePeriodId()
				: this.places.forReferralOn(project.id(), today)
					.map(PlacePeriod::id)
					.orElseThrow(() -> new RuleViolation("placePeriodId", "enrolment.rule.no-period"));
		PlacePeriod period = this.places.lock(periodId)
			.filter(p -> p.projectId().equals(project.id().id()))
			.orElseThrow(() -> new RuleViolation("placePeriodId", "enrolment.rule.no-period"));
		if (period.endsOn().isBefore(today)) {
			throw new RuleViolation("placePeriodId", "enrolment.rule.period-over", period.label());
		}
		if (isActiveIn(project.id(), person.id())) {
			throw new RuleViolation("participantId", "enrolment.rule.already-active");
		}
		boolean placeTaken = this.places.take(period.id());
		Referral referral = new Referral(project.id().id(), period.id(), person.id().id(), viewer.username(),
				viewer.role().name(), partnerId, person.responsibleUnitId(), person.counsellorId(),
				person.focusGroups(), request.note());
		Enrolment enrolment = Enrolment.refer(TimeOrderedIds.next(), referral, placeTaken, today, this.clock.instant());
		try {
			this.enrolments.save(enrolment);
		}
		catch (DuplicateKeyException | DbActionExecutionException failure) {
			// The unique index on active enrolments caught a second referral of the same
			// person, committed in between to another period of the project.
			if (failure instanceof DuplicateKeyException || failure.getCause() instanceof DuplicateKeyException) {
				throw new RuleViolation("participantId", "enrolment.rule.already-active");
			}
			throw failure;
		}
		this.audit.recordAction(actor(viewer), AuditAction.CREATE, SUBJECT_TYPE, person.id().id(), purpose, AuditDetail
			.of("project.audit.referred", project.id().id(), AuditDetail.term(enrolment.status().messageKey())));
		if (project.leadId() != null && !project.leadId().equals(viewer.id())) {
			this.notifications.notify(project.leadId(), "enrolment.notification.referred." + enrolment.status(),
					List.of(project.displayName(), period.label()), "/projects/" + project.id().id());
		}
		if (placeTaken && person.counsellorId() != null && !person.counsellorId().equals(viewer.id())) {
			this.notifications.notify(person.counsellorId(), "enrolment.notification.offered",
					List.of(project.displayName(), period.label()), "/projects/" + project.id().id());
		}
		return enrolment.id();
	}

	/**
	 * Refers a person a Jobcenter names by its customer number: a number on record names
	 * the person it was recorded for, a new one registers the person first (in the team
	 * that takes partners' referrals). Registration and referral happen together or not
	 * at all: a person who is not eligible is not registered either.
	 * @param projectId must not be null
	 * @param placePeriodId the period, or null for the one running today or else the next
	 * @param person must not be null
	 * @param confirmedNotRegistered whether the partner confirmed that a person on record
	 * with the same birth date and a similar name is somebody else
	 * @param note why the person is referred, may be null
	 * @param viewer a Jobcenter's partner account, must not be null
	 * @return the referral and whether the person was registered by it; never null
	 * @throws RuleViolation as {@link #refer}, and when the Jobcenter is not a partner of
	 * the project or the person cannot be registered
	 * @throws de.weitblick.participant.CustomerReferralRefused when a new person's data
	 * break the rules of the referral list
	 * @throws de.weitblick.participant.LikelyRegistered when a new person seems to be on
	 * record already
	 */
	public CustomerReferralResult referByCustomerNumber(ProjectId projectId, UUID placePeriodId,
			CustomerReferral person, boolean confirmedNotRegistered, String note, StaffMember viewer) {
		if (viewer.role() != Role.PARTNER) {
			throw new RuleViolation(null, "enrolment.rule.may-not-refer");
		}
		// The project is checked before anybody is registered for it.
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		UUID partner = this.organisation.partnerOf(viewer.id())
			.map(PartnerOrganisationId::id)
			.orElseThrow(() -> new RuleViolation(null, "enrolment.rule.may-not-refer"));
		if (project.partnerships().stream().noneMatch(p -> p.partnerOrganisationId().equals(partner))) {
			throw new RuleViolation("projectId", "enrolment.rule.partner-not-in-project");
		}
		CustomerReferrals.ReferredPerson referred = this.customerReferrals.findOrRegister(person,
				confirmedNotRegistered, viewer);
		EnrolmentId id = refer(new ReferralRequest(projectId, placePeriodId, referred.id(), person.birthDate(), note),
				viewer);
		return new CustomerReferralResult(id, referred.registered());
	}

	/**
	 * @param enrolment the referral, never null
	 * @param personRegistered whether the person was registered by the referral
	 */
	public record CustomerReferralResult(EnrolmentId enrolment, boolean personRegistered) {
	}

	private boolean isActiveIn(ProjectId project, ParticipantId participant) {
		return this.jdbc.sql("""
				SELECT count(*) FROM enrolment WHERE project_id = :project AND participant_id = :participant
				  AND status IN ('WAITING', 'OFFERED', 'ENROLLED')
				""")
			.param("project", project.id())
			.param("participant", participant.id())
			.query(Integer.class)
			.single() > 0;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
