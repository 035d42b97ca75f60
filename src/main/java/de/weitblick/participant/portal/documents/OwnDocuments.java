package de.weitblick.participant.portal.documents;

import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.Notifications;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.documents.CaseDocuments.DocumentContent;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the person's own case file in the own area: the person sees them,
 * downloads them and uploads what the team asks for (a certificate, a CV) with the same
 * content checks as a member of staff's upload; the responsible counsellor is notified. A
 * refused upload stores nothing and is audited; another person's document is refused and
 * audited as well.
 */
@Service
@Transactional
public class OwnDocuments {

	private final CaseDocuments documents;

	private final OwnCases ownCases;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	OwnDocuments(CaseDocuments documents, OwnCases ownCases, AuditTrail audit, Notifications notifications,
			JdbcClient jdbc) {
		this.documents = documents;
		this.ownCases = ownCases;
		this.audit = audit;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @return the documents kept with the own case file, the newest first; never the
	 * traces of removed ones; never null
	 */
	public List<OwnDocument> list(OwnCase own) {
		this.audit.recordAction(own.actor(), AuditAction.READ, CaseDocuments.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.documents-read"));
		return kept(own);
	}

	private List<OwnDocument> kept(OwnCase own) {
		return this.documents.allOf(own.participant())
			.stream()
			.filter(document -> !document.isRemoved())
			.map(OwnDocument::of)
			.toList();
	}

	/**
	 * Keeps a document the person uploads with the own case file.
	 * @param own the signed-in person, must not be null
	 * @param title what the document is, such as "Lebenslauf"
	 * @param fileName the name it came with, may be null
	 * @param content the bytes, may be null (then refused as empty)
	 * @return the document as kept, never null
	 * @throws RuleViolation when the title is missing, the file is empty or too large, or
	 * its content is no PDF, PNG or JPEG whatever its name says; nothing is stored and
	 * the attempt is audited
	 */
	public OwnDocument upload(OwnCase own, String title, String fileName, byte[] content) {
		UUID documentId;
		try {
			documentId = this.documents.uploadFromPerson(own.participant(), title, fileName, content, own.username());
		}
		catch (RuleViolation refused) {
			this.audit.recordRefusal(own.actor(), CaseDocuments.SUBJECT_TYPE, own.participant().id(), OwnCase.PURPOSE,
					AuditDetail.of("participant.portal.audit.refused.upload"));
			throw refused;
		}
		this.audit.recordAction(own.actor(), AuditAction.CREATE, CaseDocuments.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.document-uploaded"));
		// The notification names nobody: its text is fixed, the link leads to the case
		// file.
		this.jdbc.sql("SELECT counsellor_id FROM participant WHERE id = :participant AND counsellor_id IS NOT NULL")
			.param("participant", own.participant().id())
			.query(UUID.class)
			.optional()
			.ifPresent(counsellor -> this.notifications.notify(counsellor,
					"participant.portal.notification.document-uploaded", List.of(),
					"/participants/" + own.participant().id() + "#documents"));
		return kept(own).stream().filter(document -> document.id().equals(documentId)).findFirst().orElseThrow();
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @param documentId must be a document kept with the own case file
	 * @return the content, never null; the download is audited
	 * @throws de.weitblick.shared.NotFound when it is not the person's own (or only its
	 * trace is left); audited
	 */
	public DocumentContent content(OwnCase own, UUID documentId) {
		DocumentContent content = this.documents.storedContent(own.participant(), documentId)
			.orElseThrow(() -> this.ownCases.refuse(own, CaseDocuments.SUBJECT_TYPE, documentId));
		this.audit.recordAction(own.actor(), AuditAction.READ, CaseDocuments.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.document-downloaded"));
		return content;
	}

}
