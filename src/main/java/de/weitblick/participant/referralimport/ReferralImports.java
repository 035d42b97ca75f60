package de.weitblick.participant.referralimport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.PartnerIntake;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports referral lists (Zuweisungslisten) into the importing counsellor's team. A list
 * is checked and stored at once and imported in the background; every row that is not
 * imported is named in the import's report with the reason. Importing a list twice
 * creates nobody twice, and an import interrupted by a stop is resumed where it was. Only
 * the importing team sees an import and its report; reading and downloading a report is
 * audited.
 */
@Service
@Transactional
public class ReferralImports {

	public static final String SUBJECT_TYPE = "referral-import";

	private final JdbcClient jdbc;

	private final ReferralImportRunner runner;

	private final ReferralImportSettings settings;

	private final AuditTrail audit;

	private final PartnerIntake intake;

	private final OrganisationManagement organisation;

	private final Clock clock;

	ReferralImports(JdbcClient jdbc, ReferralImportRunner runner, ReferralImportSettings settings, AuditTrail audit,
			PartnerIntake intake, OrganisationManagement organisation, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.organisation = organisation;
		this.runner = runner;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks a referral list and has it imported in the background into the viewer's
	 * team. The same file sent again while its import is still under way is not queued a
	 * second time.
	 * @param fileName as the client named it, may be null
	 * @param content the file, must not be null
	 * @param viewer must be a counsellor with a team
	 * @return the import, never null
	 * @throws ReferralFileRefused when the file cannot be imported at all
	 * @throws RuleViolation when the viewer may not import
	 */
	public ReferralImportId start(String fileName, byte[] content, StaffMember viewer) {
		ReferralImportId id = accept(fileName, content, viewer);
		submitAfterCommit(id);
		return id;
	}

	/**
	 * Checks and stores a referral list without starting its import; it starts with the
	 * next check for interrupted imports.
	 * @see #start(String, byte[], StaffMember)
	 */
	public ReferralImportId accept(String fileName, byte[] content, StaffMember viewer) {
		if (!CaseAccessPolicy.mayRegister(viewer)) {
			throw new RuleViolation(null, "participant.import.rule.may-not-import");
		}
		return store(fileName, content, viewer, viewer.unitId(), null, null);
	}

	/**
	 * Checks a referral list a Jobcenter uploads with its partner account and has it
	 * imported in the background into the team of the counsellor who takes partners'
	 * referrals ({@code weitblick.partner-referrals.counsellor}); that counsellor takes
	 * every person whose row names no other counsellor of the team. The partner sees the
	 * import and its report, never the case files.
	 * @param fileName as the client named it, may be null
	 * @param content the file, must not be null
	 * @param partner a Jobcenter's partner account, must not be null
	 * @return the import, never null
	 * @throws ReferralFileRefused when the file cannot be imported at all
	 * @throws RuleViolation when the account is not a Jobcenter's or nobody is set to
	 * take partners' referrals
	 */
	public ReferralImportId startForPartner(String fileName, byte[] content, StaffMember partner) {
		UUID jobcenter = this.intake.jobcenterOf(partner).id();
		StaffMember counsellor = this.intake.counsellor();
		ReferralImportId id = store(fileName, content, partner, counsellor.unitId(), counsellor.id(), jobcenter);
		submitAfterCommit(id);
		return id;
	}

	private ReferralImportId store(String fileName, byte[] content, StaffMember viewer, UUID unitId, UUID counsellorId,
			UUID partnerId) {
		if (content.length > this.settings.maximumFileSize().toBytes()) {
			throw new ReferralFileRefused("participant.import.file.too-large",
					this.settings.maximumFileSize().toMegabytes());
		}
		ReferralFile file = ReferralFile.open(content);
		int rows = file.countRows();
		if (rows == 0) {
			throw new ReferralFileRefused("participant.import.file.no-rows");
		}
		String hash = sha256(content);
		Optional<UUID> running = this.jdbc.sql("""
				SELECT id FROM referral_import
				WHERE unit_id = :unit AND file_sha256 = :hash AND finished_at IS NULL
				  AND partner_organisation_id IS NOT DISTINCT FROM CAST(:partner AS uuid)
				ORDER BY uploaded_at LIMIT 1
				""").param("unit", unitId).param("hash", hash).param("partner", partnerId).query(UUID.class).optional();
		if (running.isPresent()) {
			return new ReferralImportId(running.get());
		}
		ReferralImportId id = new ReferralImportId(TimeOrderedIds.next());
		this.jdbc.sql("""
				INSERT INTO referral_import (id, unit_id, importer_id, importer_username, importer_role, importer_name,
				    file_name, file_sha256, file_size, charset, separator, header_row, content, status, total_rows,
				    uploaded_at, counsellor_id, partner_organisation_id)
				VALUES (:id, :unit, :importer, :username, :role, :name, :fileName, :hash, :size, :charset, :separator,
				    :headerRow, :content, 'QUEUED', :rows, :now, :counsellor, :partner)
				""")
			.param("id", id.id())
			.param("unit", unitId)
			.param("counsellor", counsellorId)
			.param("partner", partnerId)
			.param("importer", viewer.id())
			.param("username", viewer.username())
			.param("role", viewer.role().name())
			.param("name", viewer.displayName())
			.param("fileName", fileName(fileName))
			.param("hash", hash)
			.param("size", (long) content.length)
			.param("charset", file.charset().name())
			.param("separator", String.valueOf(file.separator()))
			.param("headerRow", file.headerRow())
			.param("content", content)
			.param("rows", rows)
			.param("now", now())
			.update();
		return id;
	}

	/**
	 * The imports of the viewer's team, the newest first.
	 * @return never null
	 */
	@Transactional(readOnly = true)
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
	@Transactional(readOnly = true)
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
	 * One page of an import's report, in row order; the read is audited.
	 * @param page from 0
	 * @param size at least 1
	 * @throws NotFound when there is no such import or it is another team's
	 */
	public ReferralImportReport report(ReferralImportId id, int page, int size, StaffMember viewer) {
		ReferralImport referralImport = referralImport(id, viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		long total = this.jdbc.sql("SELECT count(*) FROM referral_import_finding WHERE import_id = :id")
			.param("id", id.id())
			.query(Long.class)
			.single();
		List<ReferralImportFinding> findings = this.jdbc
			.sql(SELECT_FINDINGS + " ORDER BY row_number, position LIMIT :limit OFFSET :offset")
			.param("id", id.id())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ReferralImports::finding)
			.list();
		this.audit.recordAction(actor(viewer), AuditAction.READ, SUBJECT_TYPE, id.id(), purpose(viewer),
				AuditDetail.of("participant.audit.import-report-page", page + 1));
		return new ReferralImportReport(referralImport, findings, page, size, total);
	}

	/**
	 * Hands every finding of an import's report, in row order, for a download; the export
	 * is audited.
	 * @throws NotFound when there is no such import or it is another team's
	 */
	public ReferralImport export(ReferralImportId id, StaffMember viewer, Consumer<ReferralImportFinding> each) {
		ReferralImport referralImport = referralImport(id, viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		// A stream holds its result set open: closed as soon as the report is written.
		try (var findings = this.jdbc.sql(SELECT_FINDINGS + " ORDER BY row_number, position")
			.param("id", id.id())
			.query(ReferralImports::finding)
			.stream()) {
			findings.forEach(each);
		}
		this.audit.recordAction(actor(viewer), AuditAction.EXPORT, SUBJECT_TYPE, id.id(), purpose(viewer),
				AuditDetail.of("participant.audit.import-report-export"));
		return referralImport;
	}

	/**
	 * Takes up an interrupted import now instead of waiting for the next start or check.
	 * @throws NotFound when there is no such import or it is another team's
	 * @throws RuleViolation when the import is finished or under way
	 */
	public void resume(ReferralImportId id, StaffMember viewer) {
		ReferralImport referralImport = referralImport(id, viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		if (!referralImport.interrupted()) {
			throw new RuleViolation(null, "participant.import.rule.not-interrupted");
		}
		submitAfterCommit(id);
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

	private static AccessPurpose purpose(StaffMember viewer) {
		return (viewer.role() == Role.PARTNER) ? AccessPurpose.PARTNER_INTERFACE : AccessPurpose.CASE_WORK;
	}

	private record Scope(String condition, UUID id) {
	}

	private void submitAfterCommit(ReferralImportId id) {
		// Only a committed import can be seen by the worker.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ReferralImports.this.runner.submit(id);
			}
		});
	}

	private static final String SELECT_IMPORT = """
			SELECT i.id, i.file_name, i.uploaded_at, i.importer_name, i.status, i.total_rows, i.processed_rows,
			       i.created_rows, i.already_imported_rows, i.duplicate_rows, i.invalid_rows, i.started_at,
			       i.finished_at, i.charset, i.separator,
			       EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid::bigint = :space
			               AND l.objid::bigint = i.lock_number AND l.objsubid = 2 AND l.granted) AS under_way
			FROM referral_import i""";

	private static final String SELECT_FINDINGS = """
			SELECT row_number, customer_number, outcome, column_code, message_key, arguments, participant_id
			FROM referral_import_finding WHERE import_id = :id""";

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

	private static ReferralImportFinding finding(ResultSet rs, int n) throws SQLException {
		Array arguments = rs.getArray("arguments");
		String column = rs.getString("column_code");
		UUID participant = rs.getObject("participant_id", UUID.class);
		return new ReferralImportFinding(rs.getInt("row_number"), rs.getString("customer_number"),
				ReferralImportOutcome.valueOf(rs.getString("outcome")),
				(column != null) ? ReferralColumn.valueOf(column) : null, rs.getString("message_key"),
				Arrays.stream((Object[]) arguments.getArray()).map(String::valueOf).toList(),
				(participant != null) ? new ParticipantId(participant) : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static String fileName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "-";
		}
		// Only the name, never a path the client sent along.
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
		name = name.replaceAll("\\p{Cntrl}", "");
		return name.isEmpty() ? "-" : (name.length() > 255) ? name.substring(0, 255) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
