package de.weitblick.participant.portal.documents;

import java.time.Instant;
import java.util.UUID;

import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.documents.DocumentType;

/**
 * A document of the person's own case file as the person sees it: what it is, when it
 * came, and whether the person brought it or the team did.
 *
 * @param id never null
 * @param title what the document is, never null
 * @param fileName the name it is downloaded under, never null
 * @param type what the content is, never null
 * @param sizeBytes greater than zero
 * @param uploadedAt never null
 * @param uploadedByMe whether the person uploaded it in the own area
 */
public record OwnDocument(UUID id, String title, String fileName, DocumentType type, int sizeBytes, Instant uploadedAt,
		boolean uploadedByMe) {

	static OwnDocument of(CaseDocument document) {
		return new OwnDocument(document.id(), document.title(), document.fileName(), document.type(),
				document.sizeBytes(), document.uploadedAt(), document.uploadedByPerson());
	}

	/**
	 * @return the size in kilobytes, at least 1
	 */
	public long kilobytes() {
		return Math.max(1, Math.round(this.sizeBytes / 1024.0));
	}

}
