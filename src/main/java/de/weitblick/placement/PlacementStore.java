package de.weitblick.placement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.OfferManagement;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How placements are read, named and changed: shared by the proposals and steps, the
 * follow-ups and the engagement page.
 */
@Component
class PlacementStore {

	static final String COLUMNS = """
			p.id, p.version, p.participant_id, p.employer_id, p.offer_id, p.offer_kind, p.field, p.focus_groups,
			p.status, p.period_starts_on, p.period_ends_on, p.proposed_on, p.agreed_on, p.started_on, p.ended_on,
			p.end_reason, p.follow_up_on, p.still_employed""";

	private final JdbcClient jdbc;

	private final EmployerManagement employers;

	private final OfferManagement offerManagement;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	PlacementStore(JdbcClient jdbc, EmployerManagement employers, OfferManagement offerManagement,
			ParticipantDirectory participants, AuditTrail audit) {
		this.jdbc = jdbc;
		this.employers = employers;
		this.offerManagement = offerManagement;
		this.participants = participants;
		this.audit = audit;
	}

	List<Placement> withNames(List<Placement> placements, StaffMember viewer) {
		Map<ParticipantId, String> names = this.participants.names(
				placements.stream().map(p -> new ParticipantId(p.participantId())).distinct().toList(), actor(viewer),
				AccessPurpose.PLACEMENT);
		Map<EmployerId, String> employerNames = this.employers
			.names(placements.stream().map(p -> new EmployerId(p.employerId())).distinct().toList());
		Map<UUID, String> titles = new LinkedHashMap<>();
		this.offerManagement.titles(placements.stream().map(p -> new OfferId(p.offerId())).distinct().toList())
			.forEach((offer, title) -> titles.put(offer.id(), title));
		return placements.stream()
			.map(p -> new Placement(p.id(), p.version(), p.participantId(),
					names.get(new ParticipantId(p.participantId())), p.employerId(),
					employerNames.getOrDefault(new EmployerId(p.employerId()), ""), p.offerId(),
					titles.get(p.offerId()), p.offerKind(), p.field(), p.focusGroups(), p.status(), p.periodStartsOn(),
					p.periodEndsOn(), p.proposedOn(), p.agreedOn(), p.startedOn(), p.endedOn(), p.endReason(),
					p.followUpOn(), p.stillEmployed()))
			.toList();
	}

	Optional<Placement> find(PlacementId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM placement p WHERE p.id = :id")
			.param("id", id.id())
			.query(PlacementStore::placement)
			.optional();
	}

	Placement toChange(PlacementId id, int expectedVersion, StaffMember viewer) {
		requirePlacing(viewer);
		Placement placement = find(id).orElseThrow(() -> new NotFound("placement.not-found"));
		if (placement.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Placement " + id.id() + " was changed in the meantime");
		}
		return placement;
	}

	void update(Placement placement, String assignments, LocalDate day) {
		this.jdbc
			.sql("UPDATE placement SET version = version + 1, " + assignments
					+ " WHERE id = :id AND version = :version")
			.param("day", day)
			.param("id", placement.id())
			.param("version", placement.version())
			.update();
	}

	void audit(StaffMember viewer, Placement placement, String key) {
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, PlacementManagement.SUBJECT_TYPE,
				placement.participantId(), AccessPurpose.PLACEMENT, AuditDetail.of(key));
	}

	static void requireStatus(Placement placement, PlacementStatus status, String messageKey) {
		if (placement.status() != status) {
			throw new RuleViolation(null, messageKey);
		}
	}

	void requirePlacing(StaffMember viewer) {
		if (viewer.role() != Role.EMPLOYER_SERVICE) {
			throw new AccessDeniedException("Only the employer service works with placements");
		}
	}

	static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	static Placement placement(ResultSet rs, int row) throws SQLException {
		Array groups = rs.getArray("focus_groups");
		List<FocusGroupCode> focusGroups = (groups != null)
				? Arrays.stream((Object[]) groups.getArray()).map(g -> FocusGroupCode.valueOf((String) g)).toList()
				: List.of();
		String reason = rs.getString("end_reason");
		return new Placement(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("participant_id", UUID.class), null, rs.getObject("employer_id", UUID.class), null,
				rs.getObject("offer_id", UUID.class), null, OfferKind.valueOf(rs.getString("offer_kind")),
				OccupationalField.valueOf(rs.getString("field")), focusGroups,
				PlacementStatus.valueOf(rs.getString("status")), rs.getObject("period_starts_on", LocalDate.class),
				rs.getObject("period_ends_on", LocalDate.class), rs.getObject("proposed_on", LocalDate.class),
				rs.getObject("agreed_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), (reason != null) ? EndReason.valueOf(reason) : null,
				rs.getObject("follow_up_on", LocalDate.class), rs.getObject("still_employed", Boolean.class));
	}

}
