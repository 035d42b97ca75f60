package de.weitblick.participant.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a case file, without its content.
 *
 * @param id never null
 * @param title what the document is, never null
 * @param fileName the name it was uploaded under, cleaned; never null
 * @param type never null
 * @param sizeBytes greater than zero
 * @param uploadedBy never null
 * @param uploadedAt never null
 * @param uploadedByPerson whether the person uploaded it in the own area
 * @param version changes with every change of the document
 * @param removedAt when it was removed, null while it is kept
 * @param removedBy who removed it, null while it is kept
 * @param removalReason why it was removed, may be null
 */
public record CaseDocument(UUID id, String title, String fileName, DocumentType type, int sizeBytes, String uploadedBy,
		Instant uploadedAt, boolean uploadedByPerson, int version, Instant removedAt, String removedBy,
		String removalReason) {

	/**
	 * @return whether it was removed: only its trace is left
	 */
	public boolean isRemoved() {
		return this.removedAt != null;
	}

}
