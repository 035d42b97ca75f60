package de.weitblick.participant.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case file: only PDF and images, recognised by their content, of
 * limited size; every upload, download, change and removal is audited, and a removed
 * document leaves a trace.
 */
@Service
@Transactional
public class CaseDocuments {

	public static final String SUBJECT_TYPE = "case-document";

	/** Scans and photos of certificates fit; anything larger is rarely a document. */
	public static final int MAXIMUM_BYTES = 10 * 1024 * 1024;

	private final CaseFileGuard guard;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseDocuments(CaseFileGuard guard, JdbcClient jdbc, Clock clock) {
		this.guard = guard;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps a document.
	 * @param title what the document is, must not be blank
	 * @param fileName the name it came with, may be null
	 * @param content the bytes, must not be null
	 * @throws RuleViolation when the title is missing, the file is empty or too large, or
	 * its content is no PDF, PNG or JPEG, whatever its name says
	 */
	public UUID upload(ParticipantId id, String title, String fileName, byte[] content, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		DocumentType type = checked(title, content);
		UUID documentId = insert(id, title, fileName, content, type, viewer.username(), false);
		this.guard.audit(viewer, AuditAction.CREATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.document-uploaded", type));
		return documentId;
	}

	/**
	 * Keeps a document the person uploaded in the own area, with the same checks as a
	 * member of staff's upload, marked as the person's. The caller has found the case
	 * file from the person's own account and audits the upload.
	 * @param id the person's own case file, must not be null
	 * @param username the person's user name, must not be null
	 * @return the document's identifier, never null
	 * @throws RuleViolation as {@link #upload} does; nothing is stored
	 */
	public UUID uploadFromPerson(ParticipantId id, String title, String fileName, byte[] content, String username) {
		DocumentType type = checked(title, content);
		return insert(id, title, fileName, content, type, username, true);
	}

	/**
	 * @return the type the content really has
	 * @throws RuleViolation when the title is missing, the file is empty or too large, or
	 * its content is no PDF, PNG or JPEG, whatever its name says
	 */
	private static DocumentType checked(String title, byte[] content) {
		if (title == null || title.isBlank()) {
			throw new RuleViolation("title", "participant.document.rule.title-required");
		}
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "participant.document.rule.empty");
		}
		if (content.length > MAXIMUM_BYTES) {
			throw new RuleViolation("file", "participant.document.rule.too-large", MAXIMUM_BYTES / (1024 * 1024));
		}
		return DocumentType.of(content).orElseThrow(() -> new RuleViolation("file", "participant.document.rule.type"));
	}

	private UUID insert(ParticipantId id, String title, String fileName, byte[] content, DocumentType type,
			String author, boolean byParticipant) {
		UUID documentId = TimeOrderedIds.next();
		this.jdbc
			.sql("""
					INSERT INTO participant_document (id, participant_id, title, file_name, media_type, size_bytes, content,
					    uploaded_by, uploaded_at, uploaded_by_participant)
					VALUES (:id, :participant, :title, :fileName, :mediaType, :size, :content, :author, :now, :byParticipant)
					""")
			.param("id", documentId)
			.param("participant", id.id())
			.param("title", title.strip().substring(0, Math.min(200, title.strip().length())))
			.param("fileName", cleanFileName(fileName, type))
			.param("mediaType", type.mediaType())
			.param("size", content.length)
			.param("content", content)
			.param("author", author)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("byParticipant", byParticipant)
			.update();
		return documentId;
	}

	/**
	 * @return the documents of the case, the newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<CaseDocument> of(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.DOCUMENTS);
		return allOf(id);
	}

	/**
	 * The documents, shown with a case file the viewer has opened: its read decided the
	 * access and was audited.
	 * @return the newest first; empty when the case file's view leaves them out; never
	 * null
	 */
	@Transactional(readOnly = true)
	public List<CaseDocument> shownWith(CaseFile caseFile) {
		return caseFile.view().shows(CaseSection.DOCUMENTS) ? allOf(caseFile.participant().id()) : List.of();
	}

	/**
	 * The documents of the case, read on their own (through the API): the read is
	 * audited.
	 * @return the newest first; never null
	 */
	public List<CaseDocument> read(ParticipantId id, StaffMember viewer) {
		this.guard.read(id, viewer, CaseSection.DOCUMENTS, SUBJECT_TYPE,
				AuditDetail.of("participant.audit.documents-listed"));
		return allOf(id);
	}

