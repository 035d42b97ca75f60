package de.weitblick.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read about the people they work with: profiles and names. Every read
 * is written to the audit trail.
 */
@Service
@Transactional
public class ParticipantDirectory {

	private static final String GERMAN = "de";

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final FocusGroupManagement focusGroups;

	private final AuditTrail audit;

	private final CaseAccessPolicy policy;

	private final Clock clock;

	ParticipantDirectory(ParticipantRepository participants, JdbcClient jdbc, FocusGroupManagement focusGroups,
			AuditTrail audit, CaseAccessPolicy policy, Clock clock) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.focusGroups = focusGroups;
		this.audit = audit;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * What another module needs to decide about an offer for a person the viewer works
	 * with; the read is written to the audit trail.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @param purpose must not be null
	 * @return the profile with the focus groups today, or empty when there is no such
	 * case or the viewer may not see it
	 */
	public Optional<ParticipantProfile> profile(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		return this.participants.findById(id.id())
			// Referring is the responsible team's work:
			// a grant of another module does not open the profile.
			.filter(participant -> this.policy.mayChange(viewer, participant))
			.map(participant -> {
				this.audit.recordAction(actor(viewer), AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, id.id(),
						purpose, AuditDetail.of("participant.audit.profile-read"));
				return profileOf(participant, this.focusGroups.classifier());
			});
	}

	/**
	 * The profile of a person a partner organisation names by the identifier the office
	 * gave it and the person's date of birth, which must match: a mistyped identifier
	 * never reaches another person. The read is written to the audit trail.
	 * @param id must not be null
	 * @param birthDate must not be null
	 * @param partner the partner's account, must not be null
	 * @return the profile, or empty when no person has this identifier and date of birth
	 */
	public Optional<ParticipantProfile> profileForPartner(ParticipantId id, LocalDate birthDate, Actor partner) {
		return this.participants.findById(id.id())
			.filter(participant -> participant.details().birthDate().equals(birthDate))
			.map(participant -> {
				this.audit.recordAction(partner, AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, id.id(),
						AccessPurpose.PARTNER_INTERFACE, AuditDetail.of("participant.audit.referral-check"));
				return profileOf(participant, this.focusGroups.classifier());
			});
	}

	/**
	 * Profiles of several people at once, for a module that decided by its own rule that
	 * the actor may see them (a project lead the people enrolled in the own project, for
	 * example). Every person returned is written to the audit trail in one statement.
	 * @param ids must not be null
	 * @param actor must not be null
	 * @param purpose must not be null
	 * @return the profiles found, by identifier; never null
	 */
	public Map<ParticipantId, ParticipantProfile> profiles(Collection<ParticipantId> ids, Actor actor,
			AccessPurpose purpose) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		FocusGroupClassifier classifier = this.focusGroups.classifier();
		Map<ParticipantId, ParticipantProfile> profiles = new LinkedHashMap<>();
		for (Participant participant : this.participants.findAllById(ids.stream().map(ParticipantId::id).toList())) {
			profiles.put(participant.id(), profileOf(participant, classifier));
		}
		this.audit.recordList(actor, ParticipantManagement.SUBJECT_TYPE,
				profiles.keySet().stream().map(ParticipantId::id).toList(), purpose,
				AuditDetail.of("participant.audit.listed", profiles.size()));
		return profiles;
	}

	/**
	 * What the case files of several people say about the places that fit them, for a
	 * module that decided by its own rule that the actor may see them. Every person
	 * returned is written to the audit trail in one statement.
	 * @param ids must not be null
	 * @param actor must not be null
	 * @param purpose must not be null
	 * @return the facts found, by identifier; never null
	 */
	public Map<ParticipantId, PlacementFacts> placementFacts(Collection<ParticipantId> ids, Actor actor,
			AccessPurpose purpose) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<ParticipantId, PlacementFacts> facts = new LinkedHashMap<>();
		for (Participant participant : this.participants.findAllById(ids.stream().map(ParticipantId::id).toList())) {
			WorkConstraints constraints = participant.constraints();
			facts.put(participant.id(),
					new PlacementFacts(participant.id(), participant.details().districtCode(),
							participant.occupationInterests()
								.stream()
								.map(OccupationInterest::kldbCode)
								.collect(java.util.stream.Collectors.toSet()),
							constraints.availabilityInOrder(), constraints.maximumCommuteMinutes()));
		}
		this.audit.recordList(actor, ParticipantManagement.SUBJECT_TYPE,
				facts.keySet().stream().map(ParticipantId::id).toList(), purpose,
				AuditDetail.of("participant.audit.listed", facts.size()));
		return facts;
	}

	/**
	 * The names of several people at once, as "family name, given names", for a list of
	 * another module that decided by its own rule that the actor may see them. One query,
	 * and every person returned is written to the audit trail in one statement.
	 * @param ids must not be null
	 * @param actor must not be null
	 * @param purpose must not be null
	 * @return the names found, by identifier; never null
	 */
	public Map<ParticipantId, String> names(Collection<ParticipantId> ids, Actor actor, AccessPurpose purpose) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<ParticipantId, String> names = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, family_name, given_names FROM participant WHERE id = ANY(CAST(:ids AS uuid[]))
				""").param("ids", ids.stream().map(ParticipantId::id).toArray(UUID[]::new)).query((rs, n) -> {
			names.put(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("family_name") + ", " + rs.getString("given_names"));
			return null;
		}).list();
		this.audit.recordList(actor, ParticipantManagement.SUBJECT_TYPE,
				names.keySet().stream().map(ParticipantId::id).toList(), purpose,
				AuditDetail.of("participant.audit.listed", names.size()));
		return names;
	}

	private ParticipantProfile profileOf(Participant participant, FocusGroupClassifier classifier) {
		PersonalDetails details = participant.details();
		LanguageLevel german = participant.languages()
			.stream()
			.filter(skill -> GERMAN.equals(skill.languageCode()))
			.map(LanguageSkill::level)
			.findFirst()
			.orElse(null);
		return new ParticipantProfile(participant.id(), details.familyName(), details.givenNames(), details.birthDate(),
				details.benefitBasis(), details.districtCode() != null, german,
				classifier.classify(participant.facts(), today()), participant.counsellorId(),
				participant.responsibleUnitId(), participant.status());
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
