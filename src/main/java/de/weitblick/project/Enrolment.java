package de.weitblick.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.shared.Period;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's way through one project: referred, waiting or offered a place, taking part,
 * and the exit. The aggregate guards the order of the steps and of their dates; the
 * places it holds are counted on its period ({@link Places}).
 */
@Table("enrolment")
public class Enrolment {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID projectId;

	private final UUID placePeriodId;

	private final UUID participantId;

	private EnrolmentStatus status;

	private final LocalDate referredOn;

	private final Instant referredAt;

	private final String referredBy;

	private final String referredByRole;

	private final UUID referringPartnerId;

	private final UUID responsibleUnitId;

	private final UUID counsellorId;

	private final String focusGroups;

	private final String focusGroupRules;

	private final String referralNote;

	private LocalDate offeredOn;

	private LocalDate startedOn;

	private LocalDate endedOn;

	private String exitNote;

	private UUID transferredToProjectId;

	private String updatedBy;

	private Instant updatedAt;

	Enrolment(UUID id, Integer version, UUID projectId, UUID placePeriodId, UUID participantId, EnrolmentStatus status,
			LocalDate referredOn, Instant referredAt, String referredBy, String referredByRole, UUID referringPartnerId,
			UUID responsibleUnitId, UUID counsellorId, String focusGroups, String focusGroupRules, String referralNote,
			LocalDate offeredOn, LocalDate startedOn, LocalDate endedOn, String exitNote, UUID transferredToProjectId,
			String updatedBy, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.projectId = projectId;
		this.placePeriodId = placePeriodId;
		this.participantId = participantId;
		this.status = status;
		this.referredOn = referredOn;
		this.referredAt = referredAt;
		this.referredBy = referredBy;
		this.referredByRole = referredByRole;
		this.referringPartnerId = referringPartnerId;
		this.responsibleUnitId = responsibleUnitId;
		this.counsellorId = counsellorId;
		this.focusGroups = focusGroups;
		this.focusGroupRules = focusGroupRules;
		this.referralNote = referralNote;
		this.offeredOn = offeredOn;
		this.startedOn = startedOn;
		this.endedOn = endedOn;
		this.exitNote = exitNote;
		this.transferredToProjectId = transferredToProjectId;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	/**
	 * Records an eligible referral, with a place held for the person or on the waiting
	 * list.
	 * @param referral who was referred where by whom, must not be null
	 * @param placeTaken whether a place was free and is now held for the person
	 * @param today must not be null
	 * @param now must not be null
	 */
	static Enrolment refer(UUID id, Referral referral, boolean placeTaken, LocalDate today, Instant now) {
		List<FocusGroupMembership> memberships = referral.focusGroups();
		return new Enrolment(id, null, referral.projectId(), referral.placePeriodId(), referral.participantId(),
				placeTaken ? EnrolmentStatus.OFFERED : EnrolmentStatus.WAITING, today, now, referral.referredBy(),
				referral.referredByRole(), referral.referringPartnerId(), referral.responsibleUnitId(),
				referral.counsellorId(),
				memberships.stream().map(m -> m.focusGroup().name()).collect(Collectors.joining(",")),
				memberships.stream().map(m -> m.ruleId().toString()).collect(Collectors.joining(",")),
				blankToNull(referral.note()), placeTaken ? today : null, null, null, null, null, referral.referredBy(),
				now);
	}

	/**
	 * Offers the person a place that has become free.
	 */
	public void offer(LocalDate today, String by, Instant now) {
		expect(EnrolmentStatus.WAITING);
		this.status = EnrolmentStatus.OFFERED;
		this.offeredOn = today;
		touched(by, now);
	}

	/**
	 * The person starts in the place offered.
	 * @param startedOn must lie within the period and not before the offer
	 * @param period the period of the place, must not be null
	 * @throws RuleViolation when no place was offered or the date is out of order
	 */
	void enrol(LocalDate startedOn, Period period, String by, Instant now) {
		expect(EnrolmentStatus.OFFERED);
		if (startedOn.isBefore(this.offeredOn)) {
			throw new RuleViolation("date", "enrolment.rule.start-before-offer", this.offeredOn);
		}
		if (!period.contains(startedOn)) {
			throw new RuleViolation("date", "enrolment.rule.start-outside-period", period.start(), period.end());
		}
		this.status = EnrolmentStatus.ENROLLED;
		this.startedOn = startedOn;
		touched(by, now);
	}

	/**
	 * The person leaves the project: finished, dropped out or moved on to another
	 * project.
	 * @param exit one of COMPLETED, DROPPED_OUT, TRANSFERRED
	 * @param endedOn not before the start and not after today
	 * @param transferredTo the project the person moved on to, only with TRANSFERRED
	 * @throws RuleViolation when the person does not take part or the date is out of
	 * order
	 */
	public void exit(EnrolmentStatus exit, LocalDate endedOn, UUID transferredTo, String note, LocalDate today,
			String by, Instant now) {
		if (exit != EnrolmentStatus.COMPLETED && exit != EnrolmentStatus.DROPPED_OUT
				&& exit != EnrolmentStatus.TRANSFERRED) {
			throw new IllegalArgumentException("Not an exit: " + exit);
		}
		expect(EnrolmentStatus.ENROLLED);
		if (endedOn.isBefore(this.startedOn)) {
			throw new RuleViolation("date", "enrolment.rule.exit-before-start", this.startedOn);
		}
		notInFuture(endedOn, today);
		if (exit == EnrolmentStatus.TRANSFERRED && transferredTo == null) {
			throw new RuleViolation("transferredTo", "enrolment.rule.transfer-needs-project");
		}
		if (transferredTo != null && transferredTo.equals(this.projectId)) {
			throw new RuleViolation("transferredTo", "enrolment.rule.transfer-to-same-project");
		}
		this.status = exit;
		this.endedOn = endedOn;
		this.transferredToProjectId = (exit == EnrolmentStatus.TRANSFERRED) ? transferredTo : null;
		this.exitNote = blankToNull(note);
		touched(by, now);
	}

	/**
	 * The person does not take the place offered.
	 */
	void decline(LocalDate on, String note, LocalDate today, String by, Instant now) {
		expect(EnrolmentStatus.OFFERED);
		if (on.isBefore(this.offeredOn)) {
			throw new RuleViolation("date", "enrolment.rule.before-offer", this.offeredOn);
		}
		notInFuture(on, today);
		this.status = EnrolmentStatus.DECLINED;
		this.endedOn = on;
		this.exitNote = blankToNull(note);
		touched(by, now);
	}

	/**
	 * The referral is withdrawn before the person started.
	 */
	void withdraw(LocalDate on, String note, LocalDate today, String by, Instant now) {
		if (this.status != EnrolmentStatus.WAITING && this.status != EnrolmentStatus.OFFERED) {
			throw new RuleViolation(null, "enrolment.rule.not-withdrawable", nameOf(this.status));
		}
		LocalDate earliest = (this.offeredOn != null) ? this.offeredOn : this.referredOn;
		if (on.isBefore(earliest)) {
			throw new RuleViolation("date", "enrolment.rule.before-referral", earliest);
		}
		notInFuture(on, today);
		this.status = EnrolmentStatus.WITHDRAWN;
		this.endedOn = on;
		this.exitNote = blankToNull(note);
		touched(by, now);
	}

	private void expect(EnrolmentStatus expected) {
		if (this.status != expected) {
			throw new RuleViolation(null, "enrolment.rule.wrong-status." + expected.name(), nameOf(this.status));
		}
	}

	private static MessageSourceResolvable nameOf(EnrolmentStatus status) {
		return new DefaultMessageSourceResolvable(status.messageKey());
	}

	private static void notInFuture(LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			throw new RuleViolation("date", "enrolment.rule.date-in-future");
		}
	}