	/**
	 * Every document of a case, for the person's own request for access.
	 */
	@Transactional(readOnly = true)
	public List<CaseDocument> allOf(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT id, title, file_name, media_type, size_bytes, uploaded_by, uploaded_at, uploaded_by_participant,
				       version, removed_at, removed_by, removal_reason
				FROM participant_document
				WHERE participant_id = :participant ORDER BY uploaded_at DESC, id DESC
				""").param("participant", id.id()).query(CaseDocuments::document).list();
	}

	private static CaseDocument document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CaseDocument(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("file_name"),
				typeOf(rs.getString("media_type")), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getBoolean("uploaded_by_participant"),
				rs.getInt("version"),
				Optional.ofNullable(rs.getObject("removed_at", OffsetDateTime.class))
					.map(OffsetDateTime::toInstant)
					.orElse(null),
				rs.getString("removed_by"), rs.getString("removal_reason"));
	}

	/**
	 * Gives a document another title.
	 * @param expectedVersion the version of the document the viewer read
	 * @throws RuleViolation when the title is missing
	 * @throws NotFound when the case holds no such document, or only its trace
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void rename(ParticipantId id, UUID documentId, int expectedVersion, String title, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		if (title == null || title.isBlank()) {
			throw new RuleViolation("title", "participant.document.rule.title-required");
		}
		String kept = title.strip().substring(0, Math.min(200, title.strip().length()));
		int changed = this.jdbc.sql("""
				UPDATE participant_document SET title = :title, version = version + 1
				WHERE id = :document AND participant_id = :participant AND version = :expected AND removed_at IS NULL
				""")
			.param("title", kept)
			.param("document", documentId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw staleOrMissing(id, documentId);
		}
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.document-renamed", kept));
	}

	/**
	 * Removes a document: its content is gone, a trace of what it was, who removed it
	 * when and why stays in the case file and in the audit trail.
	 * @param expectedVersion the version of the document the viewer read
	 * @param reason why, may be blank
	 * @throws NotFound when the case holds no such document, or only its trace
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void remove(ParticipantId id, UUID documentId, int expectedVersion, String reason, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		String why = (reason == null || reason.isBlank()) ? null
				: reason.strip().substring(0, Math.min(500, reason.strip().length()));
		String title = this.jdbc.sql("""
				UPDATE participant_document SET content = NULL, removed_at = :now, removed_by = :viewer,
				    removal_reason = :reason, version = version + 1
				WHERE id = :document AND participant_id = :participant AND version = :expected AND removed_at IS NULL
				RETURNING title
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("viewer", viewer.username())
			.param("reason", why)
			.param("document", documentId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.query(String.class)
			.optional()
			.orElseThrow(() -> staleOrMissing(id, documentId));
		this.guard.audit(viewer, AuditAction.ERASE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.document-removed", title));
	}

	private RuntimeException staleOrMissing(ParticipantId id, UUID documentId) {
		boolean kept = this.jdbc.sql("""
				SELECT count(*) FROM participant_document
				WHERE id = :document AND participant_id = :participant AND removed_at IS NULL
				""").param("document", documentId).param("participant", id.id()).query(Integer.class).single() > 0;
		return kept ? new OptimisticLockingFailureException("Document " + documentId + " changed in the meantime")
				: new NotFound("participant.document.not-found");
	}

	/**
	 * The content of one document; the download is audited.
	 * @return empty when there is no such document in this case
	 */
	public Optional<DocumentContent> content(ParticipantId id, UUID documentId, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.DOCUMENTS);
		Optional<DocumentContent> content = storedContent(id, documentId);
		content.ifPresent(found -> this.guard.audit(viewer, AuditAction.READ, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.document-downloaded")));
		return content;
	}

	/**
	 * The content of one document kept with the case file, for a caller that has decided
	 * the access (the person's own area) and audits the download.
	 * @return empty when the case holds no such document, or only its trace
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentContent> storedContent(ParticipantId id, UUID documentId) {
		return this.jdbc.sql("""
				SELECT file_name, media_type, content FROM participant_document
				WHERE id = :document AND participant_id = :participant AND removed_at IS NULL
				""")
			.param("document", documentId)
			.param("participant", id.id())
			.query((rs, n) -> new DocumentContent(rs.getString("file_name"), typeOf(rs.getString("media_type")),
					rs.getBytes("content")))
			.optional();
	}

	private static DocumentType typeOf(String mediaType) {
		for (DocumentType type : DocumentType.values()) {
			if (type.mediaType().equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalStateException("Unknown stored media type " + mediaType);
	}

	/**
	 * A file name that is safe to send back in a header: no path, no control characters,
	 * and the extension of what the content really is.
	 */
	public static String cleanFileName(String fileName, DocumentType type) {
		String base = (fileName != null) ? fileName.replace('\\', '/') : "";
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty()) {
			base = "dokument";
		}
		base = base.substring(0, Math.min(150, base.length()));
		return base + "." + type.name().toLowerCase(java.util.Locale.ROOT).replace("jpeg", "jpg");
	}

	/**
	 * @param fileName never null
	 * @param type never null
	 * @param bytes never null
	 */
	public record DocumentContent(String fileName, DocumentType type, byte[] bytes) {
	}

}
