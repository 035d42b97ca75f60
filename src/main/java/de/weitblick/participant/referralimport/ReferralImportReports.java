package de.weitblick.participant.referralimport;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a referral import: every row that was not imported, or was taken as a
 * person already on record, with the reason. Only those who see the import read its
 * report; reading a page and downloading the whole report are audited.
 */
@Service
@Transactional
public class ReferralImportReports {

	public static final String SUBJECT_TYPE = "referral-import";

	private final JdbcClient jdbc;

	private final ReferralImportProgress progress;

	private final AuditTrail audit;

	ReferralImportReports(JdbcClient jdbc, ReferralImportProgress progress, AuditTrail audit) {
		this.jdbc = jdbc;
		this.progress = progress;
		this.audit = audit;
	}

	/**
	 * One page of an import's report, in row order; the read is audited.
	 * @param page from 0
	 * @param size at least 1
	 * @throws NotFound when there is no such import or it is another team's
	 */
	public ReferralImportReport report(ReferralImportId id, int page, int size, StaffMember viewer) {
		ReferralImport referralImport = visible(id, viewer);
		long total = this.jdbc.sql("SELECT count(*) FROM referral_import_finding WHERE import_id = :id")
			.param("id", id.id())
			.query(Long.class)
			.single();
		List<ReferralImportFinding> findings = this.jdbc
			.sql(SELECT_FINDINGS + " ORDER BY row_number, position LIMIT :limit OFFSET :offset")
			.param("id", id.id())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ReferralImportReports::finding)
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
		ReferralImport referralImport = visible(id, viewer);
		// A stream holds its result set open: closed as soon as the report is written.
		try (var findings = this.jdbc.sql(SELECT_FINDINGS + " ORDER BY row_number, position")
			.param("id", id.id())
			.query(ReferralImportReports::finding)
			.stream()) {
			findings.forEach(each);
		}
		this.audit.recordAction(actor(viewer), AuditAction.EXPORT, SUBJECT_TYPE, id.id(), purpose(viewer),
				AuditDetail.of("participant.audit.import-report-export"));
		return referralImport;
	}

	private ReferralImport visible(ReferralImportId id, StaffMember viewer) {
		return this.progress.referralImport(id, viewer).orElseThrow(() -> new NotFound("participant.import.not-found"));
	}

	private static final String SELECT_FINDINGS = """
			SELECT row_number, customer_number, outcome, column_code, message_key, arguments, participant_id
			FROM referral_import_finding WHERE import_id = :id""";

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

	private static AccessPurpose purpose(StaffMember viewer) {
		return (viewer.role() == Role.PARTNER) ? AccessPurpose.PARTNER_INTERFACE : AccessPurpose.CASE_WORK;
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

}