	private void touched(String by, Instant now) {
		this.updatedBy = by;
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public EnrolmentId id() {
		return new EnrolmentId(this.id);
	}

	public Integer version() {
		return this.version;
	}

	public ProjectId projectId() {
		return new ProjectId(this.projectId);
	}

	public UUID placePeriodId() {
		return this.placePeriodId;
	}

	public UUID participantId() {
		return this.participantId;
	}

	public EnrolmentStatus status() {
		return this.status;
	}

	public LocalDate referredOn() {
		return this.referredOn;
	}

	public Instant referredAt() {
		return this.referredAt;
	}

	public String referredBy() {
		return this.referredBy;
	}

	public String referredByRole() {
		return this.referredByRole;
	}

	/**
	 * @return the partner organisation that referred the person, or null when the office
	 * itself did
	 */
	public UUID referringPartnerId() {
		return this.referringPartnerId;
	}

	public UUID responsibleUnitId() {
		return this.responsibleUnitId;
	}

	public UUID counsellorId() {
		return this.counsellorId;
	}

	/**
	 * @return the focus groups the person belonged to when referred, never null
	 */
	public List<FocusGroupCode> focusGroups() {
		return this.focusGroups.isEmpty() ? List.of()
				: Arrays.stream(this.focusGroups.split(",")).map(FocusGroupCode::valueOf).sorted().toList();
	}

	/**
	 * @return the identifiers of the focus-group rules that decided at the referral,
	 * never null
	 */
	public List<UUID> focusGroupRules() {
		return this.focusGroupRules.isEmpty() ? List.of()
				: Arrays.stream(this.focusGroupRules.split(",")).map(UUID::fromString).toList();
	}

	/**
	 * @return may be null
	 */
	public String referralNote() {
		return this.referralNote;
	}

	/**
	 * @return may be null
	 */
	public LocalDate offeredOn() {
		return this.offeredOn;
	}

	/**
	 * @return may be null
	 */
	public LocalDate startedOn() {
		return this.startedOn;
	}

	/**
	 * @return may be null
	 */
	public LocalDate endedOn() {
		return this.endedOn;
	}

	/**
	 * @return may be null
	 */
	public String exitNote() {
		return this.exitNote;
	}

	/**
	 * @return may be null
	 */
	public UUID transferredToProjectId() {
		return this.transferredToProjectId;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
