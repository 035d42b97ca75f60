package de.weitblick.participant.referralimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral imports a viewer sees, with their progress and counts but without their
 * reports: a counsellor sees the team's, also those a partner uploaded into it; a
 * partner's account those of its organisation.
 */
@Service
@Transactional(readOnly = true)
public class ReferralImportProgress {

	private final JdbcClient jdbc;

	private final ReferralImportRunner runner;

	private final ReferralImportSettings settings;

	private final OrganisationManagement organisation;

	private final Clock clock;

	ReferralImportProgress(JdbcClient jdbc, ReferralImportRunner runner, ReferralImportSettings settings,
			OrganisationManagement organisation, Clock clock) {
		this.jdbc = jdbc;
		this.runner = runner;
		this.settings = settings;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The imports of the viewer's team, the newest first.
	 * @return never null
	 */
	public List<ReferralImport> imports(StaffMember viewer, int limit) {
		Optional<Scope> scope = scope(viewer);
		if (scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT_IMPORT + " WHERE " + scope.get().condition() + " ORDER BY i.uploaded_at DESC LIMIT :limit")
			.param("scope", scope.get().id())
			.param("limit", limit)
			.param("space", ReferralImportRunner.LOCK_SPACE)
			.query(this::referralImport)
			.list();
	}

	/**
	 * One import with its progress and counts, without the report; what a progress bar
	 * needs.
	 * @return empty when there is none or it is another team's
	 */
	public Optional<ReferralImport> referralImport(ReferralImportId id, StaffMember viewer) {
		Optional<Scope> scope = scope(viewer);
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT_IMPORT + " WHERE i.id = :id AND " + scope.get().condition())
			.param("id", id.id())
			.param("scope", scope.get().id())
			.param("space", ReferralImportRunner.LOCK_SPACE)
			.query(this::referralImport)
			.optional();
	}

	/**
	 * Which imports a viewer sees: a counsellor the team's, also those a partner uploaded
	 * into it; a partner's account those of its organisation.
	 */
	private Optional<Scope> scope(StaffMember viewer) {
		if (CaseAccessPolicy.mayRegister(viewer)) {
			return Optional.of(new Scope("i.unit_id = :scope", viewer.unitId()));
		}
		if (viewer.role() == Role.PARTNER) {
			return this.organisation.partnerOf(viewer.id())
				.map(partner -> new Scope("i.partner_organisation_id = :scope", partner.id()));
		}
		return Optional.empty();
	}

	private record Scope(String condition, UUID id) {
	}

	private static final String SELECT_IMPORT = """
			SELECT i.id, i.file_name, i.uploaded_at, i.importer_name, i.status, i.total_rows, i.processed_rows,
			       i.created_rows, i.already_imported_rows, i.duplicate_rows, i.invalid_rows, i.started_at,
			       i.finished_at, i.charset, i.separator,
			       EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid::bigint = :space
			               AND l.objid::bigint = i.lock_number AND l.objsubid = 2 AND l.granted) AS under_way
			FROM referral_import i""";

	private ReferralImport referralImport(ResultSet rs, int n) throws SQLException {
		ReferralImportId id = new ReferralImportId(rs.getObject("id", UUID.class));
		ReferralImportStatus status = ReferralImportStatus.valueOf(rs.getString("status"));
		Instant uploadedAt = instant(rs, "uploaded_at");
		Instant startedAt = instant(rs, "started_at");
		return new ReferralImport(id, rs.getString("file_name"), uploadedAt, rs.getString("importer_name"), status,
				rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"),
				rs.getInt("already_imported_rows"), rs.getInt("duplicate_rows"), rs.getInt("invalid_rows"), startedAt,
				instant(rs, "finished_at"), rs.getString("charset"), rs.getString("separator").charAt(0),
				interrupted(id, status, uploadedAt, startedAt, rs.getBoolean("under_way")));
	}

	/**
	 * Unfinished and left alone: begun, or queued for longer than the check for stalled
	 * imports takes, and nobody holds it. An import just queued, or waiting here for a
	 * free worker, is not interrupted: it starts by itself.
	 */
	private boolean interrupted(ReferralImportId id, ReferralImportStatus status, Instant uploadedAt, Instant startedAt,
			boolean underWay) {
		if (status.finished() || underWay || this.runner.isQueued(id)) {
			return false;
		}
		return startedAt != null || uploadedAt.isBefore(this.clock.instant().minus(this.settings.resumeAfter()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
