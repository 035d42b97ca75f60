package de.weitblick.participant.referralimport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.PartnerIntake;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts the import of a referral list (Zuweisungsliste) into the importing counsellor's
 * team: a list is checked and stored at once and imported in the background. Importing a
 * list twice creates nobody twice, and an import interrupted by a stop is resumed where
 * it was, by itself or when asked to.
 */
@Service
@Transactional
public class ReferralListUploads {

	private final JdbcClient jdbc;

	private final ReferralImportRunner runner;

	private final ReferralImportSettings settings;

	private final ReferralImportProgress progress;

	private final PartnerIntake intake;

	private final Clock clock;

	ReferralListUploads(JdbcClient jdbc, ReferralImportRunner runner, ReferralImportSettings settings,
			ReferralImportProgress progress, PartnerIntake intake, Clock clock) {
		this.jdbc = jdbc;
		this.runner = runner;
		this.settings = settings;
		this.progress = progress;
		this.intake = intake;
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

	/**
	 * Takes up an interrupted import now instead of waiting for the next start or check.
	 * @throws NotFound when there is no such import or it is another team's
	 * @throws RuleViolation when the import is finished or under way
	 */
	public void resume(ReferralImportId id, StaffMember viewer) {
		ReferralImport referralImport = this.progress.referralImport(id, viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		if (!referralImport.interrupted()) {
			throw new RuleViolation(null, "participant.import.rule.not-interrupted");
		}
		submitAfterCommit(id);
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

	private void submitAfterCommit(ReferralImportId id) {
		// Only a committed import can be seen by the worker.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ReferralListUploads.this.runner.submit(id);
			}
		});
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

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
