package de.weitblick.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose, with the day it was given and the day it was withdrawn. Withdrawal
 * never deletes the record of the consent: it ends it.
 */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Consents(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param subjectId must not be null
	 * @return all consents of the person, the newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<Consent> of(UUID subjectId) {
		return this.jdbc.sql("""
				SELECT id, subject_id, purpose, given_on, withdrawn_on, recorded_by FROM consent
				WHERE subject_id = :subject ORDER BY given_on DESC, recorded_at DESC
				""")
			.param("subject", subjectId)
			.query((rs, n) -> new Consent(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
					ConsentPurpose.valueOf(rs.getString("purpose")), rs.getObject("given_on", LocalDate.class),
					rs.getObject("withdrawn_on", LocalDate.class), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * @param subjectId must not be null
	 * @return the purposes the person consents to today, never null
	 */
	@Transactional(readOnly = true)
	public Set<ConsentPurpose> inForce(UUID subjectId) {
		LocalDate today = LocalDate.now(this.clock);
		Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
		of(subjectId).stream()
			.filter(consent -> consent.isInForceOn(today))
			.map(Consent::purpose)
			.forEach(purposes::add);
		return purposes;
	}

	/**
	 * Records that the person consents from today, unless a consent to that purpose
	 * already stands.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void give(UUID subjectId, ConsentPurpose purpose, Actor actor) {
		if (inForce(subjectId).contains(purpose)) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO consent (id, subject_id, purpose, given_on, recorded_by, recorded_at)
				VALUES (:id, :subject, :purpose, :today, :actor, :now)
				""")
			.param("id", TimeOrderedIds.next())
			.param("subject", subjectId)
			.param("purpose", purpose.name())
			.param("today", LocalDate.now(this.clock))
			.param("actor", actor.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.audit.recordAction(actor, AuditAction.CREATE, "consent", subjectId, AccessPurpose.CASE_WORK,
				AuditDetail.of("privacy.detail.consent-given", AuditDetail.term(purpose.messageKey())));
	}

	/**
	 * Erases every consent record of a person whose data is erased: the consent has
	 * nothing left to cover.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void eraseAll(UUID subjectId) {
		this.jdbc.sql("DELETE FROM consent WHERE subject_id = :subject").param("subject", subjectId).update();
	}

	/**
	 * Moves every consent record of one person to another record of the same person, when
	 * two records are merged: the consents keep their days and who recorded them.
	 * @param fromSubjectId the record merged in, must not be null
	 * @param toSubjectId the surviving record, must not be null
	 * @return how many consent records moved
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int transfer(UUID fromSubjectId, UUID toSubjectId, Actor actor) {
		int moved = this.jdbc.sql("UPDATE consent SET subject_id = :to WHERE subject_id = :from")
			.param("to", toSubjectId)
			.param("from", fromSubjectId)
			.update();
		if (moved > 0) {
			this.audit.recordAction(actor, AuditAction.MERGE, "consent", toSubjectId, AccessPurpose.CASE_WORK,
					AuditDetail.of("privacy.detail.consents-taken-over", fromSubjectId));
		}
		return moved;
	}

	/**
	 * Ends a standing consent today. Data collected under it must then be removed by the
	 * caller.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(UUID subjectId, ConsentPurpose purpose, Actor actor) {
		int ended = this.jdbc.sql("""
				UPDATE consent SET withdrawn_on = :today
				WHERE subject_id = :subject AND purpose = :purpose AND withdrawn_on IS NULL
				""")
			.param("today", LocalDate.now(this.clock))
			.param("subject", subjectId)
			.param("purpose", purpose.name())
			.update();
		if (ended > 0) {
			this.audit.recordAction(actor, AuditAction.UPDATE, "consent", subjectId, AccessPurpose.CASE_WORK,
					AuditDetail.of("privacy.detail.consent-withdrawn", AuditDetail.term(purpose.messageKey())));
		}
	}

}
