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
 */
public record CaseDocument(UUID id, String title, String fileName, DocumentType type, int sizeBytes, String uploadedBy,
		Instant uploadedAt) {

}
