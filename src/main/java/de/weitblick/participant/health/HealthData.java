package de.weitblick.participant.health;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health restrictions, a special category of personal data (Art. 9 GDPR). Three gates
 * stand before them: the case access rules, the viewer's own permission
 * ({@link OrganisationManagement#maySeeHealthData}) and the person's consent to the
 * purpose HEALTH_DATA. Without consent nothing is collected; its withdrawal erases what
 * was stored. Every read is audited on its own, apart from the read of the case file.
 */
@Service
@Transactional
public class HealthData {

	public static final String SUBJECT_TYPE = "health-data";

	private static final int MAXIMUM_NOTE_LENGTH = 1000;

	private final CaseFileGuard guard;

	private final OrganisationManagement organisation;

	private final Consents consents;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	HealthData(CaseFileGuard guard, OrganisationManagement organisation, Consents consents, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.guard = guard;
		this.organisation = organisation;
		this.consents = consents;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether the viewer may read and record health restrictions at all
	 */
	@Transactional(readOnly = true)
	public boolean mayAccess(StaffMember viewer) {
		return this.organisation.maySeeHealthData(viewer.id());
	}

	/**
	 * Reads the health restrictions of a case the viewer may see, and audits the read.
	 * @return empty when the viewer lacks the permission: nothing is read then, and the
	 * refused attempt is audited
	 * @throws NotFound when there is no such case, the viewer may not see it or the
	 * viewer's view of the case does not show health data
	 */
	public Optional<HealthRestrictions> read(ParticipantId id, StaffMember viewer) {
		return read(id, viewer, AccessPurpose.CASE_WORK);
	}

	public Optional<HealthRestrictions> read(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		// A read through a project's grant is audited with the grant's purpose.
		AccessPurpose audited = this.guard.readable(id, viewer, CaseSection.HEALTH).access().purpose(purpose);
		if (!mayAccess(viewer)) {
			this.audit.recordRefusal(CaseFileGuard.actor(viewer), SUBJECT_TYPE, id.id(), audited,
					AuditDetail.of("participant.audit.refused.health-data"));
			return Optional.empty();
		}
		HealthRestrictions stored = stored(id);
		this.audit.recordAction(CaseFileGuard.actor(viewer), AuditAction.READ, SUBJECT_TYPE, id.id(), audited,
				AuditDetail
					.of(stored.isRecorded() ? "participant.audit.health-read" : "participant.audit.health-none"));
		return Optional.of(stored);
	}

	/**
	 * The health restrictions shown with a case file the viewer has opened: its read
	 * decided the access; the read of health data is audited on its own.
	 * @return empty when the case file's view leaves them out or the viewer lacks the
	 * permission; nothing is read then
	 */
	public Optional<HealthRestrictions> shownWith(CaseFile caseFile, StaffMember viewer) {
		if (!caseFile.view().shows(CaseSection.HEALTH) || !mayAccess(viewer)) {
			return Optional.empty();
		}
		ParticipantId id = caseFile.participant().id();
		HealthRestrictions stored = stored(id);
		this.audit.recordAction(CaseFileGuard.actor(viewer), AuditAction.READ, SUBJECT_TYPE, id.id(),
				caseFile.purpose(AccessPurpose.CASE_WORK), AuditDetail
					.of(stored.isRecorded() ? "participant.audit.health-read" : "participant.audit.health-none"));
		return Optional.of(stored);
	}

	/**
	 * Records the health restrictions, unless someone else changed them since the viewer
	 * read them.
	 * @param expectedVersion the version read, null when nothing was stored
	 * @throws NotFound when the viewer may not see the case or lacks the permission
	 * @throws RuleViolation without consent, or when the entries are implausible
	 * @throws OptimisticLockingFailureException when they changed in the meantime
	 */
	public void record(ParticipantId id, Integer expectedVersion, Set<HealthRestriction> restrictions,
			Integer maximumHoursPerDay, String note, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		requirePermission(viewer);
		if (!consentGiven(id)) {
			throw new RuleViolation(null, "participant.health.rule.no-consent");
		}
		if (maximumHoursPerDay != null && (maximumHoursPerDay < 1 || maximumHoursPerDay > 12)) {
			throw new RuleViolation("maximumHoursPerDay", "participant.health.rule.hours");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > MAXIMUM_NOTE_LENGTH) {
			throw new RuleViolation("note", "participant.health.rule.note-too-long", MAXIMUM_NOTE_LENGTH);
		}
		write(id, expectedVersion, (restrictions != null) ? restrictions : Set.of(), maximumHoursPerDay, cleanNote,
				viewer.username());
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.health-recorded"));
	}

	/**
	 * Records the person's consent to HEALTH_DATA, or its withdrawal, which erases every
	 * health restriction stored at once.
	 */
	public void setConsent(ParticipantId id, boolean consent, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		requirePermission(viewer);
		if (consent) {
			this.consents.give(id.id(), ConsentPurpose.HEALTH_DATA, CaseFileGuard.actor(viewer));
		}
		else {
			withdraw(id, CaseFileGuard.actor(viewer), AccessPurpose.CASE_WORK);
		}
	}

	/**
	 * The person withdraws the own consent to HEALTH_DATA (in the own area, whose caller
	 * has found the own case file), which erases every health restriction stored at once.
	 * @param id the own case file, must not be null
	 * @param person the person as named in the audit trail, must not be null
	 */
	public void withdrawOwnConsent(ParticipantId id, Actor person) {
		withdraw(id, person, AccessPurpose.SUBJECT_ACCESS);
	}

	private void withdraw(ParticipantId id, Actor actor, AccessPurpose purpose) {
		this.consents.withdraw(id.id(), ConsentPurpose.HEALTH_DATA, actor);
		int erased = this.jdbc.sql("DELETE FROM participant_health WHERE participant_id = :id")
			.param("id", id.id())
			.update();
		if (erased > 0) {
			this.audit.recordAction(actor, AuditAction.ERASE, SUBJECT_TYPE, id.id(), purpose,
					AuditDetail.of("participant.audit.health-erased"));
		}
	}

	/**
	 * What is stored, without any check: for merging and the subject access report, whose
	 * callers check and audit.
	 */
	public HealthRestrictions stored(ParticipantId id) {
		boolean consent = consentGiven(id);
		return this.jdbc.sql("""
				SELECT version, restrictions, maximum_hours_per_day, note, recorded_by, recorded_at
				FROM participant_health WHERE participant_id = :id
				""")
			.param("id", id.id())
			.query((rs, n) -> new HealthRestrictions(consent, restrictions(rs.getArray("restrictions")),
					(Integer) rs.getObject("maximum_hours_per_day"), rs.getString("note"), rs.getInt("version"),
					rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.optional()
			.orElse(new HealthRestrictions(consent, Set.of(), null, null, null, null, null));
	}

	/**
	 * Joins the health restrictions of a record merged into a survivor: nothing either
	 * held is lost, the stricter working-hours limit counts.
	 */
	public void merge(ParticipantId survivor, ParticipantId merged, String actor) {
		HealthRestrictions from = stored(merged);
		if (!from.isRecorded()) {
			return;
		}
		HealthRestrictions to = stored(survivor);
		Set<HealthRestriction> restrictions = EnumSet.noneOf(HealthRestriction.class);
		restrictions.addAll(from.restrictions());
		restrictions.addAll(to.restrictions());
		Integer hours = to.maximumHoursPerDay();
		if (hours == null || (from.maximumHoursPerDay() != null && from.maximumHoursPerDay() < hours)) {
			hours = from.maximumHoursPerDay();
		}
		String note = (to.note() == null) ? from.note()
				: (from.note() == null || from.note().equals(to.note())) ? to.note() : to.note() + "\n" + from.note();
		if (note != null && note.length() > MAXIMUM_NOTE_LENGTH) {
			throw new RuleViolation(null, "participant.merge.rule.health-note-too-long", MAXIMUM_NOTE_LENGTH);
		}
		this.jdbc.sql("DELETE FROM participant_health WHERE participant_id = :id").param("id", merged.id()).update();
		write(survivor, to.version(), restrictions, hours, note, actor);
	}

	private void write(ParticipantId id, Integer expectedVersion, Set<HealthRestriction> restrictions,
			Integer maximumHoursPerDay, String note, String actor) {
		String[] names = restrictions.stream().sorted().map(Enum::name).toArray(String[]::new);
		int written;
		if (expectedVersion == null) {
			written = this.jdbc.sql("""
					INSERT INTO participant_health (participant_id, version, restrictions, maximum_hours_per_day, note,
					    recorded_by, recorded_at)
					VALUES (:id, 0, CAST(:restrictions AS varchar[]), :hours, :note, :actor, :now)
					ON CONFLICT (participant_id) DO NOTHING
					""")
				.param("id", id.id())
				.param("restrictions", names)
				.param("hours", maximumHoursPerDay)
				.param("note", note)
				.param("actor", actor)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		else {
			written = this.jdbc
				.sql("""
						UPDATE participant_health SET version = version + 1, restrictions = CAST(:restrictions AS varchar[]),
						    maximum_hours_per_day = :hours, note = :note, recorded_by = :actor, recorded_at = :now
						WHERE participant_id = :id AND version = :version
						""")
				.param("id", id.id())
				.param("restrictions", names)
				.param("hours", maximumHoursPerDay)
				.param("note", note)
				.param("actor", actor)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.param("version", expectedVersion)
				.update();
		}
		if (written == 0) {
			throw new OptimisticLockingFailureException("The health restrictions of " + id.id() + " changed");
		}
	}

	private boolean consentGiven(ParticipantId id) {
		return this.consents.inForce(id.id()).contains(ConsentPurpose.HEALTH_DATA);
	}

	private void requirePermission(StaffMember viewer) {
		if (!mayAccess(viewer)) {
			// Like a case the viewer may not see: the answer does not tell what is
			// stored.
			throw new NotFound("participant.not-found");
		}
	}

	private static Set<HealthRestriction> restrictions(Array array) throws SQLException {
		Set<HealthRestriction> restrictions = EnumSet.noneOf(HealthRestriction.class);
		Arrays.stream((Object[]) array.getArray())
			.map(name -> HealthRestriction.valueOf((String) name))
			.forEach(restrictions::add);
		return restrictions;
	}

}
